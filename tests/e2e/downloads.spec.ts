// Downloads in a real Chromium against the built site: a table's files, downloaded from under
// the table, hold exactly the numbers the page shows; every table has its six files on its
// chapter page (read from the built pages) and on the data page, every chapter its workbook and ZIP, at sizes that are true;
// in Swedish and in English (every Swedish file has its English twin, served under /en/2025/data/
// and linked from the English pages); the ZIP and the workbook served hold all 175 tables;
// the data page works without JavaScript and filters with it, offering the chapter's files; the
// data quality page lists every inconsistency with a link to its table.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { formatBytes } from '../../src/lib/format.ts';
import { chapterOf as chapterPage } from './built-pages.ts';
import { anchorOf, chapters } from './helpers.ts';
import { DIST } from './share-helpers.ts';

const metaOf = (id: string) => JSON.parse(readFileSync(new URL(`../../data/2025/meta/${id}.json`, import.meta.url), 'utf8'));
const tableIds = chapters.flatMap((c) => c.items.filter((i) => !i.startsWith('diagram-')));
const chapterOf = (id: string) => chapters.find((c) => c.items.includes(id))!;

/** The HTML table as the reader sees it: label without footnote markers, and each cell's text ("" for –). */
async function pageRows(page: Page, anchor: string) {
  return page.locator(`#${anchor} table tbody tr`).evaluateAll((trs) =>
    trs.map((tr) => {
      const th = tr.querySelector('th')!.cloneNode(true) as HTMLElement;
      th.querySelectorAll('sup').forEach((s) => s.remove());
      const section = tr.classList.contains('section');
      // A printed "–" (or "*") is shown with a spoken name beside it: keep the mark alone.
      const cells = [...tr.querySelectorAll('td')].map((td) => td.querySelector('[aria-hidden="true"]')?.textContent ?? td.textContent ?? '');
      return { label: th.textContent!.trim(), section, cells };
    }),
  );
}

/** Swedish print back to machine notation: "1 116 096" → "1116096", "−1,5" → "-1.5". */
const machine = (shown: string) => (shown === '–' || shown === '*' ? '' : shown.replace(/[\s\u00a0\u202f]/g, '').replace('−', '-').replace(',', '.'));

async function download(page: Page, anchor: string, format: string) {
  const link = page.locator(`#${anchor} .downloads a[data-format="${format}"]`);
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const bytes = readFileSync((await file.path())!);
  // The size in the link text is the size of the file.
  expect((await link.textContent())!.replace(/\u00a0/g, ' ')).toContain(`(${formatBytes(bytes.byteLength)})`);
  return { name: file.suggestedFilename(), bytes, text: bytes.toString('utf8') };
}

