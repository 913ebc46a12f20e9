// Estimated text widths for laying out titles in SVG images (link previews, downloads), where
// nothing measures text for us. Widths are Inter's (the site's and the images' font, measured
// in Chromium from Debian's fonts-inter), regular and bold, in 1/1000 em.

const REGULAR: [string, number][] = [
  ["'", 222],
  ["ijl", 237],
  ["I", 264],
  [".:", 276],
  ["!", 278],
  [",;", 280],
  [" ", 281],
  ["|", 327],
  ["/", 357],
  ["f", 361],
  ["()", 362],
  ["t", 364],
  ["r", 372],
  ["\"", 403],
  ["_", 452],
  ["-", 460],
  ["1", 464],
  ["–*", 500],
  ["?", 507],
  ["s", 523],
  ["x", 540],
  ["z", 541],
  ["J", 543],
  ["k", 544],
  ["vy", 557],
  ["c", 558],
  ["L", 562],
  ["åäa", 564],
  ["7", 571],
  ["uü", 581],
  ["ée", 582],
  ["n", 585],
  ["F", 587],
  ["h", 591],
  ["öo", 597],
  ["EÉ", 598],
  ["2", 605],
  ["5", 608],
  ["gpq", 609],
  ["8", 616],
  ["bd", 621],
  ["69", 624],
  ["0Z", 625],
  ["#", 631],
  ["P", 635],
  ["3", 636],
  ["$S", 638],
  ["R", 639],
  ["4TX", 642],
  ["B", 651],
  ["K", 652],
  ["+<=>−", 659],
  ["Y", 665],
  ["AVÅÄ", 676],
  ["D", 719],
  ["C", 727],
  ["H", 740],
  ["UÜ", 741],
  ["G", 743],
  ["N", 753],
  ["OQÖ", 761],
  ["w%", 812],
  ["m", 869],
  ["M", 889],
  ["@", 936],
  ["W", 949],
  ["—", 1000],
];

const BOLD: [string, number][] = [
  ["'", 209],
  [" ", 232],
  ["ijl", 272],
  ["I", 281],
  [".:", 298],
  [",;", 303],
  ["!", 325],
  ["|", 374],
  ["f", 386],
  ["t", 388],
  ["/", 390],
  ["\"", 392],
  ["()r", 409],
  ["-", 469],
  ["_", 477],
  ["1", 489],
  ["–", 500],
  ["s?", 562],
  ["*", 565],
  ["L", 567],
  ["J", 570],
  ["z", 572],
  ["x", 574],
  ["åäa", 580],
  ["k", 582],
  ["F", 585],
  ["vy", 586],
  ["c", 587],
  ["7", 595],
  ["ée", 598],
  ["EÉ", 613],
  ["öo", 614],
  ["nuü", 622],
  ["h", 624],
  ["2", 630],
  ["pq", 632],
  ["g", 633],
  ["bd", 635],
  ["5", 645],
  ["P", 648],
  ["#", 650],
  ["$S", 655],
  ["R", 656],
  ["3", 659],
  ["69", 660],
  ["8B", 661],
  ["Z", 667],
  ["T", 668],
  ["4", 678],
  ["+<=>−", 680],
  ["0", 688],
  ["K", 690],
  ["X", 714],
  ["Y", 724],
  ["D", 727],
  ["UÜ", 729],
  ["N", 735],
  ["H", 746],
  ["AVÅÄ", 748],
  ["C", 752],
  ["G", 761],
  ["OÖ", 782],
  ["Q", 783],
  ["w", 850],
  ["%", 859],
  ["m", 912],
  ["M", 915],
  ["—", 1000],
  ["@", 1031],
  ["W", 1036],
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
  for (const c of text) units += map.get(c) ?? (c === c.toUpperCase() && c !== c.toLowerCase() ? 740 : 600);
  return (units / 1000) * fontSize;
}

/**
 * Words into lines no wider than maxWidth; the last allowed line ends with "…" when text is left
 * over. A little slack is kept for a fallback font wider than Inter.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false, maxLines = Infinity): string[] {
  const limit = maxWidth * 0.94;
  const lines: string[] = [];
  let line = '';
  // Breaks at ordinary spaces only: a no-break space keeps "s. 43" and "1 000" on one line.
  for (const word of text.split(/[ \t\r\n]+/).filter(Boolean)) {
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
