// The English edition's table texts: data/<year>/en/<id>.json, one per table, keyed by the
// Swedish text. Validation makes sure every printed text of a table has exactly one English
// form, and that glossary terms are never translated two ways.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { glossarySchema, tableTranslationSchema, type TableMeta, type TableTranslation } from '../schema.ts';

export interface TranslationInput {
  meta: TableMeta;
  /** Distinct row labels of the table, as in the CSV. */
  labels: string[];
  /** Distinct non-empty texts in text columns. */
  texts: string[];
}

/** Problems with one table's translation file, each naming the file and the missing or stray key. */
export function translationProblems(t: TableTranslation, input: TranslationInput, file: string): string[] {
  const problems: string[] = [];
  const { meta } = input;
  if (t.id !== meta.id) problems.push(`${file}: id is "${t.id}", expected "${meta.id}"`);
  const expect = (what: string, got: Record<string, string>, wanted: string[]) => {
    for (const key of wanted) if (!(key in got)) problems.push(`${file}: ${what} "${key}" has no English text`);
    for (const key of Object.keys(got)) if (!wanted.includes(key)) problems.push(`${file}: ${what} "${key}" is not in the table`);
  };
  expect('column', t.columns, meta.columns.map((c) => c.name));
  expect('row', t.rows, input.labels);
  expect('footnote', t.footnotes, meta.footnotes.map((f) => f.marker));
  expect('inconsistency', t.inconsistencies, meta.inconsistencies.map((i) => i.check));
  expect('text', t.texts, input.texts);
  if ((meta.section === null) !== (t.section === null)) problems.push(`${file}: section must be ${meta.section === null ? 'null' : 'given'}`);
  if ((meta.suppressed === null) !== (t.suppressed === null)) problems.push(`${file}: suppressed must be ${meta.suppressed === null ? 'null' : 'given'}`);
  if ((meta.note === null) !== (t.note === null)) problems.push(`${file}: note must be ${meta.note === null ? 'null' : 'given'}`);
  return problems;
}

export function readTranslation(dir: string, id: string, file: string): { translation: TableTranslation | null; problems: string[] } {
  const path = join(dir, 'en', `${id}.json`);
  if (!existsSync(path)) return { translation: null, problems: [`${file}: missing`] };
  try {
    const parsed = tableTranslationSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (!parsed.success) return { translation: null, problems: parsed.error.issues.map((i) => `${file}: ${i.path.join('.') || '(top)'}: ${i.message}`) };
    return { translation: parsed.data, problems: [] };
  } catch (e) {
    return { translation: null, problems: [`${file}: not valid JSON: ${(e as Error).message}`] };
  }
}

export function readGlossary(dir: string): { sv: string; en: string }[] {
  return glossarySchema.parse(JSON.parse(readFileSync(join(dir, 'en', 'glossary.json'), 'utf8'))).terms;
}

/** Glossary terms listed twice, with one or two English names: each is a problem. */
export function glossaryProblems(terms: { sv: string; en: string }[]): string[] {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const { sv, en } of terms) {
    const key = sv.toLowerCase();
    const before = seen.get(key);
    if (before !== undefined) problems.push(`glossary: "${sv}" is listed twice (${before} / ${en})`);
    seen.set(key, en);
  }
  return problems;
}

/**
 * A row label that is exactly a glossary term must use the glossary's English name
 * (first letter case aside), so a benefit is never named two ways.
 */
export function glossaryUse(t: TableTranslation, terms: { sv: string; en: string }[], file: string): string[] {
  const byTerm = new Map(terms.map((g) => [g.sv.toLowerCase(), g.en]));
  const problems: string[] = [];
  for (const [sv, en] of Object.entries(t.rows)) {
    const want = byTerm.get(sv.toLowerCase());
    if (want && want.toLowerCase() !== en.toLowerCase()) problems.push(`${file}: row "${sv}" is "${en}", the glossary says "${want}"`);
  }
  return problems;
}

