// Checks the English table texts in data/<year>/en/ against the tables: every title, column,
// row label, footnote and text cell has one English form, glossary terms are used as listed (also
// inside longer texts), and the same Swedish row label has the same English label in every table.
//
//   node scripts/check-translations.ts [--only id,id] [--allow-missing]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCsv } from './lib/csv.ts';
import { readMetaFiles, yearDir } from './lib/meta-files.ts';
import { glossaryInText, glossaryProblems, glossaryUse, labelConsistencyProblems, readGlossary, readTranslation, translationInput, translationProblems } from './lib/translations.ts';
import type { TableTranslation } from './schema.ts';

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
const translated: { file: string; translation: TableTranslation }[] = [];
for (const meta of metas) {
  const file = join('data', String(YEAR), 'en', `${meta.id}.json`);
  const { translation, problems: read } = readTranslation(dir, meta.id, file);
  if (!translation) {
    if (!(allowMissing && read[0]?.endsWith('missing'))) problems.push(...read);
    continue;
  }
  const rows = readCsv(readFileSync(join(dir, 'tables', `${meta.id}.csv`), 'utf8'), meta.id).slice(1);
  problems.push(...translationProblems(translation, translationInput(meta, rows), file), ...glossaryUse(translation, terms, file), ...glossaryInText(translation, meta, terms, file));
  translated.push({ file, translation });
  done++;
}
problems.push(...labelConsistencyProblems(translated));
for (const p of problems) console.error(p);
console.log(`${done} of ${metas.length} tables translated, ${problems.length} problem(s)`);
process.exit(problems.length ? 1 : 0);
