// Keeps only the FKUI tokens the built CSS uses. @fkui/theme-default defines some 300 custom
// properties twice (light and dark); the site reads a few dozen. After bundling, this drops every
// custom property definition that no var() in any stylesheet reaches (directly or
// through another token), a definition a later top-level :root of the same file overrides (the
// site's font replaces FKUI's font stack), and the rule blocks left empty.
import type { Plugin } from 'vite';

const DEFINITION = /(--[\w-]+)\s*:([^;{}]*)(;|(?=\}))/g;
const USE = /var\(\s*(--[\w-]+)/g;

export function pruneTokens(css: string[]): string[] {
  const definitions = new Map<string, string[]>();
  const used = new Set<string>();
  for (const text of css) {
    for (const m of text.matchAll(DEFINITION)) definitions.set(m[1]!, [...(definitions.get(m[1]!) ?? []), m[2]!]);
    const outside = text.replace(DEFINITION, '');
    for (const m of outside.matchAll(USE)) used.add(m[1]!);
  }
  // Tokens defined in terms of other tokens keep those alive too.
  const queue = [...used];
  while (queue.length > 0) {
    for (const value of definitions.get(queue.pop()!) ?? []) {
      for (const m of value.matchAll(USE)) if (!used.has(m[1]!)) (used.add(m[1]!), queue.push(m[1]!));
    }
  }
  return css.map((text) => {
    let out = withoutOverridden(text).replace(DEFINITION, (all, name: string) => (used.has(name) ? all : ''));
    // Rules and media blocks left empty (repeat: an emptied rule can empty its media block).
    for (let before = ''; before !== out; ) {
      before = out;
      out = out.replace(/(^|[{};])\s*[^{};@]+\{\s*;*\s*\}/g, '$1').replace(/@media[^{]+\{\s*\}/g, '');
    }
    return out;
  });
}

/**
 * The text without the custom property definitions of a top-level `:root` block that a later
 * top-level `:root` block of the same text defines again: in one stylesheet the later one wins,
 * so the earlier is never read. Blocks inside @media (dark theme, print) are left alone.
 */
export function withoutOverridden(text: string): string {
  const spans: { name: string; start: number; end: number }[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '}') depth--;
    else if (c === '{') {
      const selector = text.slice(Math.max(text.lastIndexOf('}', i), text.lastIndexOf(';', i), text.lastIndexOf('{', i - 1)) + 1, i).trim();
      if (depth === 0 && selector === ':root') {
        const close = text.indexOf('}', i);
        for (const m of text.slice(i + 1, close + 1).matchAll(DEFINITION)) spans.push({ name: m[1]!, start: i + 1 + m.index, end: i + 1 + m.index + m[0].length });
      }
      depth++;
    }
  }
  const last = new Map(spans.map((s) => [s.name, s]));
  const dead = spans.filter((s) => last.get(s.name) !== s);
  let out = text;
  for (const s of dead.reverse()) out = out.slice(0, s.start) + out.slice(s.end);
  return out;
}

export default function pruneTokensPlugin(): Plugin {
  return {
    name: 'prune-fkui-tokens',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const assets = Object.values(bundle).filter((f) => f.type === 'asset' && f.fileName.endsWith('.css'));
      if (assets.length === 0) return;
      const pruned = pruneTokens(assets.map((a) => String((a as { source: string | Uint8Array }).source)));
      assets.forEach((a, i) => ((a as { source: string }).source = pruned[i]!));
    },
  };
}
