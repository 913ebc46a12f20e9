// The one schema for table metadata and the typed datasets built from it.
// The TypeScript types used by the site are derived from these definitions (z.infer),
// so data, validation and pages cannot drift apart.
import { z } from 'zod';

export const SEXES = ['kvinnor', 'män', 'totalt'] as const;
export const sexSchema = z.enum(SEXES);

/** A reference to a row: its label as in the CSV, with `#n` for the n-th row of that label (1-based). */
const rowRef = z.string().min(1);

export const columnSchema = z.strictObject({
  /** Header levels joined with " | ", outermost first, exactly as printed. */
  name: z.string().min(1),
  /**
   * "value" columns hold numbers; the "note" column of a financial statement holds note references;
   * "text" columns hold words (a project title, a depreciation period such as "3–5 år").
   */
  role: z.enum(['value', 'note', 'text']).default('value'),
  sex: sexSchema.nullable().default(null),
  /** The year (or period, such as "2024–2025") the column is about. */
  year: z.union([z.number().int(), z.string()]).nullable().default(null),
  /** What is measured, when the column is more than a sex/year cell (for example "Förändring, procent"). */
  measure: z.string().nullable().default(null),
});

export const footnoteSchema = z.strictObject({
  /** The marker as printed: "1", "2", "*". */
  marker: z.string().min(1),
  text: z.string().min(1),
  /** Row labels the marker is printed on (without the marker). */
  rows: z.array(rowRef).default([]),
  /** Column names the marker is printed on. */
  columns: z.array(z.string()).default([]),
  /** True when the marker is printed on the table title. */
  title: z.boolean().default(false),
});

const tolerance = z.number().nonnegative().optional();
/**
 * "exact": the total equals the sum of its parts. "atLeast": a footnote says the total also holds
 * something the parts do not (unknown sex, organisations, items not shown), so the total may be
 * larger, never smaller; `footnote` names that footnote's marker.
 */
const bound = z.enum(['exact', 'atLeast']).default('exact');
const because = z.string().min(1).optional();

export const checkSchema = z.discriminatedUnion('type', [
  // Every row: kvinnor + män = totalt for each year/measure, from the column dimensions.
  z.strictObject({ type: z.literal('sexTotal'), rounded: z.boolean().default(false), tolerance, bound, footnote: because, rows: z.array(rowRef).optional(), except: z.array(rowRef).default([]) }),
  // Every row: kvinnor-share + män-share = 100 for each year.
  z.strictObject({ type: z.literal('sexShares'), tolerance, rows: z.array(rowRef).optional(), except: z.array(rowRef).default([]) }),
  // Every row of rates, averages or shares (which do not add up): the total lies between women's
  // and men's values, as a mean of the two groups must. `footnote` names the table's footnote that
  // says the total also covers others (unknown sex, organisations): outside the range is then "förklarad".
  z.strictObject({ type: z.literal('sexRange'), footnote: because, rows: z.array(rowRef).optional(), except: z.array(rowRef).default([]) }),
  // Every row: the parts sum to the total column (or to a constant such as 100).
  z.strictObject({
    type: z.literal('rowSum'),
    parts: z.array(z.string()).min(1),
    /** Columns subtracted instead of added. */
    minus: z.array(z.string()).default([]),
    total: z.union([z.string(), z.number()]),
    rounded: z.boolean().default(false),
    tolerance,
    bound,
    footnote: because,
    rows: z.array(rowRef).optional(),
    except: z.array(rowRef).default([]),
  }),
  // Every row: the printed change equals the change computed from two columns.
  z.strictObject({
    type: z.literal('change'),
    from: z.string(),
    to: z.string(),
    result: z.string(),
    kind: z.enum(['percent', 'difference']).default('percent'),
    rows: z.array(rowRef).optional(),
    except: z.array(rowRef).default([]),
  }),
  // Every listed column: the parts (rows) sum to the total row.
  z.strictObject({
    type: z.literal('columnSum'),
    parts: z.array(rowRef).min(1),
    minus: z.array(rowRef).default([]),
    // A row, or a constant: the shares of a section that make 100 (named by the last part).
    total: z.union([rowRef, z.number()]),
    columns: z.array(z.string()).optional(),
    rounded: z.boolean().default(false),
    tolerance,
    bound,
    footnote: because,
    // A part the report hides ("*": fewer than four persons) is at most this much (3); without it, unbounded above.
    suppressedUpTo: z.number().int().positive().optional(),
  }),
  // Two cells that must be equal, possibly in different tables (opening balance = last year's closing).
  z.strictObject({
    type: z.literal('equal'),
    a: z.strictObject({ table: z.string().optional(), row: rowRef, column: z.string() }),
    b: z.strictObject({ table: z.string().optional(), row: rowRef, column: z.string() }),
    tolerance,
  }),
  // A relation between tables the report states or prints: "same" (the other table prints the same
  // quantity: equal) or "subset" (this table's values are a part of the other's: never larger).
  // Cells pair by row and column: `rows`/`columns` map this table's names to the other's; left
  // out, every name the two tables share pairs with itself.
  z.strictObject({
    type: z.literal('relation'),
    kind: z.enum(['same', 'subset']),
    table: z.string().regex(/^[a-z0-9-]+$/),
    rows: z.record(z.string(), rowRef).optional(),
    columns: z.record(z.string(), z.string()).optional(),
    rounded: z.boolean().default(false),
    /** The other table's values times this are in this table's unit (1000: miljoner kronor against tusen kronor). */
    scale: z.number().positive().default(1),
    /** Where the report says so: a title, footnote or the repeated rows ("Tabell 78, fotnot 1: delsummor av tabell 70"). */
    source: z.string().min(10),
  }),
]);

