// The site's fixed pages per language, for the footer and the language switch.
// A page is listed here once it exists, so no footer link can point nowhere.
import * as downloads from '../i18n/downloads.ts';
import { aboutPath, dataPath } from './downloads/paths.ts';
import type { Lang } from './format.ts';
import { analytics } from './analytics.ts';
import * as consent from '../i18n/consent.ts';
import * as ui from '../i18n/ui.ts';
import { tableIndexPath } from './table-pages.ts';

export interface FooterLink {
  key: string;
  sv: { href: string; text: string };
  en: { href: string; text: string };
}

/** The cookie page's settings section; with analytics on, the footer link there reopens the choice. */
export const cookieSettingsPath: Record<Lang, string> = { sv: '/kakor/#installningar', en: '/en/cookies/#settings' };

export const footerLinks: FooterLink[] = [
  // The list of every table and diagram, the data downloads and how the statistics were checked (issue 4).
  { key: 'tables', sv: { href: tableIndexPath('sv'), text: ui.sv.tableIndexTitle }, en: { href: tableIndexPath('en'), text: ui.en.tableIndexTitle } },
  { key: 'data', sv: { href: dataPath(2025, 'sv'), text: downloads.sv.dataTitle }, en: { href: dataPath(2025, 'en'), text: downloads.en.dataTitle } },
  { key: 'about-statistics', sv: { href: aboutPath(2025, 'sv'), text: downloads.sv.aboutTitle }, en: { href: aboutPath(2025, 'en'), text: downloads.en.aboutTitle } },
  // The legally required pages (issue 5), and the cookie settings only when there is a choice to make.
  { key: 'cookies', sv: { href: '/kakor/', text: consent.sv.cookiesPage }, en: { href: '/en/cookies/', text: consent.en.cookiesPage } },
  ...(analytics
    ? [{ key: 'cookie-settings', sv: { href: cookieSettingsPath.sv, text: consent.sv.cookieSettings }, en: { href: cookieSettingsPath.en, text: consent.en.cookieSettings } }]
    : []),
  { key: 'accessibility', sv: { href: '/tillganglighet/', text: consent.sv.accessibilityPage }, en: { href: '/en/accessibility/', text: consent.en.accessibilityPage } },
  { key: 'about', sv: { href: '/om-webbplatsen/', text: consent.sv.aboutPage }, en: { href: '/en/about/', text: consent.en.aboutPage } },
];

export function homePath(lang: Lang): string {
  return lang === 'en' ? '/en/' : '/';
}
