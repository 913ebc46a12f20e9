// Swedish diagram texts: what each diagram shows, in our own words, and the figures the report's
// prose states about it. The diagrams' data points are not in the report text.

import type { DiagramText } from './types.ts';

export const diagramTexts: Record<string, DiagramText> = {
  'diagram-001': {
    summary:
      'Diagrammet visar hur dagarna med föräldrapenning fördelas mellan män och kvinnor över tid. Männens andel har legat runt 30 procent sedan 2018.',
    figures: [
      { label: 'Männens andel av föräldrapenningdagarna 2025', value: '30,6', unit: 'procent', sourceLine: 2385 },
      { label: 'Minskning jämfört med 2024', value: '0,2', unit: 'procentenheter', sourceLine: 2386 },
    ],
  },
  'diagram-002': {
    summary:
      'Diagrammet visar hur dagarna med tillfällig föräldrapenning för vård av sjukt barn fördelas mellan män och kvinnor. Männens andel nådde en topp 2020 och har sedan minskat.',
    figures: [
      { label: 'Männens andel 2025', value: '37,4', unit: 'procent', sourceLine: 2397 },
      { label: 'Männens andel 2024', value: '38,0', unit: 'procent', sourceLine: 2398 },
      { label: 'Männens andel under toppåret 2020', value: '40', unit: 'procent', sourceLine: 2396 },
      { label: 'Männens andel av all tillfällig föräldrapenning 2025', value: '43,8', unit: 'procent', sourceLine: 2401 },
    ],
  },
  'diagram-003': {
    summary:
      'Diagrammet visar ohälsotalet, det vill säga antalet ersatta dagar i sjukförsäkringen per försäkrad 16–64 år. Efter två år av ökning sjönk talet igen 2025.',
    figures: [
      { label: 'Ohälsotalet 2025', value: '22,0', unit: 'dagar per försäkrad', sourceLine: 4209 },
      { label: 'Ohälsotalet 2024', value: '22,6', unit: 'dagar per försäkrad', sourceLine: 4208 },
    ],
  },
  'diagram-004': {
    summary:
      'Diagrammet visar ohälsotalet för kvinnor och män var för sig. Kvinnornas tal är klart högre, och skillnaden är störst i sjukpenningdelen.',
    figures: [
      { label: 'Ohälsotalet för kvinnor', value: '26,5', unit: 'dagar per försäkrad', sourceLine: 4228 },
      { label: 'Ohälsotalet för män', value: '17,7', unit: 'dagar per försäkrad', sourceLine: 4228 },
      { label: 'Hur mycket högre kvinnornas tal är', value: '50', unit: 'procent', sourceLine: 4228 },
      { label: 'Sjukpenningdelen för kvinnor', value: '13,1', unit: 'dagar per försäkrad', sourceLine: 4236 },
      { label: 'Sjukpenningdelen för män', value: '6,8', unit: 'dagar per försäkrad', sourceLine: 4237 },
    ],
  },
  'diagram-005': {
    summary:
      'Diagrammet visar sjukpenningtalet 2.0 för kvinnor och män. Måttet relaterar ersatta sjukpenningdagar till dem som arbetar eller söker arbete. Totalt var talet oförändrat i oktober 2025 jämfört med ett år tidigare.',
    figures: [
      { label: 'Sjukpenningtalet 2.0, oktober 2025', value: '12,5', unit: 'dagar per försäkrad', sourceLine: 4264 },
      { label: 'Kvinnor, oktober 2025', value: '16,5', unit: 'dagar per försäkrad', sourceLine: 4265 },
      { label: 'Kvinnor, oktober 2024', value: '16,4', unit: 'dagar per försäkrad', sourceLine: 4266 },
      { label: 'Män, oktober 2025', value: '8,7', unit: 'dagar per försäkrad', sourceLine: 4267 },
      { label: 'Män, oktober 2024', value: '8,9', unit: 'dagar per försäkrad', sourceLine: 4268 },
    ],
  },
  'diagram-006': {
    summary:
      'Diagrammet visar hur många per 1 000 försäkrade i åldern 30–65 år som nybeviljas sjukersättning. Nybeviljandet minskade 2025 och är fortsatt högre för kvinnor än för män.',
    figures: [
      { label: 'Nybeviljade sjukersättningar 2025', value: '9 900', unit: 'personer', sourceLine: 4497 },
      { label: 'Nybeviljade per 1 000 försäkrade 2025', value: '2,2', unit: 'per 1 000 försäkrade', sourceLine: 4499 },
      { label: 'Nybeviljade per 1 000 försäkrade 2024', value: '2,4', unit: 'per 1 000 försäkrade', sourceLine: 4500 },
      { label: 'Kvinnor 2025', value: '2,4', unit: 'per 1 000 försäkrade', sourceLine: 4503 },
      { label: 'Män 2025', value: '1,9', unit: 'per 1 000 försäkrade', sourceLine: 4503 },
    ],
  },
  'diagram-007': {
    summary:
      'Diagrammet visar hur många per 1 000 försäkrade i åldern 19–29 år som nybeviljas aktivitets- eller sjukersättning. Nivån har ökat sedan 2019 och steg igen 2024 och 2025.',
    figures: [
      { label: 'Nybeviljade aktivitetsersättningar 2025', value: '9 300', unit: 'personer', sourceLine: 4650 },
      { label: 'Nybeviljade per 1 000 försäkrade, december 2025', value: '7,6', unit: 'per 1 000 försäkrade', sourceLine: 4670 },
      { label: 'Nybeviljade per 1 000 försäkrade, december 2024', value: '7,3', unit: 'per 1 000 försäkrade', sourceLine: 4670 },
      { label: 'Kvinnor, december 2025', value: '8,0', unit: 'per 1 000 försäkrade', sourceLine: 4672 },
      { label: 'Män, december 2025', value: '7,2', unit: 'per 1 000 försäkrade', sourceLine: 4672 },
    ],
  },
};
