// The page on women and men across the report, in Chromium against the built site: five numbers
// picked at random are recomputed from the dataset (independently of src/lib/gender-gap.ts), the
// table is complete without JavaScript and filters and sorts with it, the charts are images with
// a table beside them, the files are served, and the start and chapter pages link to the page.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import type { Dataset } from '../../scripts/schema.ts';

const dataset: Dataset = JSON.parse(readFileSync(new URL('../../src/generated/dataset-2025.json', import.meta.url), 'utf8'));
const PAGES = { sv: '/2025/kvinnor-och-man/', en: '/en/2025/women-and-men/' } as const;
const LOCALE = { sv: 'sv-SE', en: 'en-GB' } as const;

type Lang = keyof typeof PAGES;
interface Picked {
  table: string;
  row: number;
  measure: string;
  metric: 'share' | 'ratio';
  cells: string[];
}

/** The numbers of one series straight from the dataset: women and men in 2023 and 2025. */
function valuesOf(p: Picked): { women: number | null; men: number | null }[] {
  const table = dataset.tables.find((t) => t.meta.id === p.table)!;
  const row = table.rows[p.row]!;
  const num = (c: (typeof row.cells)[number] | undefined) => (c && 'value' in c ? c.value : null);
  return [2023, 2025].map((year) => {
    if (table.meta.columns.some((c) => c.sex === 'kvinnor')) {
      const col = (sex: string) => table.meta.columns.findIndex((c) => c.sex === sex && c.year === year && (c.measure ?? '') === p.measure);
      return { women: num(row.cells[col('kvinnor')]), men: num(row.cells[col('män')]) };
    }
    // Women and men as rows: the men's row follows in the same group.
    const col = table.meta.columns.findIndex((c) => c.year === year);
    const men = table.rows.find((r, i) => i > p.row && r.group === row.group && r.label === 'Män')!;
    return { women: num(row.cells[col]), men: num(men.cells[col]) };
  });
}

function expected(p: Picked, lang: Lang): { gap2025: string; change: string } {
  const [a, b] = valuesOf(p).map(({ women, men }) => {
    if (women === null || men === null) return null;
    if (p.metric === 'share') return women + men > 0 ? (100 * women) / (women + men) : null;
    return men !== 0 ? women / men : null;
  });
  const decimals = p.metric === 'share' ? 1 : 2;
  const round = (x: number) => Math.round(x * 10 ** decimals) / 10 ** decimals;
  const f = (x: number) => new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(x);
  const pct = (x: number) => (p.metric === 'share' ? `${f(x)}${lang === 'sv' ? '\u00a0%' : '%'}` : f(x));
  const gap2025 = b === null || b === undefined ? '–' : pct(round(b));
  let change = '–';
  if (a !== null && a !== undefined && b !== null && b !== undefined) {
    const d = round(round(b) - round(a));
    change = `${d > 0 ? '+' : ''}${f(d)}${p.metric === 'share' ? `\u00a0${lang === 'sv' ? 'p.e.' : 'p.p.'}` : ''}`;
  }
  return { gap2025, change };
}

for (const lang of ['sv', 'en'] as const) {
  test(`${PAGES[lang]}: five numbers picked at random equal what the dataset gives`, async ({ page }) => {
    await page.goto(PAGES[lang]);
    const rows = page.locator('table.gap-table tbody tr');
    const count = await rows.count();
    expect(count).toBeGreaterThan(700);
    const seed = Date.now();
    const picks = Array.from({ length: 5 }, (_, i) => Math.floor(((Math.sin(seed + i) + 1) / 2) * count) % count);
    for (const i of picks) {
      const row = rows.nth(i);
      const p: Picked = await row.evaluate((tr: HTMLTableRowElement) => ({
        table: tr.dataset.table!,
        row: Number(tr.dataset.row),
        measure: tr.dataset.measure ?? '',
        metric: tr.dataset.metric as 'share' | 'ratio',
        cells: [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()),
      }));
      const want = expected(p, lang);
      const gap = (await row.locator('td.gap[data-year="2025"]').textContent())!.trim();
      const change = (await row.locator('td.change').textContent())!.trim();
      expect({ row: i, seed, gap, change }).toEqual({ row: i, seed, gap: want.gap2025, change: want.change });
      // The women's value for 2025 as printed.
      const women = valuesOf(p)[1]!.women;
      const shown = (await row.locator('td.women').nth(1).textContent())!.trim();
      expect(shown === '–' ? null : Number(shown.replace(/[\s\u00a0]/g, '').replace(lang === 'sv' ? ',' : /,/g, lang === 'sv' ? '.' : '').replace('−', '-'))).toBe(women);
    }
  });
}

