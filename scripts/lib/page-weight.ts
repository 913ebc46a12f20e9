// What one built page costs a reader: bytes of HTML, CSS, JavaScript and images, raw and
// compressed, and the number of requests, found by reading the page and what it references
// (stylesheets and what they load, scripts and their static imports, Astro islands, images).
// Read from the files, not measured in a browser, so the numbers are the same on every run
// and the budget test can assert them.
import { existsSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';

/**
 * The tags through which a page loads anything (what measurePage looks for: stylesheets,
 * preloads, icons, scripts with their text, images, sources, posters, objects, frames, Astro
 * islands), comments left out.
 */
const LOADING = /<(script)\b(?:[^>"']|"[^"]*"|'[^']*')*>[\s\S]*?<\/script\s*>|<(?:link|img|source|video|object|iframe|astro-island)\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
export const loadingTags = (text: string): string => [...text.replace(/<!--[\s\S]*?-->/g, '').matchAll(LOADING)].map((m) => m[0]).join('\n');

export interface Bytes {
  raw: number;
  gzip: number;
  brotli: number;
}

export type Kind = 'html' | 'css' | 'js' | 'image' | 'other';

export interface PageWeight {
  path: string;
  html: Bytes;
  css: Bytes;
  js: Bytes;
  image: Bytes;
  other: Bytes;
  total: Bytes;
  /** The page itself plus every distinct file it loads. */
  requests: number;
  /** Scripts in the page, inline or loaded: 0 means the page cannot depend on JavaScript. */
  scripts: number;
  /** Referenced files that are not in dist/ (the link checks name them). */
  missing: string[];
}

const zero = (): Bytes => ({ raw: 0, gzip: 0, brotli: 0 });
const add = (a: Bytes, b: Bytes) => {
  a.raw += b.raw;
  a.gzip += b.gzip;
  a.brotli += b.brotli;
};

/**
 * gzip at the default level (what hosts compress with on the fly), brotli at its best (as when
 * precompressed). Brotli 11 takes about a second per large page, so the budget test, which
 * asserts gzip sizes, can leave it out (brotli is then 0).
 */
export function measure(data: Buffer | string, brotli = true): Bytes {
  const buffer = typeof data === 'string' ? Buffer.from(data) : data;
  return {
    raw: buffer.byteLength,
    gzip: gzipSync(buffer).byteLength,
    brotli: brotli ? brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.byteLength } }).byteLength : 0,
  };
}

