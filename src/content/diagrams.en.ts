// English diagram texts: what each diagram shows, in our own words, and the figures the report's
// prose states about it (values exactly as printed; the page formats them in English).
// The diagrams' data points are not in the report text.

import type { DiagramText } from './types.ts';

/** The diagram titles in English, by id (the Swedish titles are in data/2025/diagrams.json). */
export const diagramTitles: Record<string, string> = {
  'diagram-001': 'Share of parental benefit days taken by men and women',
  'diagram-002': 'Share of temporary parental benefit days taken by men and women',
  'diagram-003': 'The ill-health rate',
  'diagram-004': 'The ill-health rate for women and men',
  'diagram-005': 'The sickness benefit rate 2.0 for women and men',
  'diagram-006': 'New awards of sickness compensation per 1,000 insured people (aged 30–65)',
  'diagram-007': 'New awards of activity and sickness compensation per 1,000 insured people aged 19–29',
};

export const diagramTexts: Record<string, DiagramText> = {
  'diagram-001': {
    summary:
      "The figure shows how the days of parental benefit are split between men and women over time. Men's share has stayed at around 30 per cent since 2018.",
    figures: [
      { label: "Men's share of parental benefit days in 2025", value: '30,6', unit: 'per cent', sourceLine: 2385 },
      { label: 'Decrease compared with 2024', value: '0,2', unit: 'percentage points', sourceLine: 2386 },
    ],
  },
  'diagram-002': {
    summary:
      "The figure shows how the days of temporary parental benefit for caring for a sick child are split between men and women. Men's share peaked in 2020 and has fallen since.",
    figures: [
      { label: "Men's share in 2025", value: '37,4', unit: 'per cent', sourceLine: 2397 },
      { label: "Men's share in 2024", value: '38,0', unit: 'per cent', sourceLine: 2398 },
      { label: "Men's share in the peak year 2020", value: '40', unit: 'per cent', sourceLine: 2396 },
      { label: "Men's share of all temporary parental benefit in 2025", value: '43,8', unit: 'per cent', sourceLine: 2401 },
    ],
  },
  'diagram-003': {
    summary:
      'The figure shows the ill-health rate: the number of days compensated by the sickness insurance per insured person aged 16–64. After rising for two years, the rate fell again in 2025.',
    figures: [
      { label: 'The ill-health rate in 2025', value: '22,0', unit: 'days per insured person', sourceLine: 4209 },
      { label: 'The ill-health rate in 2024', value: '22,6', unit: 'days per insured person', sourceLine: 4208 },
    ],
  },
  'diagram-004': {
    summary:
      'The figure shows the ill-health rate for women and men separately. The rate for women is clearly higher, and the gap is widest in the part that comes from sickness benefit.',
    figures: [
      { label: 'The ill-health rate for women', value: '26,5', unit: 'days per insured person', sourceLine: 4228 },
      { label: 'The ill-health rate for men', value: '17,7', unit: 'days per insured person', sourceLine: 4228 },
      { label: 'How much higher the rate for women is', value: '50', unit: 'per cent', sourceLine: 4228 },
      { label: 'Sickness benefit part, women', value: '13,1', unit: 'days per insured person', sourceLine: 4236 },
      { label: 'Sickness benefit part, men', value: '6,8', unit: 'days per insured person', sourceLine: 4237 },
    ],
  },
  'diagram-005': {
    summary:
      'The figure shows the sickness benefit rate 2.0 for women and men. The measure relates compensated sickness benefit days to the people who work or are looking for work. In total, the rate was unchanged in October 2025 compared with a year earlier.',
    figures: [
      { label: 'The sickness benefit rate 2.0, October 2025', value: '12,5', unit: 'days per insured person', sourceLine: 4264 },
      { label: 'Women, October 2025', value: '16,5', unit: 'days per insured person', sourceLine: 4265 },
      { label: 'Women, October 2024', value: '16,4', unit: 'days per insured person', sourceLine: 4266 },
      { label: 'Men, October 2025', value: '8,7', unit: 'days per insured person', sourceLine: 4267 },
      { label: 'Men, October 2024', value: '8,9', unit: 'days per insured person', sourceLine: 4268 },
    ],
  },
  'diagram-006': {
    summary:
      'The figure shows how many people per 1,000 insured aged 30–65 are newly awarded sickness compensation. New awards fell in 2025 and remain higher for women than for men.',
    figures: [
      { label: 'New awards of sickness compensation in 2025', value: '9 900', unit: 'people', sourceLine: 4497 },
      { label: 'New awards per 1,000 insured people in 2025', value: '2,2', unit: 'per 1,000 insured people', sourceLine: 4499 },
      { label: 'New awards per 1,000 insured people in 2024', value: '2,4', unit: 'per 1,000 insured people', sourceLine: 4500 },
      { label: 'Women, 2025', value: '2,4', unit: 'per 1,000 insured people', sourceLine: 4503 },
      { label: 'Men, 2025', value: '1,9', unit: 'per 1,000 insured people', sourceLine: 4503 },
    ],
  },
  'diagram-007': {
    summary:
      'The figure shows how many people per 1,000 insured aged 19–29 are newly awarded activity or sickness compensation. The level has risen since 2019 and went up again in 2024 and 2025.',
    figures: [
      { label: 'New awards of activity compensation in 2025', value: '9 300', unit: 'people', sourceLine: 4650 },
      { label: 'New awards per 1,000 insured people, December 2025', value: '7,6', unit: 'per 1,000 insured people', sourceLine: 4670 },
      { label: 'New awards per 1,000 insured people, December 2024', value: '7,3', unit: 'per 1,000 insured people', sourceLine: 4670 },
      { label: 'Women, December 2025', value: '8,0', unit: 'per 1,000 insured people', sourceLine: 4672 },
      { label: 'Men, December 2025', value: '7,2', unit: 'per 1,000 insured people', sourceLine: 4672 },
    ],
  },
};
