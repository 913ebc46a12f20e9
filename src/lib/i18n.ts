// Every user-facing string of the site's interface, per language. Components take their
// words from here, so the English edition adds a dictionary and touches no component.
import type { Lang } from './format.ts';

const sv = {
  siteName: 'Försäkringskassans årsredovisning 2025',
  siteShortName: 'Årsredovisning 2025',
  agency: 'Försäkringskassan',
  skipToContent: 'Hoppa till innehållet',
  home: 'Start',
  chapters: 'Kapitel',
  contents: 'Innehåll på sidan',
  breadcrumb: 'Du är här',
  previousChapter: 'Föregående kapitel',
  nextChapter: 'Nästa kapitel',
  keyFigures: 'Nyckeltal',
  summary: 'Sammanfattning',
  table: 'Tabell',
  diagram: 'Diagram',
  page: 's.',
  sourcePrefix: 'Källa: Försäkringskassans årsredovisning 2025',
  unit: 'Enhet',
  footnotes: 'Fotnoter',
  copyLink: 'Länk till',
  copyLinkHint: 'Kopiera länken för att hänvisa till just den här tabellen.',
  noValue: 'uppgift saknas',
  noValueExplained: '– betyder att uppgift saknas eller inte är tillämplig.',
  scrollHint: 'Tabellen är bred: rulla i sidled för att se alla kolumner.',
  chartsFor: 'Diagram för',
  chartNote: 'Diagrammen visar utvecklingen per rad med egen skala. Siffrorna finns i tabellen.',
  diagramNoData: 'Diagrammets datapunkter finns inte i rapportens text. Här visas de uppgifter som rapporten anger om diagrammet.',
  noTables: 'Kapitlet har inga tabeller.',
  tablesInChapter: 'Tabeller och diagram i kapitlet',
  seriesKvinnor: 'Kvinnor',
  seriesMän: 'Män',
  seriesTotalt: 'Totalt',
  increased: 'ökade från',
  decreased: 'minskade från',
  unchanged: 'var oförändrat',
  to: 'till',
  inYear: 'år',
  and: 'och',
  goals: 'Mål i regleringsbrevet och vår bedömning',
  goalAssessment: 'Bedömning',
  headline: 'Året i siffror',
  chapterList: 'Rapportens kapitel',
  tablesCount: (n: number) => (n === 1 ? '1 tabell' : `${n} tabeller`),
  diagramsCount: (n: number) => (n === 1 ? '1 diagram' : `${n} diagram`),
  pagesRange: (a: number, b: number) => (a === b ? `s. ${a}` : `s. ${a}–${b}`),
  footer: 'Webbutgåva av Försäkringskassans årsredovisning 2025. Den tryckta årsredovisningen (PDF) är den officiella versionen.',
  reportedInconsistency: 'Granskningen av tabellen visar att rapportens egna siffror inte går ihop här:',
  notFoundTitle: 'Sidan finns inte',
  notFoundText: 'Sidan du söker finns inte, eller så har den flyttats.',
  notFoundBack: 'Gå till startsidan',
  printedPage: 'Tryckt sida',
  printedValue: 'tryckt',
  computedValue: 'beräknat',
};

export type Strings = typeof sv;

const dictionaries: Record<Lang, Strings> = { sv, en: sv };

export function strings(lang: Lang): Strings {
  return dictionaries[lang];
}
