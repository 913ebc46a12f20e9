// Strings of the site search: the box in the header and the search page.
// Templates with {n} and {q} are filled in by the search script in the browser.

export const sv = {
  searchLabel: 'Sök',
  searchButton: 'Sök',
  searchTitle: 'Sök i årsredovisningen',
  searchDescription: 'Sök bland kapitel, tabeller, förmåner och nyckeltal i Försäkringskassans årsredovisning 2025.',
  searchHint: 'Skriv ett tabellnummer, en förmån eller ett ord, till exempel 18, sjukpenning eller handläggningstid.',
  searchNoScript: 'Sökningen behöver JavaScript. Utan det hittar du alla tabeller i listan nedan, ordnade efter kapitel.',
  searchLoading: 'Söker …',
  searchFailed: 'Sökningen kunde inte laddas. Alla tabeller finns i listan nedan.',
  searchResults: 'Sökresultat',
  searchOne: '1 träff för ”{q}”',
  searchMany: '{n} träffar för ”{q}”',
  searchNone: 'Inga träffar för ”{q}”. Pröva ett annat ord eller ett tabellnummer.',
  searchShowMore: 'Visa fler träffar',
  searchKindTable: 'Tabell',
  searchKindChapter: 'Kapitel',
  searchInChapter: 'I kapitlet',
  searchAllTables: 'Alla tabeller',
  searchAllTablesIntro: 'Varje tabell har en egen sida med diagram, tabell, källhänvisning och nedladdningar.',
};

export const en: typeof sv = {
  searchLabel: 'Search',
  searchButton: 'Search',
  searchTitle: 'Search the annual report',
  searchDescription: 'Search the chapters, tables, benefits and key figures of the Swedish Social Insurance Agency’s annual report 2025.',
  searchHint: 'Type a table number, a benefit or a word, for example 18, sickness benefit or processing time.',
  searchNoScript: 'Search needs JavaScript. Without it, every table is in the list below, by chapter.',
  searchLoading: 'Searching …',
  searchFailed: 'Search could not be loaded. Every table is in the list below.',
  searchResults: 'Search results',
  searchOne: '1 result for “{q}”',
  searchMany: '{n} results for “{q}”',
  searchNone: 'No results for “{q}”. Try another word or a table number.',
  searchShowMore: 'Show more results',
  searchKindTable: 'Table',
  searchKindChapter: 'Chapter',
  searchInChapter: 'In the chapter',
  searchAllTables: 'All tables',
  searchAllTablesIntro: 'Each table has its own page with charts, the table, a citation and downloads.',
};
