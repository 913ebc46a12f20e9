// The report's two dates, the one source for every page: when Försäkringskassan published the
// annual report (the printed report's date), and when this web edition was last updated.
// Change `updated` whenever the site's content changes.
export const reportDates = {
  published: new Date('2026-02-12T12:00:00Z'),
  updated: new Date('2026-12-07T12:00:00Z'),
};