/** How a finding is classified: see classify() in scripts/lib/checks.ts for the rule. */
export const FINDING_CLASSES = ['avrundning', 'förklarad', 'fel i rapporten'] as const;
export const findingClassSchema = z.enum(FINDING_CLASSES);
export type FindingClass = z.output<typeof findingClassSchema>;

/** An explicit decision for one source line the extractor cannot or must not decide by itself. */
export const overrideSchema = z.strictObject({
  line: z.number().int().positive(),
  /** Drop this line (page furniture, a repeated header inside the table). */
  skip: z.boolean().optional(),
  /** The row label, when the text cannot give it. */
  label: z.string().optional(),
  /** The cells in machine notation ("" for no value), when the split is ambiguous. */
  cells: z.array(z.string()).optional(),
  reason: z.string().min(10),
});

/** A real inconsistency in the printed report, published on the data quality page. */
export const inconsistencySchema = z.strictObject({
  /** The check that fails, as printed by the extractor's --show: "<type>:<row>:<column>". */
  check: z.string(),
  printed: z.number(),
  computed: z.number(),
  explanation: z.string().min(10),
  /** The footnote that explains the difference, when one does (the finding is then "förklarad"). */
  footnote: z.string().min(1).optional(),
});
export type Inconsistency = z.output<typeof inconsistencySchema>;

export const tableMetaSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The printed table number, null for the unnumbered financial tables. */
  number: z.number().int().positive().nullable(),
  title: z.string().min(1),
  /** Unit as printed or implied by the title: "miljoner kronor", "antal", "procent", "dagar", ... */
  unit: z.string().min(1),
  chapter: z.string().regex(/^[a-z0-9-]+$/),
  /** The sub-heading the table stands under in the chapter, if any. */
  section: z.string().nullable().default(null),
  /** Printed page(s), such as 43 or "207–208". */
  page: z.union([z.number().int().positive(), z.string()]),
  /** Line of the title in the report text. */
  sourceLine: z.number().int().positive(),
  /** First and last line of the table body (the rows) in the report text. */
  body: z.strictObject({ start: z.number().int().positive(), end: z.number().int().positive() }),
  /** Header of the label column as printed; "Rad" when the report prints none. */
  rowHeader: z.string().default('Rad'),
  columns: z.array(columnSchema).min(1),
  /** Number of rows in the CSV (data and section rows). */
  rowCount: z.number().int().positive(),
  /** Labels of section rows (headings with no values), as printed; includes the groups. */
  sections: z.array(z.string()).default([]),
  /**
   * Two-level tables: the group labels (benefits) printed at the start of a group's first row.
   * Each becomes a section row, and the rows under it carry it as their group.
   */
  groups: z.array(z.string()).default([]),
  footnotes: z.array(footnoteSchema).default([]),
  /**
   * What a printed "–" means in this table: "missing" (no value: the tables), "zero" (a zero amount:
   * the financial statements, where "Årets resultat – – –" is 9 428 − 9 428) or "notApplicable".
   * Checks and downloads use it: a zero stays a zero.
   */
  dash: z.enum(['missing', 'zero', 'notApplicable']).default('missing'),
  /**
   * Columns where an empty cell is not a printed "–" but nothing printed at all (the budget column
   * of tabell 119–125 is blank where no budget is given): `dash` does not apply to them.
   */
  blankColumns: z.array(z.string()).optional(),
  /**
   * Data rows printed outside the headings (sections) before them, with the rows that follow until
   * the next heading: balansräkningen's "Avräkning med statsverket" after "Periodavgränsningsposter"
   * and its "Summa". In the financial statements a line in capitals ("SUMMA TILLGÅNGAR") is one too.
   */
  outside: z.array(z.string()).optional(),
  /**
   * Row labels the report does not print, given by an override's `label`: the balance sheet's
   * subtotal lines (amounts alone, labelled "Summa") and tabell 1's row numbers. The table and its
   * downloads say so under the table, so no reader takes them for the report's words.
   */
  suppliedLabels: z.array(z.string().min(1)).optional(),
  /** What an empty cell means in this table, when the report says ("–" = no value, ".." = suppressed, ...). */
  suppressed: z.string().nullable().default(null),
  /** A note printed under the table without a marker (inkomsttitlar: who supplies the figures), as printed. */
  note: z.string().nullable().default(null),
  /** How to chart the table; "auto" picks from the column dimensions. */
  chart: z.enum(['auto', 'none']).default('auto'),
  /** Why the table gets no chart (shown to nobody, kept for reviewers). */
  chartReason: z.string().optional(),
  checks: z.array(checkSchema).default([]),
  /** Checks that fail because the printed report is inconsistent: published, never hidden. */
  inconsistencies: z.array(inconsistencySchema).default([]),
  overrides: z.array(overrideSchema).default([]),
});

