// Facts shared by the cookie, accessibility and about pages in both languages: when each text was
// last revised, when the site was last assessed, and where to reach the agency and the supervisor.
// The texts follow the site: their date is the site's one "senast uppdaterad" date (dates.ts).
import { reportDates } from './dates.ts';

export const legalDates = {
  cookies: reportDates.updated,
  accessibility: reportDates.updated,
  /** When the accessibility of the site was last tested (see the accessibility statement). */
  accessibilityAssessed: new Date('2026-11-23T12:00:00Z'),
  about: reportDates.updated,
};

export const contact = {
  agency: 'Försäkringskassan',
  /** The agency's customer service, which forwards comments on the website to the web editors. */
  // Non-breaking hyphen and spaces: a phone number must never wrap (html-validate tel-non-breaking).
  phone: '0771‑524 524',
  phoneHref: 'tel:+46771524524',
  phoneInternational: '+46 771 524 524',
  web: 'https://www.forsakringskassan.se/',
  postal: ['Försäkringskassan', '103 51 Stockholm'],
};

/** The supervisory authority's (DIGG's) form for reporting a lack of accessibility. */
export const diggReportUrl = 'https://www.digg.se/tdosanmalan';
