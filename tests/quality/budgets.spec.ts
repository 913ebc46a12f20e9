// The byte budgets, for every page: they depend only on the built files, so a change that
// breaks one fails here. (Build time and Lighthouse scores are reported by `npm run bench`.)
import { expect, test } from '@playwright/test';
import { byteBudgetProblems } from '../../scripts/lib/budgets.ts';
import { WeightMeter } from '../../scripts/lib/page-weight.ts';
import { pages, site } from './site.ts';

test('every page meets the byte budgets (JavaScript ≤ 15 KB, CSS ≤ 4.4 KB and everything ≤ 200 KB, gzip)', () => {
  test.setTimeout(120_000);
  const meter = new WeightMeter(site.dist, site.origin, { brotli: false });
  const problems = pages.flatMap((p) => byteBudgetProblems(meter.measurePage(p.path, p.file)));
  expect(problems).toEqual([]);
});
