// The one walk over a built site: every file by its ending (not in _astro/ or pagefind/), the
// index pages including the root's, and the site path each page file serves.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexFiles, siteFiles, sitePath } from '../../scripts/lib/site-files.ts';

describe('site files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'site-'));
  for (const rel of ['index.html', '404.html', '2025/a/index.html', '2025/a/og.svg', '_astro/x.html', 'pagefind/y.svg', 'en/index.html']) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), '');
  }

  it('finds files by ending, leaving out Astro bundles and the search index', () => {
    expect(siteFiles(dir, '.html').map((f) => sitePath(dir, f))).toEqual(['/2025/a/', '/404.html', '/en/', '/']);
    expect(siteFiles(dir, '.svg')).toEqual([join(dir, '2025/a/og.svg')]);
  });

  it('lists the index pages, the root included', () => {
    expect(indexFiles(dir).map((f) => sitePath(dir, f)).sort()).toEqual(['/', '/2025/a/', '/en/']);
  });
});
