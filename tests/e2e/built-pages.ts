// The built site (dist/) read straight from disk, for tests over every page: which pages exist,
// what language each declares, where its language link and hreflang alternates point.
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
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
  /** The language link's text and lang attribute ("In English", "en"). */
  linkText: string | null;
  linkTextLang: string | null;
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
    linkText: link?.textContent?.trim() ?? null,
    linkTextLang: link?.getAttribute('lang') ?? null,
    alternates,
    canonical: canonical ? new URL(canonical).pathname : null,
  };
}

/**
 * A page's HTML with every <svg> emptied (its start and end tags kept). The charts are most of
 * the elements of a chapter or table page; checks of headings, sections, tables and links do not
 * need them, and linkedom then parses a page in a fraction of the time.
 */
export function withoutCharts(text: string): string {
  const parts: string[] = [];
  let at = 0;
  const open = /<svg[\s>]/g;
  for (let m = open.exec(text); m; m = open.exec(text)) {
    const start = text.indexOf('>', m.index) + 1;
    // Nested <svg> elements: find the end tag that closes this one.
    let depth = 1;
    let i = start;
    while (depth > 0) {
      const next = text.indexOf('<svg', i);
      const close = text.indexOf('</svg>', i);
      if (close < 0) throw new Error('an <svg> without its end tag');
      if (next >= 0 && next < close) {
        depth++;
        i = next + 4;
      } else {
        depth--;
        i = close + 6;
      }
    }
    parts.push(text.slice(at, start));
    at = i - 6;
    open.lastIndex = i;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** A built page parsed without the insides of its charts (see withoutCharts). */
export function readPageWithoutCharts(path: string): Document {
  return parseHTML(withoutCharts(readFileSync(fileOf(path), 'utf8'))).document as unknown as Document;
}

export interface ChapterSection {
  id: string;
  /** How many <table> captions the section holds (one for a table, none for a diagram). */
  captions: number;
  citation: string | null;
  /** The section's download links, in order. */
  downloads: string[];
}

/** What a chapter page shows, read from its file: language, heading and its sections in order. */
export function chapterOf(path: string): { lang: string | null; h1: string[]; sections: ChapterSection[]; chapterDownloads: string[] } {
  const doc = readPageWithoutCharts(path);
  const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return {
    lang: doc.documentElement.getAttribute('lang'),
    h1: [...doc.querySelectorAll('h1')].map(text),
    sections: [...doc.querySelectorAll('main section.item')].map((s) => ({
      id: s.id,
      captions: s.querySelectorAll('table caption').length,
      citation: s.querySelector('.citation') ? text(s.querySelector('.citation')) : null,
      downloads: [...s.querySelectorAll('.downloads a')].map((a) => a.getAttribute('href') ?? ''),
    })),
    chapterDownloads: [...doc.querySelectorAll('.chapter-downloads a')].map((a) => a.getAttribute('href') ?? ''),
  };
}

/** A built page's HTML as served (dist/<path>/index.html), read from disk: no HTTP round trip per page. */
export function pageHtml(path: string): string {
  return readFileSync(fileOf(path), 'utf8');
}

/** Width and height from a PNG's IHDR chunk, reading only the first 24 bytes of the file. */
export function pngHeaderSize(path: string): { width: number; height: number } {
  const fd = openSync(path, 'r');
  const bytes = Buffer.alloc(24);
  try {
    readSync(fd, bytes, 0, 24, 0);
  } finally {
    closeSync(fd);
  }
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((b, i) => bytes[i] === b) || bytes.toString('latin1', 12, 16) !== 'IHDR') throw new Error(`${path} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
