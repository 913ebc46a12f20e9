// What the downloads need to know beyond the tables themselves: where the site is, what each
// table is called and cited as, and which version of the data this is. The site binds it to
// its own helpers (src/lib/downloads/site.ts); tests pass a simple one.
import type { Table } from '../../../scripts/schema.ts';
import type { Lang } from '../format.ts';

export interface PublishContext {
  year: number;
  /** The language of the files' texts (the tables passed are already in it: localTable). */
  lang: Lang;
  /** Version of the published data; raise it when a published number changes. */
  version: string;
  /** When the dataset was built (ISO 8601), the date the files carry. */
  builtAt: string;
  /** The public address of the site, without a trailing slash. */
  siteUrl: string;
  chapterTitle(slug: string): string;
  /** "Tabell 18", or the title of an unnumbered table. */
  printedName(table: Table): string;
  /** Path of the table on its chapter page: "/2025/<chapter>/#tabell-18". */
  pagePath(table: Table): string;
  /** "Försäkringskassans årsredovisning 2025, tabell 18, s. 43" */
  source(table: Table): string;
}

/** The date part of builtAt, as in the README and the workbook: "2026-02-12". */
export function builtDate(context: PublishContext): string {
  return context.builtAt.slice(0, 10);
}
