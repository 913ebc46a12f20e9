// Addresses of the pages and files made for each table: its own page, one embed page and an
// SVG and PNG file per chart, the link-preview images, and the search page.
import type { Chapter, Table } from '../../scripts/schema.ts';
import type { Chart } from '../charts/plan.ts';
import { anchorOf, chapterBySlug, chapterPath, dataset, YEAR } from './data.ts';
import type { Lang } from './format.ts';
import { strings } from './i18n.ts';

/**
 * Languages with a search page (/sok/, /en/search/). The English edition adds 'en' once its
 * pages are built: Pagefind then indexes them (by <html lang>) and src/pages/en/[search].astro makes the page.
 */
export const SEARCH_LANGS: readonly Lang[] = ['sv', 'en'];

/**
 * Languages with table pages, embed pages, chart files and preview images. Adding 'en' needs
 * English route files like those under src/pages/2025/tabell/ and src/pages/2025/[chapter]/.
 */
export const SHARE_LANGS: readonly Lang[] = ['sv', 'en'];

export function hasSearchPage(lang: Lang): boolean {
  return SEARCH_LANGS.includes(lang);
}

export function hasSharePages(lang: Lang): boolean {
  return SHARE_LANGS.includes(lang);
}

/** "18" for Tabell 18, the id for the unnumbered financial tables ("resultatrakning"). */
export function tableSlug(table: Table): string {
  return table.meta.number === null ? table.meta.id : String(table.meta.number);
}

export function tableBySlug(slug: string): Table | undefined {
  return dataset.tables.find((t) => tableSlug(t) === slug);
}

/** /2025/tabell/: the list of every table and diagram (English: /en/2025/tabell/). */
export function tableIndexPath(lang: Lang = 'sv'): string {
  return `${lang === 'en' ? '/en' : ''}/${YEAR}/tabell/`;
}

/** /2025/tabell/18/ (English: /en/2025/tabell/18/, keeping the Swedish slugs as the chapter pages do) */
export function tablePath(table: Table, lang: Lang = 'sv'): string {
  return `${lang === 'en' ? '/en' : ''}/${YEAR}/tabell/${tableSlug(table)}/`;
}

/** Where a table is read: its own page, or its chapter section in a language without table pages. */
export function tableHref(table: Table, lang: Lang = 'sv'): string {
  return hasSharePages(lang) ? tablePath(table, lang) : tableSectionPath(table, lang);
}

/** The chart's part of its id after the table's anchor: "diagram-3", or "diagram" for a table's one comparison chart. */
export function chartSlug(table: Table, chart: Chart): string {
  const prefix = `${anchorOf(table.meta.id)}-`;
  if (!chart.id.startsWith(prefix)) throw new Error(`chart ${chart.id} does not belong to ${table.meta.id}`);
  return chart.id.slice(prefix.length);
}

/** The embed page: /2025/tabell/18/diagram-3/ */
export function embedPath(table: Table, chart: Chart, lang: Lang = 'sv'): string {
  return `${tablePath(table, lang)}${chartSlug(table, chart)}/`;
}

/** The chart as a file: /2025/tabell/18/diagram-3.svg */
export function chartFilePath(table: Table, chart: Chart, ext: 'svg' | 'png', lang: Lang = 'sv'): string {
  return `${tablePath(table, lang)}${chartSlug(table, chart)}.${ext}`;
}

/** The table's section on its chapter page. */
export function tableSectionPath(table: Table, lang: Lang = 'sv'): string {
  return `${chapterPath(chapterOf(table), lang)}#${anchorOf(table.meta.id)}`;
}

export function chapterOf(table: Table): Chapter {
  const chapter = chapterBySlug(table.meta.chapter);
  if (!chapter) throw new Error(`${table.meta.id} names chapter ${table.meta.chapter}, which does not exist`);
  return chapter;
}

/** Link-preview image (1200×630) beside the page it shows. */
export function tableImagePath(table: Table, lang: Lang = 'sv'): string {
  return `${tablePath(table, lang)}og.png`;
}

/** The site's link preview (/og.png, /en/og.png), for the pages that have none of their own. */
export function siteImage(lang: Lang = 'sv'): { path: string; alt: string } | undefined {
  return hasSharePages(lang) ? { path: lang === 'en' ? '/en/og.png' : '/og.png', alt: strings(lang).sitePreviewAlt } : undefined;
}

export function chapterImagePath(chapter: Chapter, lang: Lang = 'sv'): string {
  return `${chapterPath(chapter, lang)}og.png`;
}

export function searchPath(lang: Lang = 'sv'): string {
  return lang === 'en' ? '/en/search/' : '/sok/';
}
