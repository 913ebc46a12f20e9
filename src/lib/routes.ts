// The site's fixed pages per language, for the footer and the language switch.
// A page is listed here once it exists, so no footer link can point nowhere.
import type { Lang } from './format.ts';

export interface FooterLink {
  key: string;
  sv: { href: string; text: string };
  en: { href: string; text: string };
}

export const footerLinks: FooterLink[] = [];

export function homePath(lang: Lang): string {
  return lang === 'en' ? '/en/' : '/';
}
