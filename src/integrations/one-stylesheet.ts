// One stylesheet per page. Astro links a page to several CSS chunks (the site's, its page
// type's, each component's); every file is compressed on its own, so a page of five links pays
// five times for the words they share (a fifth more bytes), and five requests. After the build,
// the stylesheets each page links are joined, in the page's order, into one file per distinct
// set (a dozen page types), and the page links that file; chunks no page links any more go.
// Each joined file keeps only the design tokens its own rules read (prune-tokens.ts, which
// before could only drop the tokens no page reads).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pruneTokens } from './prune-tokens.ts';

const LINK = /<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)">/g;

/** The page's HTML with its stylesheet links replaced by one, or null when it has fewer than two. */
export function joinLinks(html: string, joined: (hrefs: string[]) => string): string | null {
  const hrefs = [...html.matchAll(LINK)].map((m) => m[1]!);
  if (hrefs.length < 2) return null;
  const href = joined(hrefs);
  let first = true;
  return html.replace(LINK, () => (first ? ((first = false), `<link rel="stylesheet" href="${href}">`) : ''));
}

export default function oneStylesheet(): AstroIntegration {
  return {
    name: 'one-stylesheet',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = new Map<string, string>();
        const merged = new Set<string>();
        const joined = (hrefs: string[]) => {
          const key = hrefs.join(' ');
          let href = files.get(key);
          if (!href) {
            // A @charset is only valid at the very start of a file.
            const css = pruneTokens([hrefs.map((h) => readFileSync(join(root, h), 'utf8').replace(/^@charset "[^"]*";/, '')).join('\n')])[0]!;
            href = `/_astro/page.${createHash('sha256').update(css).digest('base64url').slice(0, 8)}.css`;
            writeFileSync(join(root, href), css);
            files.set(key, href);
          }
          for (const h of hrefs) merged.add(h);
          return href;
        };
        const linked = new Set<string>();
        let pages = 0;
        for (const rel of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
          if (!rel.endsWith('.html')) continue;
          const path = join(root, rel);
          const html = readFileSync(path, 'utf8');
          const out = joinLinks(html, joined);
          if (out !== null) (writeFileSync(path, out), (pages += 1));
          for (const m of (out ?? html).matchAll(LINK)) linked.add(m[1]!);
        }
        for (const h of merged) if (!linked.has(h)) rmSync(join(root, h));
        logger.info(`${pages} pages link one stylesheet each, from ${files.size} joined files`);
      },
    },
  };
}
