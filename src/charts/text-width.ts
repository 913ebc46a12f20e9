// Estimated text widths for laying out titles in SVG images (link previews, downloads), where
// nothing measures text for us. Widths are Arial's, which Liberation Sans shares, in 1/1000 em.

const REGULAR: [string, number][] = [
  ["'", 191], ['ijl', 222], [' ,.:;!|/fIt', 278], ['"', 355], ['()-r–', 333], ['*', 389], ['J', 500],
  ['cksvxyzåäöé', 500], ['0123456789abdeghnopqu$#?_', 556], ['+<=>', 584], ['FTZ', 611], ['ABEKPSVXYÅÄ', 667],
  ['CDHNRUw', 722], ['GOQÖ', 778], ['mM', 833], ['%', 889], ['W', 944], ['—', 1000], ['@', 1015],
];

const BOLD: [string, number][] = [
  ["'", 238], [' ,.|/I', 278], ['ijl', 278], ['-()t:;!f', 333], ['r', 389], ['"', 474], ['z', 500],
  ['Jacekvsxyåäé–0123456789$#?_', 556], ['+<=>', 584], ['bdghnopqufLTZöF', 611], ['EPSVXY', 667],
  ['ABCDHKNRUÅÄw', 722], ['GOQÖ', 778], ['M', 833], ['m', 889], ['%', 889], ['W', 944], ['—', 1000], ['@', 975],
];

function table(groups: [string, number][]): Map<string, number> {
  const map = new Map<string, number>();
  for (const [chars, width] of groups) for (const c of chars) map.set(c, width);
  return map;
}

const widths = { regular: table(REGULAR), bold: table(BOLD) };

/** Width in pixels of a line of text at the given font size. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  const map = bold ? widths.bold : widths.regular;
  let units = 0;
  for (const c of text) units += map.get(c) ?? (c === c.toUpperCase() && c !== c.toLowerCase() ? 722 : 570);
  return (units / 1000) * fontSize;
}

/**
 * Words into lines no wider than maxWidth; the last allowed line ends with "…" when text is left
 * over. A little slack is kept for fonts wider than Arial (DejaVu Sans, where Liberation is missing).
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false, maxLines = Infinity): string[] {
  const limit = maxWidth * 0.94;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (!line || textWidth(candidate, fontSize, bold) <= limit) {
      line = candidate;
      continue;
    }
    lines.push(line);
    line = word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last.includes(' ') && textWidth(`${last} …`, fontSize, bold) > limit) last = last.slice(0, last.lastIndexOf(' '));
  kept[maxLines - 1] = `${last} …`;
  return kept;
}
