// The byte budgets, for every page: they depend only on the built files, so a change that
// breaks one fails here. (Build time and Lighthouse scores are reported by `npm run bench`.)
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { byteBudgetProblems } from '../../scripts/lib/budgets.ts';
import { measure, WeightMeter, type PageWeight } from '../../scripts/lib/page-weight.ts';
import { pages, site } from './site.ts';

/**
 * The tags through which a page loads anything (what WeightMeter looks for: stylesheets,
 * preloads, icons, scripts with their text, images, sources, posters, objects, frames, Astro
 * islands), comments left out. Parsing the whole page, charts and tables included, only to find
 * these was nearly all of the budget test's time.
 */
const LOADING = /<(script)\b(?:[^>"']|"[^"]*"|'[^']*')*>[\s\S]*?<\/script\s*>|<(?:link|img|source|video|object|iframe|astro-island)\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
const loadingTags = (text: string) => [...text.replace(/<!--[\s\S]*?-->/g, '').matchAll(LOADING)].map((m) => m[0]).join('\n');

/**
 * WeightMeter's measurement of a page, made on a skeleton of it (its loading tags) with the
 * HTML bytes then set to the real page's: the same files found, fetched and counted.
 */
function measurePage(meter: WeightMeter, skeleton: string, path: string, file: URL): PageWeight {
  const text = readFileSync(file, 'utf8');
  writeFileSync(skeleton, `<!doctype html><html><head>${loadingTags(text)}</head><body></body></html>`);
  const weight = meter.measurePage(path, pathToFileURL(skeleton));
  const html = measure(text, false);
  weight.total = { raw: weight.total.raw - weight.html.raw + html.raw, gzip: weight.total.gzip - weight.html.gzip + html.gzip, brotli: 0 };
  weight.html = html;
  return weight;
}

test('every page meets the byte budgets (JavaScript ≤ 15 KB, CSS ≤ 4.4 KB and everything ≤ 200 KB, gzip)', () => {
  const meter = new WeightMeter(site.dist, site.origin, { brotli: false });
  const dir = mkdtempSync(join(tmpdir(), 'budgets-'));
  try {
    const skeleton = join(dir, 'page.html');
    // The skeleton measures as the whole page does: checked on the pages of every kind (start,
    // chapters, data, gender gap, search, 404, a table and an embed page).
    const kinds = ['/', '/en/', '/2025/mal-for-minskade-felaktiga-utbetalningar/', '/2025/data/', '/2025/kvinnor-och-man/', '/sok/', '/404.html', '/2025/tabell/18/', '/2025/tabell/18/diagram-1/'];
    for (const page of pages.filter((p) => kinds.includes(p.path))) {
      expect(measurePage(meter, skeleton, page.path, page.file), page.path).toEqual(meter.measurePage(page.path, page.file));
    }
    expect(pages.filter((p) => kinds.includes(p.path))).toHaveLength(kinds.length);
    const problems = pages.flatMap((p) => byteBudgetProblems(measurePage(meter, skeleton, p.path, p.file)));
    expect(problems).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
