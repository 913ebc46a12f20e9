import { describe, expect, it } from 'vitest';
import { pruneTokens, withoutOverridden } from '../../src/integrations/prune-tokens.ts';

describe('pruneTokens', () => {
  it('drops tokens no var() reaches, keeps those reached through another token', () => {
    const [out] = pruneTokens([':root{--a:#fff;--b:var(--c);--c:red;--unused:1px}body{color:var(--a);background:var(--b)}']);
    expect(out).toBe(':root{--a:#fff;--b:var(--c);--c:red;}body{color:var(--a);background:var(--b)}');
  });

  it('drops rule and media blocks left empty', () => {
    const [out] = pruneTokens(['@media (prefers-color-scheme:dark){:root{--x:1}}p{margin:0}']);
    expect(out).toBe('p{margin:0}');
  });
});

describe('withoutOverridden', () => {
  it('drops a top-level :root definition a later top-level :root defines again', () => {
    const css = ':root{color-scheme:light dark;--font:"ExpFont",sans-serif;--w:400}:root{--ink:#000}:root{--font:"Inter",arial}';
    expect(withoutOverridden(css)).toBe(':root{color-scheme:light dark;--w:400}:root{--ink:#000}:root{--font:"Inter",arial}');
  });

  it('leaves definitions inside @media and under other selectors alone', () => {
    const css = ':root{--ink:#000}@media screen and (prefers-color-scheme:dark){:root{--ink:#fff}}.box{--ink:red}:root{--w:1}';
    expect(withoutOverridden(css)).toBe(css);
  });

  it('keeps the earlier definition when the later one is inside @media (it applies only there)', () => {
    const css = ':root{--a:1}@media print{:root{--a:2}}';
    expect(withoutOverridden(css)).toBe(css);
  });
});
