// Checks the English table texts in data/<year>/en/ against the tables: every title, column,
// row label, footnote and text cell has one English form, and glossary terms are used as listed.
//
//   node scripts/check-translations.ts [--only id,id] [--allow-missing]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCsv } from './lib/csv.ts';
import { readMetaFiles, yearDir } from './lib/meta-files.ts';
import { glossaryProblems, glossaryUse, readGlossary, readTranslation, translationProblems } from './lib/translations.ts';

const YEAR = 2025;
const argv = process.argv.slice(2);
const onlyArg = argv[argv.indexOf('--only') + 1];
const only = argv.includes('--only') && onlyArg ? new Set(onlyArg.split(',')) : null;
const allowMissing = argv.includes('--allow-missing');
const dir = yearDir(YEAR);
const { metas, problems } = readMetaFiles(dir, only);
const terms = readGlossary(dir);
problems.push(...glossaryProblems(terms));
let done = 0;
for (const meta of metas) {
  const file = join('data', String(YEAR), 'en', `${meta.id}.json`);
  const { translation, problems: read } = readTranslation(dir, meta.id, file);
  if (!translation) {
    if (!(allowMissing && read[0]?.endsWith('missing'))) problems.push(...read);
    continue;
  }
  const rows = readCsv(readFileSync(join(dir, 'tables', `${meta.id}.csv`), 'utf8'), meta.id).slice(1);
  const labels = [...new Set(rows.map((r) => r[0]!))];
  const textColumns = meta.columns.map((c, i) => (c.role === 'text' ? i + 1 : -1)).filter((i) => i > 0);
  const texts = [...new Set(rows.flatMap((r) => textColumns.map((i) => r[i]!)).filter((x) => x !== ''))];
  problems.push(...translationProblems(translation, { meta, labels, texts }, file), ...glossaryUse(translation, terms, file));
  done++;
}
for (const p of problems) console.error(p);
console.log(`${done} of ${metas.length} tables translated, ${problems.length} problem(s)`);
process.exit(problems.length ? 1 : 0);
