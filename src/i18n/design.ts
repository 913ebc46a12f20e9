// Interface strings of the header menu, the dates, the official PDF link, the table jump links
// and the print line (issue 13), per language.
export const sv = {
  menu: 'Meny',
  menuNav: 'Rapportens innehåll',
  menuChapters: 'Kapitel',
  published: 'Publicerad',
  updated: 'Senast uppdaterad',
  officialPdf: 'Årsredovisningen som PDF (officiell version)',
  toTable: 'Till tabellen',
  toCharts: 'Till diagrammen',
  onThisPage: 'På sidan',
  keyFigureSource: 'Källa:',
  printedFrom: 'Utskrift av',
};

export const en: typeof sv = {
  menu: 'Menu',
  menuNav: "The report's contents",
  menuChapters: 'Chapters',
  published: 'Published',
  updated: 'Last updated',
  officialPdf: 'The annual report as PDF (official version, in Swedish)',
  toTable: 'To the table',
  toCharts: 'To the charts',
  onThisPage: 'On this page',
  keyFigureSource: 'Source:',
  printedFrom: 'Printed from',
};
