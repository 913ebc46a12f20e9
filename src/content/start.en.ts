// English start page text: introduction, the year's headline figures (values exactly as printed,
// shown in English number format) and the five goals in the appropriation directions
// (regleringsbrevet) with the report's own assessment of each.

import type { StartText } from './types.ts';

export const startText: StartText = {
  intro: [
    "The annual report of the Swedish Social Insurance Agency describes what the Agency did in 2025, what it cost and how well it met its goals. It also contains the accounts and the board's assessment of internal governance and control.",
    "The Agency administers most of Sweden's social insurance: benefits for families with children, for people who are ill or have a disability, and a number of other allowances. This web edition makes the report easier to use. Every table in the report can be read here in English, seen as charts and downloaded. Each chapter has a short summary in plain English. The official version is the annual report in PDF format, which is in Swedish.",
  ],
  headline: [
    { label: 'Paid out from the insurance', value: '262 114', unit: 'SEK million', sourceLine: 563 },
    { label: 'People who received child allowance', value: '1 762 703', unit: 'people', sourceLine: 592 },
    { label: 'People who received temporary parental benefit', value: '898 199', unit: 'people', sourceLine: 606 },
    { label: 'People who received parental benefit', value: '876 645', unit: 'people', sourceLine: 596 },
    { label: 'People who received sickness benefit', value: '613 111', unit: 'people', sourceLine: 602 },
    { label: 'People who received sickness compensation', value: '231 463', unit: 'people', sourceLine: 600 },
    { label: 'People who received housing allowance', value: '166 490', unit: 'people', sourceLine: 594 },
    { label: 'People who received maintenance support', value: '137 913', unit: 'people', sourceLine: 608 },
    { label: 'People who received assistance allowance', value: '14 115', unit: 'people', sourceLine: 590 },
    { label: 'Administrative costs', value: '11 520', unit: 'SEK million', sourceLine: 918 },
    { label: 'Employees at the end of the year', value: '13 927', unit: 'people', sourceLine: 8383 },
    { label: 'Full-time equivalents', value: '11 554', unit: 'full-time equivalents', sourceLine: 8387 },
  ],
  goals: [
    {
      title: 'Shorter processing times, fewer pending cases and good, stable accessibility by telephone.',
      assessment: 'delvis uppfyllt',
      chapter: 'aret-som-gatt',
      sourceLine: 1408,
    },
    {
      title: 'Better conditions for parents to share parental benefit and temporary parental benefit equally.',
      assessment: 'uppfyllt',
      chapter: 'mal-for-foraldraforsakringen',
      sourceLine: 2350,
    },
    {
      title: 'Assistance allowance of high quality, with equal decisions and good control against fraud.',
      assessment: 'uppfyllt',
      chapter: 'mal-for-assistansersattningen',
      sourceLine: 3099,
    },
    {
      title: 'A sickness insurance that gives financial security and effective support back to work.',
      assessment: 'i huvudsak uppfyllt',
      chapter: 'mal-for-sjukforsakringen',
      sourceLine: 4077,
    },
    {
      title: 'Fewer incorrect payments and less crime against the welfare systems.',
      assessment: 'delvis uppfyllt',
      chapter: 'mal-for-minskade-felaktiga-utbetalningar',
      sourceLine: 5829,
    },
  ],
};