// Tables with sections, a Not column, negatives, decimals, empty cells, text cells and footnotes.
for (const id of ['tabell-002', 'tabell-018', 'tabell-113', 'balansrakning', 'styrelsens-arvoden', 'anslagsredovisning']) {
  test(`${id}: the files downloaded from under the table agree with the page to the digit`, async ({ page }) => {
    const anchor = anchorOf(id);
    const meta = metaOf(id);
    const roles: string[] = meta.columns.map((c: { role?: string }) => c.role ?? 'value');
    await page.goto(`/2025/${chapterOf(id).slug}/#${anchor}`);
    const rows = await pageRows(page, anchor);
    // What the page says, in machine notation: labels and, per data row, each value or text.
    const expected = rows.map((r) => [r.label, ...(r.section ? roles.map(() => '') : r.cells.map((c, i) => (roles[i] === 'text' ? c : machine(c))))]);

    const csv = await download(page, anchor, 'csv');
    expect(csv.name).toBe(`${id}.csv`);
    const printed = Papa.parse<string[]>(csv.text, { skipEmptyLines: true }).data;
    expect(printed[0]).toEqual([meta.rowHeader ?? 'Rad', ...meta.columns.map((c: { name: string }) => c.name)]);
    expect(printed.slice(1).map((r) => [r[0]!.trim(), ...r.slice(1)])).toEqual(expected);
    expect(csv.text).toBe(readFileSync(new URL(`../../data/2025/tables/${id}.csv`, import.meta.url), 'utf8'));

    const excel = await download(page, anchor, 'excel');
    expect(excel.name).toBe(`${id}-excel.csv`);
    expect([...excel.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(excel.text.slice(1).split('\r\n').every((line) => !line.includes('\n'))).toBe(true);
    // Title, unit and source lines, a blank line, the header, the rows; markers beside the labels.
    const excelRows = Papa.parse<string[]>(excel.text.slice(1), { delimiter: ';' }).data.slice(5, 5 + rows.length);
    expect(excel.text).toContain('\r\nKälla: Försäkringskassans årsredovisning 2025');
    expect(excel.text).not.toMatch(/[;\n]"?=/);
    const unguard = (cell: string) => cell.replace(/^\u2060/, '').replace(/( \[[^\]]+\])+$/, '');
    expect(excelRows.map((r) => [unguard(r[0]!).trim(), ...r.slice(1).map((c, i) => (roles[i] === 'text' ? unguard(c) : unguard(c).replace(',', '.')))])).toEqual(expected);

    const long = await download(page, anchor, 'long');
    expect(long.name).toBe(`${id}-long.csv`);
    const observations = Papa.parse<Record<string, string>>(long.text, { header: true, skipEmptyLines: true }).data;
    // A "–" that means a zero amount (meta.dash, except in the columns the report leaves blank) is 0
    // there; a cell the report leaves blank (a note heading's amounts) is shown and kept empty.
    const zero = (ci: number) => meta.dash === 'zero' && !(meta.blankColumns ?? []).includes(meta.columns[ci].name);
    const longValue = (c: string, ci: number) => (c === '–' && zero(ci) ? '0' : machine(c));
    const fromPage = rows.flatMap((r, ri) => (r.section ? [] : r.cells.flatMap((c, ci) => (roles[ci] === 'value' ? [[String(ri + 1), meta.columns[ci].name.replace(/(\d{4})–(\d{2})–(\d{2})/, '$1-$2-$3'), longValue(c, ci)]] : []))));
    expect(observations.map((o) => [o.row_number, o.column, o.value])).toEqual(fromPage);

    const json = await download(page, anchor, 'json');
    expect(json.name).toBe(`${id}.json`);
    const doc = JSON.parse(json.text);
    expect(doc.title).toBe(meta.title);
    const fromJson = doc.rows.map((r: { label: string; kind: string; values: (number | string | null)[]; decimals: (number | null)[] }) => [
      r.label.trim(),
      ...r.values.map((v, i) => (v === null ? '' : typeof v === 'string' ? v : v.toFixed(r.decimals[i]!))),
    ]);
    expect(fromJson).toEqual(expected);
  });
}

// Each chapter page, Swedish and English, links its own language's files: the links read from
// the built pages (a browser load per chapter for a list of hrefs made this 44 slow tests; the
// links are clicked in the tests above).
test('every chapter page, Swedish and English, has each table\'s six files under it and the chapter\'s workbook and ZIP', () => {
  const problems: string[] = [];
  let checked = 0;
  for (const lang of ['sv', 'en'] as const) {
    const prefix = lang === 'en' ? '/en' : '';
    const data = `${prefix}/2025/data`;
    for (const chapter of chapters.filter((c) => c.items.some((i) => !i.startsWith('diagram-')))) {
      const path = `${prefix}/2025/${chapter.slug}/`;
      const page = chapterPage(path);
      const found = Object.fromEntries(page.sections.map((s) => [s.id, s.downloads]));
      for (const id of chapter.items.filter((i) => !i.startsWith('diagram-'))) {
        const want = [`${data}/${id}.csv`, `${data}/${id}-excel.csv`, `${data}/${id}-long.csv`, `${data}/${id}.json`, `${data}/${id}.xlsx`, `${data}/${id}-jsonstat.json`];
        if (JSON.stringify(found[anchorOf(id)]) !== JSON.stringify(want)) problems.push(`${path}#${anchorOf(id)}: ${JSON.stringify(found[anchorOf(id)])}, expected ${JSON.stringify(want)}`);
        checked++;
      }
      const want = [`${data}/kapitel-${chapter.slug}.xlsx`, `${data}/kapitel-${chapter.slug}.zip`];
      if (JSON.stringify(page.chapterDownloads) !== JSON.stringify(want)) problems.push(`${path}: chapter files ${JSON.stringify(page.chapterDownloads)}, expected ${JSON.stringify(want)}`);
    }
  }
  expect(problems).toEqual([]);
  expect(checked).toBe(2 * 175);
});

test.describe('the data page', () => {
  for (const [lang, prefix, h1] of [['sv', '', 'Data och nedladdning'], ['en', '/en', 'Data and downloads']] as const) test(`${lang}: lists every table with its files, and every file is served at the size its link says`, async ({ page, request }) => {
    const response = await page.goto(`${prefix}/2025/data/`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveText(h1);
    const rows = page.locator('table.catalog tbody tr');
    await expect(rows).toHaveCount(175);
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelector('a[data-format="csv"]')!.getAttribute('href')))).toEqual(tableIds.map((id) => `${prefix}/2025/data/${id}.csv`));
    const links = await page.locator('main a[download]').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href')!, text: a.textContent! })));
    const chapterCount = chapters.filter((c) => c.items.some((i) => !i.startsWith('diagram-'))).length;
    // Six files per table, five year-wide files, two per chapter, and the page on women and men as four CSVs (two per language).
    expect(links.length).toBe(175 * 6 + 5 + chapterCount * 2 + 4);
    // Fetched from the server, several at a time (one after another took most of a minute).
    const problems: string[] = [];
    const queue = [...links];
    await Promise.all(Array.from({ length: 8 }, async () => {
      for (let link = queue.shift(); link; link = queue.shift()) {
        const res = await request.get(link.href);
        const size = `(${formatBytes((await res.body()).byteLength, lang)})`;
        if (res.status() !== 200) problems.push(`${link.href}: HTTP ${res.status()}`);
        else if (!link.text.replace(/\u00a0/g, ' ').includes(size)) problems.push(`${link.href}: the link says "${link.text}", the file is ${size}`);
      }
    }));
    expect(problems).toEqual([]);
  });

  test('every Swedish download has its English twin: the same files, linked from the English data page, made in English', async ({ page }) => {
    // The page on women and men's files are named per language and offered on both pages; all else is twinned.
    const names = async (path: string) => {
      await page.goto(path);
      return page.locator('main a[download]').evaluateAll((as) => as.filter((a) => !a.closest('.gap-files')).map((a) => a.getAttribute('href')!.replace(/^.*\//, '')));
    };
    const sv = await names('/2025/data/');
    expect(await names('/en/2025/data/')).toEqual(sv);
    // On disk as well: nothing is served in one language only.
    const gap = await page.locator('.gap-files a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.replace(/^.*\//, '')));
    // Not the page itself nor the precompressed copies nginx serves (made only where they are smaller).
    const files = (dir: string) => readdirSync(join(DIST, dir)).filter((f) => !f.startsWith('index.html') && !/\.(gz|br)$/.test(f) && !gap.includes(f)).sort();
    expect(files('en/2025/data')).toEqual(files('2025/data'));
    // The list of inconsistencies is linked from the data quality page, in each language.
    expect(files('2025/data')).toEqual([...sv, 'avvikelser.csv'].sort());
    for (const [path, href] of [['/2025/om-statistiken/', '/2025/data/avvikelser.csv'], ['/en/2025/about-the-statistics/', '/en/2025/data/avvikelser.csv']] as const) {
      await page.goto(path);
      await expect(page.locator(`main a[download][href="${href}"]`), path).toHaveCount(1);
    }
  });

  test('the ZIP and the workbook served hold all 175 tables', async ({ request }) => {
    const zip = unzipSync(new Uint8Array(await (await request.get('/2025/data/forsakringskassan-arsredovisning-2025.zip')).body()));
    for (const id of tableIds) {
      for (const path of [`csv/${id}.csv`, `excel/${id}-excel.csv`, `long/${id}-long.csv`, `json/${id}.json`, `xlsx/${id}.xlsx`, `jsonstat/${id}-jsonstat.json`]) expect(zip[path], path).toBeDefined();
    }
    expect(new TextDecoder().decode(zip['README.txt'])).toContain('Försäkringskassans årsredovisning 2025');
    expect(JSON.parse(new TextDecoder().decode(zip['datapackage.json'])).resources).toHaveLength(175 * 6 + 2);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await (await request.get('/2025/data/forsakringskassan-arsredovisning-2025.xlsx')).body()) as unknown as ArrayBuffer);
    expect(wb.worksheets).toHaveLength(176);
    expect(wb.worksheets.slice(1).map((w) => w.name)).toEqual(tableIds.map((id) => id.slice(0, 31)));
  });

  test('filters by number, words, chapter and sex, and says how many it shows', async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto('/2025/data/');
    const visible = page.locator('table.catalog tbody tr:visible');
    const status = page.locator('.filter-status');
    await expect(status).toHaveText('Visar 175 av 175 tabeller.');
    // A number finds that table and that note, not 118 or 180.
    await page.getByLabel('Sök på nummer eller ord i titeln').fill('18');
    await expect(visible).toHaveCount(2);
    await expect(visible.first()).toContainText('Tabell 18. Handläggningstider');
    await expect(visible.last()).toContainText('Not 18 Balanserade utgifter');
    await expect(status).toHaveText('Visar 2 av 175 tabeller.');
    await page.getByLabel('Sök på nummer eller ord i titeln').fill('handläggningstider');
    expect(await visible.count()).toBeGreaterThan(1);
    await page.getByLabel('Sök på nummer eller ord i titeln').fill('');
    await page.getByLabel('Kapitel').selectOption({ label: 'Finansiell redovisning' });
    const financial = chapters.find((c) => c.slug === 'finansiell-redovisning')!.items.length;
    await expect(visible).toHaveCount(financial);
    // The chosen chapter's files are offered beside the filter.
    const offered = page.locator('.filter-chapter-files');
    await expect(offered).toBeVisible();
    await expect(offered).toContainText('Ladda ner tabellerna i Finansiell redovisning');
    expect(await offered.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['/2025/data/kapitel-finansiell-redovisning.xlsx', '/2025/data/kapitel-finansiell-redovisning.zip']);
    await page.getByLabel('Kapitel').selectOption('');
    await expect(page.locator('.filter-chapter-files')).toBeHidden();
    await page.getByLabel('Bara tabeller uppdelade på kvinnor och män').check();
    const bySex = await visible.count();
    expect(bySex).toBeGreaterThan(50);
    expect(bySex).toBeLessThan(175);
    expect(errors).toEqual([]);
  });

  test('en: the filtered chapter’s English workbook and ZIP are offered, and hold its tables', async ({ page, request }) => {
    await page.goto('/en/2025/data/');
    const slug = 'finansiell-redovisning';
    const tables = chapters.find((c) => c.slug === slug)!.items.filter((i) => !i.startsWith('diagram-'));
    await page.getByLabel('Chapter', { exact: true }).selectOption(slug);
    await expect(page.locator('table.catalog tbody tr:visible')).toHaveCount(tables.length);
    const offered = page.locator('.filter-chapter-files');
    await expect(offered).toBeVisible();
    await expect(offered).toContainText('Download the tables in Financial statements');
    const hrefs = await offered.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs).toEqual([`/en/2025/data/kapitel-${slug}.xlsx`, `/en/2025/data/kapitel-${slug}.zip`]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await (await request.get(hrefs[0]!)).body()) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Contents', ...tables.map((id) => id.slice(0, 31))]);
    expect(String(wb.worksheets[0]!.getCell('A1').value)).toBe('Försäkringskassan annual report 2025 – Financial statements');
    const zip = unzipSync(new Uint8Array(await (await request.get(hrefs[1]!)).body()));
    expect(Object.keys(zip)).toContain(`kapitel-${slug}.xlsx`);
    // The English files, the same bytes as served one by one.
    for (const id of tables) {
      const single = new Uint8Array(await (await request.get(`/en/2025/data/${id}-excel.csv`)).body());
      expect(Buffer.from(zip[`excel/${id}-excel.csv`]!).equals(Buffer.from(single)), id).toBe(true);
      expect(new TextDecoder().decode(single), id).toMatch(/\r\n"?Source: /);
    }
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('shows the whole list and no filter that cannot work', async ({ page }) => {
      await page.goto('/2025/data/');
      await expect(page.locator('table.catalog tbody tr:visible')).toHaveCount(175);
      await expect(page.locator('form.data-filter')).toBeHidden();
      // Each chapter's files are listed.
      const chapterCount = chapters.filter((c) => c.items.some((i) => !i.startsWith('diagram-'))).length;
      await expect(page.locator('.chapter-files > li')).toHaveCount(chapterCount);
      await expect(page.locator('.chapter-files a[href$=".xlsx"]')).toHaveCount(chapterCount);
    });
  });
});

test('the English pages link the English files: English texts, "," and a decimal point', async ({ page, request }) => {
  await page.goto('/en/2025/data/');
  // The page on women and men's files are offered in both languages; every other file is English.
  const hrefs = await page.locator('main a[download]').evaluateAll((as) => as.filter((a) => !a.closest('.gap-files')).map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(175 * 6);
  expect(hrefs.every((h) => h.startsWith('/en/2025/data/'))).toBe(true);
  const excel = (await (await request.get('/en/2025/data/tabell-018-excel.csv')).body()).toString('utf8');
  const lines = excel.slice(1).split('\r\n');
  expect(lines[0]).toMatch(/^"?Table 18\. /);
  expect(lines[1]).toMatch(/^"?Unit: /);
  expect(lines[2]).toMatch(/^"?Source: /);
  expect(Papa.parse<string[]>(lines[4]!, { delimiter: ',' }).data[0]).toHaveLength(metaOf('tabell-018').columns.length + 1);
  // Numbers with a decimal point, never a decimal comma inside a quoted number.
  expect(excel).not.toMatch(/"-?\d+,\d+"/);
  const table = await page.goto('/en/2025/tabell/18/');
  expect(table?.status()).toBe(200);
  expect(await page.locator('.downloads a').first().getAttribute('href')).toBe('/en/2025/data/tabell-018.csv');
});

test('the data quality page lists every finding by class, with its numbers and a link to its table', async ({ page }) => {
  // Every finding of the dataset, by class (fel i rapporten, förklarad, avrundning), as the page groups them.
  const dataset = JSON.parse(readFileSync(new URL('../../src/generated/dataset-2025.json', import.meta.url), 'utf8')) as { tables: { meta: { id: string }; checks: { class?: string }[] }[] };
  const classes = [['fel i rapporten', 'fel'], ['förklarad', 'forklarade'], ['avrundning', 'avrundning']] as const;
  const response = await page.goto('/2025/om-statistiken/');
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveText('Om statistiken');
  const total = dataset.tables.reduce((n, t) => n + t.checks.filter((c) => c.class).length, 0);
  // One compact table per report table and class, a row per finding.
  const findings = '.findings-table tbody tr';
  await expect(page.locator(findings)).toHaveCount(total);
  await expect(page.locator('table.checks-table tbody tr')).toHaveCount(175);
  // Each group as the page shows it (its rows and its link), read in one round trip.
  const shown = await page.locator('[id^="avvikelser-"]').evaluateAll((els, findings) =>
    Object.fromEntries(els.map((el) => [el.id, { rows: el.parentElement!.querySelectorAll(findings).length, links: [...el.parentElement!.querySelectorAll('h4 a')].map((a) => a.getAttribute('href')) }])),
  findings);
  for (const [cls, slug] of classes) {
    const groups = dataset.tables.map((t) => ({ id: t.meta.id, n: t.checks.filter((c) => c.class === cls).length })).filter((g) => g.n > 0);
    expect(groups.length, cls).toBeGreaterThan(0);
    for (const { id, n } of groups) {
      expect(shown[`avvikelser-${slug}-${id}`], `${cls}: ${id}`).toEqual({ rows: n, links: [`/2025/${chapterOf(id).slug}/#${anchorOf(id)}`] });
    }
  }
  // The example: tabell 16, Bostadsbidrag, avgjorda 2023, a total below women + men.
  const example = page.locator('#avvikelser-fel-tabell-016').locator('..').locator(findings, { hasText: 'Totalt | 2023' }).filter({ hasText: '4\u00a0839' }).first();
  await expect(example.locator('td')).toHaveText(['4\u00a0839', '4\u00a0893', '−54', /fotnoten förklarar bara en högre total/]);
  // The link lands on the table.
  await example.locator('xpath=ancestor::section[1]').locator('h4 a').click();
  await expect(page.locator('#tabell-16')).toBeInViewport();
});

test('the footer links to the data page and the data quality page', async ({ page }) => {
  await page.goto('/');
  const footer = page.locator('.site-footer');
  await expect(footer.getByRole('link', { name: 'Data och nedladdning' })).toHaveAttribute('href', '/2025/data/');
  await expect(footer.getByRole('link', { name: 'Om statistiken' })).toHaveAttribute('href', '/2025/om-statistiken/');
});

// axe on the data and statistics pages: tests/quality/pages.spec.ts, with every other page.
