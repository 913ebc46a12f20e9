// Number and date formatting by the reader's language, with the platform's Intl (ICU) data:
// Swedish "12 345,6" (non-breaking space, decimal comma, "−" minus), English "12,345.6".
import type { Cell } from '../../scripts/schema.ts';

export type Lang = 'sv' | 'en';

const LOCALES: Record<Lang, string> = { sv: 'sv-SE', en: 'en-GB' };

/** Shown where the report prints no value. */
export const MISSING = '–';

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, decimals: number): Intl.NumberFormat {
  const key = `${lang}:${decimals}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    cache.set(key, f);
  }
  return f;
}

/** A number with exactly the given decimals: formatNumber(12345.6, 1) → "12 345,6". */
export function formatNumber(value: number, decimals = 0, lang: Lang = 'sv'): string {
  return numberFormat(lang, decimals).format(value);
}

/** A table cell as printed: its own decimals kept, "–" for no value, words as they are. */
export function formatCell(cell: Cell, lang: Lang = 'sv'): string {
  if (cell === null) return MISSING;
  if ('text' in cell) return cell.text;
  return formatNumber(cell.value, cell.decimals, lang);
}

/** Axis ticks: whole numbers grouped, fractions with the decimals they need. */
export function formatTick(value: number, lang: Lang = 'sv'): string {
  const decimals = Number.isInteger(value) ? 0 : Math.min(2, String(value).split('.')[1]?.length ?? 0);
  return formatNumber(value, decimals, lang);
}

/** A date as "12 februari 2026" / "12 February 2026". */
export function formatDate(date: Date, lang: Lang = 'sv'): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: 'Europe/Stockholm' }).format(date);
}

/** Bytes for a download link: "12,3 kB". */
export function formatBytes(bytes: number, lang: Lang = 'sv'): string {
  if (bytes < 1000) return `${formatNumber(bytes, 0, lang)} B`;
  if (bytes < 1_000_000) return `${formatNumber(bytes / 1000, 1, lang)} kB`;
  return `${formatNumber(bytes / 1_000_000, 1, lang)} MB`;
}