export type TableMetaInput = z.input<typeof tableMetaSchema>;
export type TableMeta = z.output<typeof tableMetaSchema>;
export type Column = z.output<typeof columnSchema>;
export type Check = z.output<typeof checkSchema>;
export type Footnote = z.output<typeof footnoteSchema>;
export type Override = z.output<typeof overrideSchema>;
export type Sex = z.output<typeof sexSchema>;

export const chapterSchema = z.strictObject({
  slug: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  lines: z.strictObject({ start: z.number().int(), end: z.number().int() }),
  pages: z.strictObject({ start: z.number().int(), end: z.number().int() }),
  /** Table and diagram ids in printed order. */
  items: z.array(z.string()),
});
export type Chapter = z.output<typeof chapterSchema>;

export const diagramSchema = z.strictObject({
  id: z.string().regex(/^diagram-\d{3}$/),
  number: z.number().int().positive(),
  title: z.string().min(1),
  chapter: z.string(),
  page: z.number().int().positive(),
  sourceLine: z.number().int().positive(),
});
export type Diagram = z.output<typeof diagramSchema>;


/** A parsed cell: the number and how many decimals were printed (8.0 keeps its ",0"), or words in a text column. */
export const cellSchema = z
  .union([z.strictObject({ value: z.number(), decimals: z.number().int().min(0) }), z.strictObject({ text: z.string() })])
  .nullable();
export type Cell = z.output<typeof cellSchema>;

export const rowSchema = z.strictObject({
  label: z.string(),
  /** Footnote markers printed on the label. */
  markers: z.array(z.string()),
  kind: z.enum(['data', 'section']),
  /** The section row the row stands under, if any. */
  group: z.string().nullable(),
  cells: z.array(cellSchema),
});
export type Row = z.output<typeof rowSchema>;

export const checkResultSchema = z.strictObject({
  check: z.string(),
  type: z.string(),
  ok: z.boolean(),
  printed: z.number().optional(),
  computed: z.number().optional(),
  /** The recorded explanation when the failure is a known inconsistency in the report. */
  explanation: z.string().optional(),
  /** A finding: a failure, or a difference a one-sided bound's footnote allows ("förklarad"). */
  class: findingClassSchema.optional(),
  /** How far rounding of the printed numbers can move the comparison (half a unit of each). */
  roundingBound: z.number().optional(),
  /** The footnote marker that explains a "förklarad" finding. */
  footnote: z.string().optional(),
  /** The other table of a relation. */
  other: z.string().optional(),
});
export type CheckResult = z.output<typeof checkResultSchema>;

export const tableSchema = z.strictObject({
  meta: tableMetaSchema,
  rows: z.array(rowSchema),
  checks: z.array(checkResultSchema),
  /** The table's English texts (data/<year>/en/<id>.json), validated; null only in a build that allows missing translations. */
  en: z.lazy(() => tableTranslationSchema).nullable().default(null),
});
export type Table = z.output<typeof tableSchema>;

export const datasetSchema = z.strictObject({
  year: z.number().int(),
  builtAt: z.string(),
  chapters: z.array(chapterSchema),
  diagrams: z.array(diagramSchema),
  tables: z.array(tableSchema),
});
export type Dataset = z.output<typeof datasetSchema>;

/** The English edition of one table: every printed text of the table in English, keyed by its Swedish form. */
export const tableTranslationSchema = z.strictObject({
  id: z.string(),
  title: z.string().min(1),
  unit: z.string().min(1),
  section: z.string().nullable(),
  rowHeader: z.string().min(1),
  /** Swedish column name (as in the CSV header) → English name, levels joined with " | " as in Swedish. */
  columns: z.record(z.string(), z.string().min(1)),
  /** Swedish row label → English label (every distinct label of the table). */
  rows: z.record(z.string(), z.string().min(1)),
  /** Footnote marker → English footnote text. */
  footnotes: z.record(z.string(), z.string().min(1)).default({}),
  suppressed: z.string().nullable().default(null),
  /** The English text of the table's unmarked note. */
  note: z.string().nullable().default(null),
  /** Check id → English explanation of a recorded inconsistency. */
  inconsistencies: z.record(z.string(), z.string().min(1)).default({}),
  /** Text cells (text columns): Swedish text → English text. */
  texts: z.record(z.string(), z.string().min(1)).default({}),
});
export type TableTranslation = z.output<typeof tableTranslationSchema>;

export const glossarySchema = z.strictObject({
  description: z.string(),
  terms: z.array(z.strictObject({ sv: z.string().min(1), en: z.string().min(1) })),
});
