// Fewer elements for the same pixels: Plot's per-facet groups of straight strokes as one path each.
/** A coordinate as written in the SVG: at most one decimal, no trailing zero. */
const coord = (n: number) => String(Math.round(n * 10) / 10);

/** One straight stroke element as path segments moved by (tx, ty), or null if it is anything else. */
function segments(element: string, tx: number, ty: number): string | null {
  const attrs = new Map([...element.matchAll(/ ([a-z0-9-]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
  if (element.startsWith('<line ')) {
    if (attrs.size !== 4) return null;
    const [x1, y1, x2, y2] = ['x1', 'y1', 'x2', 'y2'].map((k) => Number(attrs.get(k)));
    if (![x1, y1, x2, y2].every(Number.isFinite)) return null;
    return `M${coord(x1! + tx)},${coord(y1! + ty)}${x1 === x2 ? `V${coord(y2! + ty)}` : y1 === y2 ? `H${coord(x2! + tx)}` : `L${coord(x2! + tx)},${coord(y2! + ty)}`}`;
  }
  const d = attrs.get('d');
  const own = attrs.get('transform');
  if (!d || attrs.size !== (own ? 2 : 1)) return null;
  const shift = own ? /^translate\(([-\d.]+),([-\d.]+)\)$/.exec(own) : null;
  if (own && !shift) return null;
  const [dx, dy] = shift ? [tx + Number(shift[1]), ty + Number(shift[2])] : [tx, ty];
  // Only straight lines with absolute coordinates (M and L), as Plot draws rules, ticks and links.
  if (!/^M[-\d.]+,[-\d.]+(L[-\d.]+,[-\d.]+)*$/.test(d)) return null;
  return d.replace(/([ML])([-\d.]+),([-\d.]+)/g, (_, c: string, x: string, y: string) => `${c}${coord(Number(x) + dx)},${coord(Number(y) + dy)}`);
}

const GROUP = /<g transform="translate\(([-\d.]+),([-\d.]+)\)"((?: [a-z-]+="[^"]*")*)>((?:<(?:line|path) [^>]*\/>)+)<\/g>/g;

/**
 * Plot draws a faceted chart's grid, rules, ticks and links as one group per facet, each holding
 * a few <line>s or straight <path>s. Consecutive such groups with the same stroke become one
 * <path> (the overview of tabell 73: 37 groups of 6 grid lines are one element), which draws the
 * same pixels with a fraction of the elements for the browser to parse and lay out. Groups that
 * fill, or hold anything else, are left as they are.
 */
export function mergeStrokes(svg: string): string {
  const out: string[] = [];
  let at = 0;
  let run: { attrs: string; d: string[]; end: number } | null = null;
  const flush = () => {
    if (!run) return;
    const fill = / fill="none"/.test(run.attrs) ? '' : ' fill="none"';
    out.push(`<path${run.attrs}${fill} d="${run.d.join('')}" />`);
    at = run.end;
    run = null;
  };
  for (const m of svg.matchAll(GROUP)) {
    const [whole, tx, ty, attrs, children] = m as unknown as [string, string, string, string, string];
    const start = m.index!;
    const fills = /\bfill="(?!none")/.test(attrs);
    const parts = fills ? null : [...children.matchAll(/<(?:line|path) [^>]*\/>/g)].map((c) => segments(c[0], Number(tx), Number(ty)));
    const mergeable = parts !== null && parts.every((p) => p !== null);
    if (run && (!mergeable || start !== run.end || attrs !== run.attrs)) flush();
    if (!mergeable) continue;
    if (!run) {
      out.push(svg.slice(at, start));
      run = { attrs, d: [], end: start };
    }
    run.d.push(...(parts as string[]));
    run.end = start + whole.length;
  }
  flush();
  out.push(svg.slice(at));
  return out.join('');
}
