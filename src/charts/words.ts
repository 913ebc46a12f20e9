// The words of the generated chart sentences and chart titles, per language. Kept beside the
// chart code (not in src/i18n/ui.ts) because they are grammar as much as vocabulary.
import type { Lang } from '../lib/format.ts';
import { unitInEnglish } from '../lib/downloads/units.ts';


// Which marks are which year, under an overview's legend: the first year's are small dots (and a
// tick on a total drawn as a bar), the latest year's the series' symbols (and the bar).
const svKey = (first: string, last: string, bar: boolean) => (bar ? `Liten prick och streck: ${first}. Symbol och stapel: ${last}.` : `Liten prick: ${first}. Symbol: ${last}.`);
const enKey = (first: string, last: string, bar: boolean) => (bar ? `Small dot and tick: ${first}. Symbol and bar: ${last}.` : `Small dot: ${first}. Symbol: ${last}.`);

export const words = {
  sv: {
    increased: 'ökade',
    decreased: 'minskade',
    from: 'från',
    to: 'till',
    inYear: 'år',
    thenStep: (verb: string, value: string, year: string) => `${verb} sedan till ${value} år ${year}`,
    and: 'och',
    unchanged: 'var oförändrat',
    stayed: 'låg sedan kvar på',
    gap: (year: string, diff: string, higher: 'kvinnor' | 'män' | null) =>
      higher === null ? `År ${year} var värdet lika för kvinnor och män.` : `År ${year} var värdet ${diff} högre för ${higher === 'kvinnor' ? 'kvinnor' : 'män'} än för ${higher === 'kvinnor' ? 'män' : 'kvinnor'}.`,
    tiny: 'Små tal jämfört med tabellens övriga rader.',
    /** A difference between two percentages. */
    points: (n: string) => `${n} procentenheter`,
    quiet: (title: string, reason: 'zero' | 'missing', a: string, b: string) =>
      reason === 'zero' ? `${title}: värdet var 0 alla år ${a}–${b}, därför inget diagram.` : `${title}: inga värden redovisas ${a}–${b}, därför inget diagram.`,
    part: 'del',
    overviewTitle: (first: string, last: string, measure: string | null) => `Översikt: alla rader ${last}, jämfört med ${first}${measure ? ` (${measure})` : ''}`,
    overviewIntro: (n: number, first: string, last: string) => `${n} rader på samma skala, värdet ${last} jämfört med ${first}.`,
    overviewLargest: (title: string, value: string, year: string) => `Störst år ${year}: ${title} (${value}).`,
    overviewSmallest: (title: string, value: string) => `Minst: ${title} (${value}).`,
    overviewGap: (title: string, diff: string) => `Störst skillnad mellan kvinnor och män: ${title} (${diff}).`,
    overviewChange: (title: string, verb: string, a: string, b: string) => `Störst förändring: ${title}, som ${verb} från ${a} till ${b}.`,
    mixedNote: (first: string, last: string, bar: boolean) => [svKey(first, last, bar), `Siffror till höger: ${last}. Varje enhet har sin egen skala.`],
    overviewKey: svKey,
    mixedIntro: (n: number, first: string, last: string) => `${n} rader i olika enheter, varje enhet på sin egen skala; värdet ${last} jämfört med ${first}.`,
    mixedRow: (heading: string, year: string, values: string[]) => `${heading}, år ${year}: ${values.length > 1 ? `${values.slice(0, -1).join(', ')} och ${values.at(-1)}` : values[0]}.`,
    mixedChange: (dir: number, from: string, year: string | null) => (dir === 0 ? `oförändrat sedan ${year ?? 'dess'}` : `${dir > 0 ? 'upp' : 'ned'} från ${from}${year ? ` år ${year}` : ''}`),
    unit: (u: string) => u,
    // True of both kinds of overview (ChartFigures.astro shows it under either): rows in one unit share a scale.
    overviewNote: 'Översikten visar alla rader, på samma skala där de har samma enhet; diagrammen per rad har var sin skala. Siffrorna finns i tabellen.',
    tooltipHint: 'Peka på eller fokusera ett diagram och använd piltangenterna för att läsa värdena.',
  },
  en: {
    increased: 'increased',
    decreased: 'decreased',
    from: 'from',
    to: 'to',
    inYear: 'in',
    thenStep: (verb: string, value: string, year: string) => `then ${verb} to ${value} in ${year}`,
    and: 'and',
    unchanged: 'unchanged at',
    stayed: 'then stayed at',
    gap: (year: string, diff: string, higher: 'kvinnor' | 'män' | null) =>
      higher === null ? `In ${year} the value was the same for women and men.` : `In ${year} the value was ${diff} higher for ${higher === 'kvinnor' ? 'women' : 'men'} than for ${higher === 'kvinnor' ? 'men' : 'women'}.`,
    tiny: "Small numbers compared with the table's other rows.",
    points: (n: string) => `${n} percentage points`,
    quiet: (title: string, reason: 'zero' | 'missing', a: string, b: string) =>
      reason === 'zero' ? `${title}: the value was 0 in every year ${a}–${b}, so no chart.` : `${title}: no values reported ${a}–${b}, so no chart.`,
    part: 'part',
    overviewTitle: (first: string, last: string, measure: string | null) => `Overview: every row in ${last}, compared with ${first}${measure ? ` (${measure})` : ''}`,
    overviewIntro: (n: number, first: string, last: string) => `${n} rows on one scale, the value in ${last} compared with ${first}.`,
    overviewLargest: (title: string, value: string, year: string) => `Largest in ${year}: ${title} (${value}).`,
    overviewSmallest: (title: string, value: string) => `Smallest: ${title} (${value}).`,
    overviewGap: (title: string, diff: string) => `Widest gap between women and men: ${title} (${diff}).`,
    overviewChange: (title: string, verb: string, a: string, b: string) => `Largest change: ${title}, which ${verb} from ${a} to ${b}.`,
    mixedNote: (first: string, last: string, bar: boolean) => [enKey(first, last, bar), `Figures on the right: ${last}. Each unit has its own scale.`],
    overviewKey: enKey,
    mixedIntro: (n: number, first: string, last: string) => `${n} rows in different units, each unit on its own scale; the value in ${last} compared with ${first}.`,
    mixedRow: (heading: string, year: string, values: string[]) => `${heading}, in ${year}: ${values.length > 1 ? `${values.slice(0, -1).join(', ')} and ${values.at(-1)}` : values[0]}.`,
    mixedChange: (dir: number, from: string, year: string | null) => (dir === 0 ? `unchanged since ${year ?? 'then'}` : `${dir > 0 ? 'up' : 'down'} from ${from}${year ? ` in ${year}` : ''}`),
    unit: unitInEnglish,
    overviewNote: 'The overview shows every row, on one scale where they share a unit; the charts per row each have their own scale. The figures are in the table.',
    tooltipHint: 'Point at or focus a chart and use the arrow keys to read its values.',
  },
} as const;

export function chartWords(lang: Lang) {
  return words[lang];
}
