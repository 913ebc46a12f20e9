// Reads dist/_headers the way a static host does (path pattern, then indented "Name: value"
// lines), so the browser checks can serve each response with the headers it will have live.
import { readFileSync } from 'node:fs';
import { DIST } from './site.ts';

interface Rule {
  pattern: RegExp;
  headers: Record<string, string>;
}

export function parseHeaders(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const glob = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${glob}$`), headers: {} });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: a header line outside a path block or without a colon: ${line}`);
    rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

export const headerRules = (): Rule[] => parseHeaders(readFileSync(new URL('_headers', DIST), 'utf8'));

/** All headers the host sends for a path: every matching block, later ones winning. */
export function headersFor(rules: Rule[], path: string): Record<string, string> {
  return Object.assign({}, ...rules.filter((r) => r.pattern.test(path)).map((r) => r.headers));
}
