// How to cite a table, in the page's language: the source line printed under it and a full
// reference with the table's address, both offered for copying.
import type { Table } from '../../scripts/schema.ts';
import { citation, type Item } from './data.ts';
import type { Lang } from './format.ts';
import { strings } from './i18n.ts';

/** "Källa: Försäkringskassans årsredovisning 2025, tabell 18, s. 43" (English: "…, table 18, p. 43"). */
export function sourceLine(item: Item, lang: Lang = 'sv'): string {
  // One formatter for both languages: citation() already names tables and figures per language.
  return citation(item, strings(lang).sourcePrefix, lang);
}

/**
 * "Försäkringskassan. Försäkringskassans årsredovisning 2025, tabell 18: <title>, s. 43. <url>"; in
 * English the report keeps its Swedish title with a translation ("… [Annual Report 2025]"), as a
 * work in another language is cited, and the agency is named once.
 */
export function fullReference(table: Table, url: string, lang: Lang = 'sv'): string {
  const t = strings(lang);
  const { number, title, page } = table.meta;
  const what = number === null ? title : `${t.table.toLowerCase()} ${number}: ${title}`;
  return `${t.agency}. ${t.referenceTitle}, ${what}, ${t.pageRef(page)}. ${url}`;
}
