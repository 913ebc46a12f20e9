// Every printed Swedish text of the report's tables (titles, units, sections, headers and their
// levels, row labels, footnotes, text cells), read from data/2025/meta and the CSVs, the chapter
// and diagram titles (data/2025/chapters.json, diagrams.json), and the
// ones whose English translation is exactly the same ("2025", a proper name), which an English
// page may show.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCsv } from '../../scripts/lib/csv.ts';
import { readMetaFiles, yearDir } from '../../scripts/lib/meta-files.ts';
import { readTranslation } from '../../scripts/lib/translations.ts';

export interface SwedishTexts {
  /** Swedish text → the tables it is printed in. */
  texts: Map<string, Set<string>>;
  /** Swedish texts translated as themselves somewhere. */
  same: Set<string>;
  /** Tables without an English file (only in a development build). */
  untranslated: string[];
}

const LETTER = /\p{L}/u;

export function swedishTexts(year = 2025): SwedishTexts {
  const dir = yearDir(year);
  const { metas } = readMetaFiles(dir);
  const texts = new Map<string, Set<string>>();
  const same = new Set<string>();
  const untranslated: string[] = [];
  const add = (text: string | null | undefined, id: string) => {
    const t = text?.trim();
    if (!t || !LETTER.test(t)) return;
    texts.set(t, (texts.get(t) ?? new Set()).add(id));
  };
  const sameIf = (sv: string | null | undefined, en: string | null | undefined) => {
    if (sv && en && sv.trim() === en.trim()) same.add(sv.trim());
  };
  for (const meta of metas) {
    const rows = readCsv(readFileSync(join(dir, 'tables', `${meta.id}.csv`), 'utf8'), meta.id).slice(1);
    const textColumns = meta.columns.map((c, i) => (c.role === 'text' ? i + 1 : -1)).filter((i) => i > 0);
    [meta.title, meta.unit, meta.section, meta.rowHeader, meta.suppressed].forEach((t) => add(t, meta.id));
    for (const c of meta.columns) {
      add(c.name, meta.id);
      c.name.split(' | ').forEach((level) => add(level, meta.id));
    }
    meta.footnotes.forEach((f) => add(f.text, meta.id));
    meta.inconsistencies.forEach((i) => add(i.explanation, meta.id));
    rows.forEach((r) => add(r[0], meta.id));
    rows.forEach((r) => textColumns.forEach((i) => add(r[i], meta.id)));

    const { translation: en } = readTranslation(dir, meta.id, meta.id);
    if (!en) {
      untranslated.push(meta.id);
      continue;
    }
    sameIf(meta.title, en.title);
    sameIf(meta.unit, en.unit);
    sameIf(meta.section, en.section);
    sameIf(meta.rowHeader, en.rowHeader);
    sameIf(meta.suppressed, en.suppressed);
    for (const [sv, e] of Object.entries(en.columns)) {
      sameIf(sv, e);
      const a = sv.split(' | ');
      const b = e.split(' | ');
      if (a.length === b.length) a.forEach((level, i) => sameIf(level, b[i]));
    }
    for (const f of meta.footnotes) sameIf(f.text, en.footnotes[f.marker]);
    for (const [sv, e] of Object.entries(en.rows)) sameIf(sv, e);
    for (const [sv, e] of Object.entries(en.texts)) sameIf(sv, e);
  }
  const titled = (file: string): { title: string; slug?: string; id?: string }[] => JSON.parse(readFileSync(join(dir, file), 'utf8'));
  for (const item of [...titled('chapters.json'), ...titled('diagrams.json')]) add(item.title, item.id ?? `chapter ${item.slug}`);
  // The agency's own name is a proper name: English pages use it in the postal address.
  same.add('Försäkringskassan');
  return { texts, same, untranslated };
}
