// The built site (dist/) read straight from disk, for tests over every page: which pages exist,
// what language each declares, where its language link and hreflang alternates point.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { indexFiles, sitePath } from '../../scripts/lib/site-files.ts';

export const DIST = new URL('../../dist/', import.meta.url).pathname;

/** Every page of the built site as a URL path ("/", "/en/2025/aret-som-gatt/"), except the 404 page. */
export function builtPages(dir = DIST): string[] {
  return indexFiles(dir).map((file) => sitePath(dir, file)).sort();
}

export function fileOf(path: string, dir = DIST): string {
  return join(dir, ...path.split('/').filter(Boolean), 'index.html');
}

export function readPage(path: string): Document {
  return parseHTML(readFileSync(fileOf(path), 'utf8')).document as unknown as Document;
}

export interface PageLanguage {
  path: string;
  lang: string | null;
  /** The language link's href (the same page in the other language). */
  link: string | null;
  linkLang: string | null;
  /** hreflang → href of the <link rel="alternate"> tags, as paths. */
  alternates: Record<string, string>;
  canonical: string | null;
}

export function languageOf(path: string): PageLanguage {
  // What is asked for is in the head and the header, before <main>: parsing only that part is
  // what makes a pass over all 2 400 pages take seconds instead of a minute.
  const text = readFileSync(fileOf(path), 'utf8');
  const main = text.indexOf('<main');
  const doc = parseHTML(main < 0 ? text : `${text.slice(0, main)}</body></html>`).document as unknown as Document;
  const link = doc.querySelector('a.lang-link');
  const alternates: Record<string, string> = {};
  for (const l of doc.querySelectorAll('link[rel="alternate"][hreflang]')) alternates[l.getAttribute('hreflang')!] = new URL(l.getAttribute('href')!).pathname;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  return {
    path,
    lang: doc.documentElement.getAttribute('lang'),
    link: link?.getAttribute('href') ?? null,
    linkLang: link?.getAttribute('hreflang') ?? null,
    alternates,
    canonical: canonical ? new URL(canonical).pathname : null,
  };
}
