// The site in the reader's language. A table is shown in English by swapping every printed
// text for its English form from the translation the dataset build validated (table.en); the
// numbers, structure and checks stay as they are. Chapter and diagram titles come from
// src/content/*.en.ts. Nothing is translated at run time: every English text is written by hand.
import type { Chapter, Diagram, Table, TableTranslation } from '../../scripts/schema.ts';
import { chapterTitles } from '../content/chapters.en.ts';
import { diagramTitles } from '../content/diagrams.en.ts';
import type { KeyFigure } from '../content/types.ts';
import { formatNumber, type Lang } from './format.ts';
import { strings } from './i18n.ts';

export const LANGS: Lang[] = ['sv', 'en'];

export function otherLang(lang: Lang): Lang {
  return lang === 'sv' ? 'en' : 'sv';
}

export function chapterTitle(chapter: Chapter, lang: Lang): string {
  if (lang === 'sv') return chapter.title;
  const title = chapterTitles[chapter.slug];
  if (!title) throw new Error(`src/content/chapters.en.ts: chapter "${chapter.slug}" has no English title`);
  return title;
}

export function localDiagram(diagram: Diagram, lang: Lang): Diagram {
  if (lang === 'sv') return diagram;
  const title = diagramTitles[diagram.id];
  if (!title) throw new Error(`src/content/diagrams.en.ts: ${diagram.id} has no English title`);
  return { ...diagram, title };
}

/** The English form of a column's measure: the level of the English name where the Swedish name prints it. */
function measureOf(svName: string, enName: string, measure: string | null): string | null {
  if (measure === null) return null;
  const sv = svName.split(' | ');
  const en = enName.split(' | ');
  const level = sv.indexOf(measure);
  if (level >= 0 && sv.length === en.length) return en[level]!;
  return enName;
}

/**
 * The table with its texts in the page's language. Without a translation (only in a development
 * build with ALLOW_MISSING_TRANSLATIONS=1) the table stays in Swedish.
 */
export function localTable(table: Table, lang: Lang): Table {
  const t: TableTranslation | null = table.en;
  if (lang === 'sv' || !t || localized.has(table)) return table;
  let local = englishTables.get(table);
  if (!local) {
    local = englishTable(table, t);
    englishTables.set(table, local);
    localized.set(local, table);
  }
  return local;
}

// One English form per table and build, and localTable() leaves an English table as it is, so
// the chart cache, the pages and the images can each localize without translating twice.
const englishTables = new WeakMap<Table, Table>();
const localized = new WeakMap<Table, Table>();

/** The table as printed (in Swedish), for decisions made on the report's own words. */
export function printedTable(table: Table): Table {
  return localized.get(table) ?? table;
}

function englishTable(table: Table, t: TableTranslation): Table {
  const { meta } = table;
  const row = (label: string) => t.rows[label] ?? label;
  const column = (name: string) => t.columns[name] ?? name;
  const explanations = t.inconsistencies;
  return {
    ...table,
    meta: {
      ...meta,
      title: t.title,
      unit: t.unit,
      section: t.section,
      // Where the report prints no header, the hidden header is the dictionary's word for "row".
      rowHeader: meta.rowHeader === strings('sv').rowHeaderDefault ? strings('en').rowHeaderDefault : t.rowHeader,
      columns: meta.columns.map((c) => ({ ...c, name: column(c.name), measure: measureOf(c.name, column(c.name), c.measure) })),
      // Named like the columns, so a blank column is found by its name in either language.
      ...(meta.blankColumns ? { blankColumns: meta.blankColumns.map(column) } : {}),
      ...(meta.suppliedLabels ? { suppliedLabels: meta.suppliedLabels.map(row) } : {}),
      sections: meta.sections.map(row),
      groups: meta.groups.map(row),
      footnotes: meta.footnotes.map((f) => ({ ...f, text: t.footnotes[f.marker] ?? f.text, rows: f.rows.map((r) => row(r.replace(/#\d+$/, '')) + (/#\d+$/.exec(r)?.[0] ?? '')), columns: f.columns.map(column) })),
      suppressed: t.suppressed,
      note: t.note,
      inconsistencies: meta.inconsistencies.map((i) => ({ ...i, explanation: explanations[i.check] ?? i.explanation })),
    },
    rows: table.rows.map((r) => ({
      ...r,
      label: row(r.label),
      group: r.group === null ? null : row(r.group),
      cells: r.cells.map((c) => (c !== null && 'text' in c ? { text: t.texts[c.text] ?? c.text } : c)),
    })),
    checks: table.checks.map((c) => (c.explanation === undefined ? c : { ...c, explanation: explanations[c.check] ?? c.explanation })),
  };
}

const PRINTED_NUMBER = /^([–−-])?(\d{1,3}(?: \d{3})+|\d+)(?:,(\d+))?$/;

/** A number as the report prints it ("262 114", "21,5", "–2,8") → value and decimals; null for words. */
export function parsePrinted(text: string): { value: number; decimals: number } | null {
  const m = PRINTED_NUMBER.exec(text.trim());
  if (!m) return null;
  const digits = m[2]!.replace(/ /g, '') + (m[3] ? `.${m[3]}` : '');
  return { value: (m[1] ? -1 : 1) * Number(digits), decimals: m[3]?.length ?? 0 };
}

/**
 * A key figure's value for the page: in Swedish as printed (with non-breaking spaces), in English
 * formatted from the printed number ("262 114" → "262,114"), a range side by side ("18–28"), and
 * words from the figure's own English `display`. Throws on words without one, so no Swedish
 * word can reach an English page.
 */
export function keyFigureValue(figure: KeyFigure, lang: Lang): string {
  if (lang === 'sv') return figure.value.replace(/ /g, '\u00a0');
  if (figure.display !== undefined) return figure.display;
  const one = parsePrinted(figure.value);
  if (one) return formatNumber(one.value, one.decimals, 'en');
  const range = /^(.+?)–(.+)$/.exec(figure.value);
  const [a, b] = range ? [parsePrinted(range[1]!), parsePrinted(range[2]!)] : [null, null];
  if (a && b) return `${formatNumber(a.value, a.decimals, 'en')}–${formatNumber(b.value, b.decimals, 'en')}`;
  throw new Error(`key figure "${figure.label}": "${figure.value}" is not a number; give it an English display text`);
}
