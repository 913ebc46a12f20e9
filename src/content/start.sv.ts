// Swedish start page text: introduction, the year's headline figures and the five goals in the
// appropriation directions (regleringsbrevet) with the report's own assessment of each.

import type { StartText } from './types.ts';

export const startText: StartText = {
  intro: [
    'Försäkringskassans årsredovisning beskriver vad myndigheten gjorde under 2025, vad det kostade och hur väl målen nåddes. Den innehåller också räkenskaperna och styrelsens bedömning av den interna styrningen och kontrollen.',
    'Den här webbutgåvan gör rapporten lättare att använda. Varje tabell i rapporten går att läsa här, visa som diagram och ladda ner. Kapitlen har korta sammanfattningar i klarspråk. Den officiella versionen är årsredovisningen i pdf-format.',
  ],
  headline: [
    { label: 'Utbetalt från försäkringen', value: '262 114', unit: 'miljoner kronor', sourceLine: 563 },
    { label: 'Personer som fick barnbidrag', value: '1 762 703', unit: 'personer', sourceLine: 592 },
    { label: 'Personer som fick tillfällig föräldrapenning', value: '898 199', unit: 'personer', sourceLine: 606 },
    { label: 'Personer som fick föräldrapenning', value: '876 645', unit: 'personer', sourceLine: 596 },
    { label: 'Personer som fick sjukpenning', value: '613 111', unit: 'personer', sourceLine: 602 },
    { label: 'Personer som fick sjukersättning', value: '231 463', unit: 'personer', sourceLine: 600 },
    { label: 'Personer som fick bostadsbidrag', value: '166 490', unit: 'personer', sourceLine: 594 },
    { label: 'Personer som fick underhållsstöd', value: '137 913', unit: 'personer', sourceLine: 608 },
    { label: 'Personer som fick assistansersättning', value: '14 115', unit: 'personer', sourceLine: 590 },
    { label: 'Förvaltningskostnader', value: '11 520', unit: 'miljoner kronor', sourceLine: 918 },
    { label: 'Anställda vid årets slut', value: '13 927', unit: 'personer', sourceLine: 8383 },
    { label: 'Årsarbetskrafter', value: '11 554', unit: 'årsarbetskrafter', sourceLine: 8387 },
  ],
  goals: [
    {
      title: 'Kortare handläggningstider, färre pågående ärenden och god och stabil tillgänglighet i telefon.',
      assessment: 'delvis uppfyllt',
      chapter: 'aret-som-gatt',
      sourceLine: 1408,
    },
    {
      title: 'Bättre förutsättningar för att föräldrar delar lika på föräldrapenning och tillfällig föräldrapenning.',
      assessment: 'uppfyllt',
      chapter: 'mal-for-foraldraforsakringen',
      sourceLine: 2350,
    },
    {
      title: 'Assistansersättning med hög kvalitet, likvärdiga beslut och god kontroll mot fusk.',
      assessment: 'uppfyllt',
      chapter: 'mal-for-assistansersattningen',
      sourceLine: 3099,
    },
    {
      title: 'En sjukförsäkring som ger ekonomisk trygghet och effektivt stöd tillbaka till arbete.',
      assessment: 'i huvudsak uppfyllt',
      chapter: 'mal-for-sjukforsakringen',
      sourceLine: 4077,
    },
    {
      title: 'Färre felaktiga utbetalningar och mindre brottslighet mot välfärdssystemen.',
      assessment: 'delvis uppfyllt',
      chapter: 'mal-for-minskade-felaktiga-utbetalningar',
      sourceLine: 5829,
    },
  ],
};
