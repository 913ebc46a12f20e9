// Facts shared by the cookie, accessibility and about pages in both languages: when each text was
// last revised, when the site was last assessed, and where to reach the agency and the supervisor.
// Change a date here when the page's content changes.

export const legalDates = {
  cookies: new Date('2026-11-23T12:00:00Z'),
  accessibility: new Date('2026-11-23T12:00:00Z'),
  /** When the accessibility of the site was last tested (see the accessibility statement). */
  accessibilityAssessed: new Date('2026-11-23T12:00:00Z'),
  about: new Date('2026-11-23T12:00:00Z'),
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
