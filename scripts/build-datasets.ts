// Build step before `astro build`: validates data/<year>/ and writes the typed dataset the pages
// read (src/generated/dataset-<year>.json). Any problem stops the build; the old dataset is
// removed first, so nothing half-built can be published. Every table must have its complete
// English texts (data/<year>/en/); ALLOW_MISSING_TRANSLATIONS=1 relaxes that for development only.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDataset, DatasetError } from './lib/dataset.ts';
import { FINDING_CLASSES } from './schema.ts';
import { yearDir } from './lib/meta-files.ts';
import { translationMode } from './lib/translations.ts';

const YEAR = 2025;
const out = join(import.meta.dirname, '..', 'src', 'generated', `dataset-${YEAR}.json`);
rmSync(out, { force: true });
try {
  const mode = translationMode(process.env);
  const warnings: string[] = [];
  const dataset = buildDataset(yearDir(YEAR), YEAR, { translations: mode, warn: (m) => warnings.push(m) });
  if (warnings.length) console.warn(`WARNING: development build, ${warnings.length} table(s) without English texts:\n${warnings.map((w) => `  - ${w}`).join('\n')}`);
  mkdirSync(join(out, '..'), { recursive: true });
  writeFileSync(out, JSON.stringify(dataset));
  const checks = dataset.tables.flatMap((t) => t.checks);
  const failed = checks.filter((c) => !c.ok).length;
  const rows = dataset.tables.reduce((n, t) => n + t.rows.length, 0);
  const byClass = FINDING_CLASSES.map((cls) => `${checks.filter((c) => c.class === cls).length} ${cls}`).join(', ');
  console.log(`dataset ${YEAR}: ${dataset.tables.length} tables, ${rows} rows, ${checks.length} checks (${failed} recorded inconsistencies in the report; findings: ${byClass})`);
} catch (e) {
  if (e instanceof DatasetError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