const kindOf = (path: string): Kind => {
  const ext = path.split('?')[0]!.split('.').pop()!.toLowerCase();
  if (ext === 'css') return 'css';
  if (ext === 'js' || ext === 'mjs') return 'js';
  if (['svg', 'png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'ico'].includes(ext)) return 'image';
  return 'other';
};

export class WeightMeter {
  private cache = new Map<string, Bytes>();
  private dist: URL;
  private origin: string;
  private brotli: boolean;

  constructor(dist: URL, origin: string, { brotli = true } = {}) {
    this.dist = dist;
    this.origin = origin;
    this.brotli = brotli;
  }

  private sizeOf(file: URL): Bytes {
    const key = file.href;
    let bytes = this.cache.get(key);
    if (!bytes) {
      bytes = measure(readFileSync(file), this.brotli);
      this.cache.set(key, bytes);
    }
    return bytes;
  }

  /** A same-origin reference as a site path, or null for data:, other origins and fragments. */
  private local(ref: string, base: string): string | null {
    if (!ref || ref.startsWith('data:') || ref.startsWith('#')) return null;
    const url = new URL(ref, new URL(base, this.origin));
    return url.origin === this.origin ? url.pathname : null;
  }

  /** Everything a file loads in turn: CSS @import and url(), JS static imports. */
  private dependencies(path: string, text: string): string[] {
    const refs: string[] = [];
    if (kindOf(path) === 'css') {
      for (const m of text.matchAll(/@import\s+(?:url\()?\s*['"]?([^'")\s;]+)/g)) refs.push(m[1]!);
      for (const m of text.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) refs.push(m[1]!);
    } else if (kindOf(path) === 'js') {
      for (const m of text.matchAll(/(?:^|[\s;})])(?:import|export)\s*(?:[\w*${}\s,]+from\s*)?["']([^"']+)["']/g)) refs.push(m[1]!);
    }
    return refs.flatMap((r) => this.local(r, path) ?? []);
  }

  /**
   * The page's weight. Only its loading tags are parsed (see loadingTags), unless `whole` is set:
   * parsing the charts and tables too only to find them was nearly all of the time.
   */
  measurePage(pagePath: string, file: URL, { whole = false }: { whole?: boolean } = {}): PageWeight {
    const text = readFileSync(file, 'utf8');
    const { document } = parseHTML(whole ? text : `<!doctype html><html><head>${loadingTags(text)}</head><body></body></html>`);
    const weight: PageWeight = { path: pagePath, html: measure(text, this.brotli), css: zero(), js: zero(), image: zero(), other: zero(), total: zero(), requests: 1, scripts: 0, missing: [] };
    const refs: string[] = [];
    const attr = (selector: string, name: string) => {
      for (const el of document.querySelectorAll(selector)) {
        const value = el.getAttribute(name);
        if (value) refs.push(value);
      }
    };
    attr('link[rel~="stylesheet"][href]', 'href');
    attr('link[rel~="modulepreload"][href]', 'href');
    attr('link[rel~="preload"][href]', 'href');
    attr('link[rel~="icon"][href]', 'href');
    attr('script[src]', 'src');
    attr('img[src]', 'src');
    attr('video[poster]', 'poster');
    attr('object[data]', 'data');
    attr('iframe[src]', 'src');
    // Astro islands load their component and renderer when they hydrate.
    attr('astro-island[component-url]', 'component-url');
    attr('astro-island[renderer-url]', 'renderer-url');
    attr('astro-island[before-hydration-url]', 'before-hydration-url');
    // srcset: the browser picks one candidate; count the largest, the worst case.
    for (const el of document.querySelectorAll('img[srcset], source[srcset]')) {
      const candidates = el.getAttribute('srcset')!.split(',').map((c) => c.trim().split(/\s+/)[0]!).filter(Boolean);
      const paths = candidates.flatMap((c) => this.local(c, pagePath) ?? []).filter((p) => existsSync(new URL(p.slice(1), this.dist)));
      const largest = paths.sort((a, b) => this.sizeOf(new URL(b.slice(1), this.dist)).raw - this.sizeOf(new URL(a.slice(1), this.dist)).raw)[0];
      if (largest) refs.push(largest);
    }
    // Inline scripts are part of the HTML bytes; they count towards the JavaScript budget too.
    const scripts = [...document.querySelectorAll('script')].filter((s) => !/^application\/(ld\+)?json$/.test(s.getAttribute('type') ?? ''));
    weight.scripts = scripts.length;
    const inline = zero();
    for (const s of scripts) if (!s.getAttribute('src') && s.textContent) add(inline, measure(s.textContent, this.brotli));
    add(weight.js, inline);

    const seen = new Set<string>();
    const queue = refs.flatMap((r) => this.local(r, pagePath) ?? []);
    while (queue.length > 0) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      seen.add(path);
      const target = new URL(decodeURIComponent(path).slice(1), this.dist);
      if (!existsSync(target)) {
        weight.missing.push(path);
        continue;
      }
      weight.requests += 1;
      const bytes = this.sizeOf(target);
      add(weight[kindOf(path)], bytes);
      if (kindOf(path) === 'css' || kindOf(path) === 'js') queue.push(...this.dependencies(path, readFileSync(target, 'utf8')));
    }
    for (const part of [weight.html, weight.css, weight.js, weight.image, weight.other]) add(weight.total, part);
    // Inline scripts are inside the HTML already: count them once in the total.
    add(weight.total, { raw: -inline.raw, gzip: -inline.gzip, brotli: -inline.brotli });
    return weight;
  }
}

export const kb = (bytes: number) => (bytes / 1024).toFixed(1);
