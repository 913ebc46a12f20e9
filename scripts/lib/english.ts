// Puts the English texts into the dataset: each table carries its validated translation
// (data/<year>/en/<id>.json), so the site and the downloads' JSON metadata read one source.
// In "require" mode a missing or incomplete file is a problem naming the file and key.
import { join } from 'node:path';
import type { Row, TableMeta, TableTranslation } from '../schema.ts';
import { glossaryInText, glossaryProblems, glossaryUse, labelConsistencyProblems, readGlossary, readTranslation, translationProblems, type TranslationMode } from './translations.ts';

export type { TranslationMode };

/** The distinct labels and text-column texts of a parsed table, in the form translationProblems wants. */
export function inputOf(meta: TableMeta, rows: Row[]) {
  const labels = [...new Set(rows.map((r) => r.label))];
  const texts = [...new Set(rows.flatMap((r) => r.cells.flatMap((c, i) => (meta.columns[i]?.role === 'text' && c && 'text' in c && c.text !== '' ? [c.text] : []))))];
  return { meta, labels, texts };
}

/**
 * The English texts of every table, by id (null where a file is missing and the mode allows it).
 * Adds to `problems` every missing file (in "require" mode), stray or missing key, glossary
 * misuse and row label translated two ways; calls `warn` for each file the mode lets pass.
 */
export function readEnglish(
  dir: string,
  year: number,
  tables: { meta: TableMeta; rows: Row[] }[],
  mode: TranslationMode,
  problems: string[],
  warn: (message: string) => void,
): Map<string, TableTranslation | null> {
  const out = new Map<string, TableTranslation | null>();
  let terms: { sv: string; en: string }[] = [];
  try {
    terms = readGlossary(dir);
  } catch (e) {
    problems.push(`${join('data', String(year), 'en', 'glossary.json')}: ${(e as Error).message.split('\n')[0]}`);
  }
  problems.push(...glossaryProblems(terms));
  const found: { file: string; translation: TableTranslation }[] = [];
  for (const { meta, rows } of tables) {
    const file = join('data', String(year), 'en', `${meta.id}.json`);
    const { translation, problems: read } = readTranslation(dir, meta.id, file);
    if (!translation) {
      const missing = read.length === 1 && read[0] === `${file}: missing`;
      if (missing && mode === 'allow-missing') warn(`${file}: missing (shown in Swedish; ALLOW_MISSING_TRANSLATIONS=1)`);
      else problems.push(...read.map((p) => (p === `${file}: missing` ? `${file}: missing (the English texts of ${meta.id})` : p)));
      out.set(meta.id, null);
      continue;
    }
    const own = [...translationProblems(translation, inputOf(meta, rows), file), ...glossaryUse(translation, terms, file), ...glossaryInText(translation, meta, terms, file)];
    problems.push(...own);
    out.set(meta.id, own.length ? null : translation);
    found.push({ file, translation });
  }
  problems.push(...labelConsistencyProblems(found));
  return out;
}
