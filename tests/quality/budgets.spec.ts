// The byte budgets, for every page: they depend only on the built files, so a change that
// breaks one fails here. (Build time and Lighthouse scores are reported by `npm run bench`.)
import { expect, test } from '@playwright/test';
import { byteBudgetProblems } from '../../scripts/lib/budgets.ts';
import { WeightMeter } from '../../scripts/lib/page-weight.ts';
import { pages, site } from './site.ts';

test('every page meets the byte budgets (JavaScript ≤ 15 KB, CSS ≤ 4.6 KB and everything ≤ 200 KB, gzip)', () => {
  const meter = new WeightMeter(site.dist, site.origin, { brotli: false });
  // A page is measured from its loading tags alone: checked against parsing the whole page on the
  // pages of every kind (start, chapters, data, gender gap, search, 404, a table and an embed page).
  const kinds = ['/', '/en/', '/2025/mal-for-minskade-felaktiga-utbetalningar/', '/2025/data/', '/2025/kvinnor-och-man/', '/sok/', '/404.html', '/2025/tabell/18/', '/2025/tabell/18/diagram-1/'];
  for (const page of pages.filter((p) => kinds.includes(p.path))) {
    expect(meter.measurePage(page.path, page.file), page.path).toEqual(meter.measurePage(page.path, page.file, { whole: true }));
  }
  expect(pages.filter((p) => kinds.includes(p.path))).toHaveLength(kinds.length);
  const problems = pages.flatMap((p) => byteBudgetProblems(meter.measurePage(p.path, p.file)));
  expect(problems).toEqual([]);
});
