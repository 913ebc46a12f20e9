// The site's fixed pages per language, for the footer and the language switch.
// A page is listed here once it exists, so no footer link can point nowhere.
import * as downloads from '../i18n/downloads.ts';
import { aboutPath, dataPath } from './downloads/paths.ts';
import type { Lang } from './format.ts';

export interface FooterLink {
  key: string;
  sv: { href: string; text: string };
  en: { href: string; text: string };
}

export const footerLinks: FooterLink[] = [
  { key: 'data', sv: { href: dataPath(2025, 'sv'), text: downloads.sv.dataTitle }, en: { href: dataPath(2025, 'en'), text: downloads.en.dataTitle } },
  { key: 'about-statistics', sv: { href: aboutPath(2025, 'sv'), text: downloads.sv.aboutTitle }, en: { href: aboutPath(2025, 'en'), text: downloads.en.aboutTitle } },
];

export function homePath(lang: Lang): string {
  return lang === 'en' ? '/en/' : '/';
}