test('the table is complete without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PAGES.sv);
  await expect(page.locator('form.gap-filter')).toBeHidden();
  const visible = await page.locator('table.gap-table tbody tr:visible').count();
  expect(visible).toBe(await page.locator('table.gap-table tbody tr').count());
  await expect(page.locator('svg.chart[role="img"]')).toHaveCount(6);
  await expect(page.locator('details.gap-alt table')).toHaveCount(6);
  await context.close();
});

test('filters by chapter, benefit and kind of measure, and sorts by a column, with one small external script', async ({ page, request }) => {
  await page.goto(PAGES.sv);
  const scripts = await page.locator('script').evaluateAll((els) => els.map((e) => ({ src: e.getAttribute('src'), inline: (e.textContent ?? '').trim().length > 0 })));
  expect(scripts.filter((s) => s.inline)).toEqual([]);
  for (const { src } of scripts.filter((s) => s.src?.includes('GenderGap'))) {
    expect(gzipSync(await (await request.get(src!)).body()).byteLength).toBeLessThanOrEqual(5 * 1024);
  }
  expect(scripts.some((s) => s.src?.includes('GenderGap'))).toBe(true);
  const form = page.locator('form.gap-filter');
  await expect(form).toBeVisible();
  const total = await page.locator('table.gap-table tbody tr').count();
  await form.getByLabel('Slag av mått').selectOption('days');
  const shown = page.locator('table.gap-table tbody tr:visible');
  const kinds = await shown.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.kind));
  expect(kinds.length).toBeGreaterThan(10);
  expect(new Set(kinds)).toEqual(new Set(['days']));
  await expect(page.locator('.gap-status')).toHaveText(`Visar ${kinds.length} av ${total} serier.`);
  await form.getByLabel('Förmån').selectOption('Sjukpenning');
  const both = await shown.evaluateAll((trs) => trs.map((tr) => [(tr as HTMLElement).dataset.kind, (tr as HTMLElement).dataset.benefit]));
  expect(both.length).toBeGreaterThan(0);
  expect(both.every(([k, b]) => k === 'days' && b === 'Sjukpenning')).toBe(true);
  await form.getByLabel('Slag av mått').selectOption('');
  await form.getByLabel('Förmån').selectOption('');
  await form.getByLabel('Kapitel').selectOption('medarbetare-och-kompetensforsorjning');
  const chapters = await shown.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.chapter));
  expect(new Set(chapters)).toEqual(new Set(['medarbetare-och-kompetensforsorjning']));

  await form.getByLabel('Kapitel').selectOption('');
  const header = page.getByRole('button', { name: 'Sortera efter Förändring' });
  await header.click();
  await expect(page.locator('table.gap-table thead th[aria-sort="ascending"]')).toHaveCount(1);
  const values = await page.locator('table.gap-table tbody tr td.change').evaluateAll((tds) => tds.map((td) => (td as HTMLElement).dataset.value).filter((v) => v !== '').map(Number));
  expect(values).toEqual([...values].sort((a, b) => a - b));
  await header.click();
  await expect(page.locator('table.gap-table thead th[aria-sort="descending"]')).toHaveCount(1);
});

test('each row links to its table page and chart, the files are served, and the start and chapter pages link here', async ({ page, request }) => {
  await page.goto(PAGES.en);
  const link = page.locator('table.gap-table tbody tr[data-table="tabell-003"] th a').first();
  await expect(link).toHaveAttribute('href', /^\/en\/2025\/tabell\/3\/#tabell-3-diagram-\d+$/);
  const files = page.locator('.gap-files a');
  await expect(files).toHaveCount(4);
  for (const href of await files.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
    const res = await request.get(href);
    expect(res.status(), href).toBe(200);
    expect((await res.text()).split('\n').length).toBeGreaterThan(700);
  }
  await page.goto('/');
  await expect(page.locator(`main a[href="${PAGES.sv}"]`)).toHaveCount(1);
  await page.goto('/en/2025/formaner-till-barn-och-familjer/');
  await expect(page.locator(`main a[href="${PAGES.en}"]`)).toHaveCount(1);
  await page.goto('/2025/data/');
  await expect(page.locator('a[href="/2025/data/kvinnor-och-man.csv"]')).toHaveCount(1);
});