/** The distinct row labels and text-column texts of a table, from its CSV rows (header row excluded). */
export function translationInput(meta: TableMeta, body: string[][]): TranslationInput {
  const labels = [...new Set(body.map((r) => r[0]!))];
  const textColumns = meta.columns.map((c, i) => (c.role === 'text' ? i + 1 : -1)).filter((i) => i > 0);
  const texts = [...new Set(body.flatMap((r) => textColumns.map((i) => r[i] ?? '')).filter((x) => x !== ''))];
  return { meta, labels, texts };
}

/**
 * The same Swedish row label must have the same English label in every table, so a benefit or
 * a line of the accounts is never named two ways on the site. Each disagreement names the files.
 */
export function labelConsistencyProblems(translations: { file: string; translation: TableTranslation }[]): string[] {
  const uses = new Map<string, Map<string, string[]>>();
  for (const { file, translation } of translations) {
    for (const [sv, en] of Object.entries(translation.rows)) {
      const byEnglish = uses.get(sv) ?? new Map<string, string[]>();
      byEnglish.set(en, [...(byEnglish.get(en) ?? []), file]);
      uses.set(sv, byEnglish);
    }
  }
  const problems: string[] = [];
  for (const [sv, byEnglish] of uses) {
    if (byEnglish.size < 2) continue;
    const ways = [...byEnglish].map(([en, files]) => `"${en}" in ${files.join(', ')}`).join('; ');
    problems.push(`row "${sv}" is translated ${byEnglish.size} ways: ${ways}`);
  }
  return problems;
}

export type TranslationMode = 'require' | 'allow-missing';

/**
 * How strictly the build treats the English texts. Always "require" (a missing or incomplete
 * translation stops the build), unless ALLOW_MISSING_TRANSLATIONS=1 is set explicitly while the
 * translators are still working: then a table without a file falls back to its Swedish texts,
 * with a warning. A file that exists must still be complete and right.
 */
export function translationMode(env: Record<string, string | undefined>): TranslationMode {
  return env.ALLOW_MISSING_TRANSLATIONS === '1' ? 'allow-missing' : 'require';
}

/**
 * Wherever a table's Swedish text names a glossary term as a whole word (a title, a header, a
 * label, a footnote), its English text must use the glossary's English name (any case, a leading
 * "the" aside), so a benefit is never named two ways, not even inside a longer text.
 */
export function glossaryInText(t: TableTranslation, meta: TableMeta, terms: { sv: string; en: string }[], file: string): string[] {
  const pairs: [string, string | null, string | null | undefined][] = [
    ['title', meta.title, t.title],
    ['unit', meta.unit, t.unit],
    ['section', meta.section, t.section],
    ['rowHeader', meta.rowHeader, t.rowHeader],
    ['suppressed', meta.suppressed, t.suppressed],
    ['note', meta.note, t.note],
    ...Object.entries(t.columns).map(([sv, en]) => ['column', sv, en] as [string, string, string]),
    ...Object.entries(t.rows).map(([sv, en]) => ['row', sv, en] as [string, string, string]),
    ...Object.entries(t.texts).map(([sv, en]) => ['text', sv, en] as [string, string, string]),
    ...meta.footnotes.map((f) => [`footnote ${f.marker}`, f.text, t.footnotes[f.marker]] as [string, string, string | undefined]),
    ...meta.inconsistencies.map((i) => [`inconsistency ${i.check}`, i.explanation, t.inconsistencies[i.check]] as [string, string, string | undefined]),
  ];
  const patterns = terms.map((g) => ({ ...g, re: new RegExp(`(?<!\\p{L})${g.sv.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'iu'), want: g.en.replace(/^the /i, '').toLowerCase() }));
  const problems: string[] = [];
  for (const [what, sv, en] of pairs) {
    if (!sv || !en) continue;
    for (const g of patterns) {
      if (g.re.test(sv) && !en.toLowerCase().includes(g.want)) problems.push(`${file}: ${what} "${sv}" names "${g.sv}", but "${en}" does not say "${g.en}" (glossary)`);
    }
  }
  return problems;
}
