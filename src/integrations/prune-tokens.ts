// Keeps only the FKUI tokens the built CSS uses. @fkui/theme-default defines some 300 custom
// properties twice (light and dark); the site reads a few dozen. After bundling, this drops every
// custom property definition that no var() in any stylesheet reaches (directly or
// through another token), and the rule blocks left empty.
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
    let out = text.replace(DEFINITION, (all, name: string) => (used.has(name) ? all : ''));
    // Rules and media blocks left empty (repeat: an emptied rule can empty its media block).
    for (let before = ''; before !== out; ) {
      before = out;
      out = out.replace(/(^|[{};])\s*[^{};@]+\{\s*;*\s*\}/g, '$1').replace(/@media[^{]+\{\s*\}/g, '');
    }
    return out;
  });
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
