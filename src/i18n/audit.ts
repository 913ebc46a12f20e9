// Strings of the consistency audit: what a printed "–" means in a table, and the classes of the
// findings on the statistics page. Swedish and English side by side.
import type { FindingClass } from '../../scripts/schema.ts';

const sv = {
  dashMissing: '– betyder att uppgift saknas (inte noll).',
  dashZero: '– betyder noll i den här tabellen, som i rapportens finansiella redovisning: beloppet är 0.',
  dashZeroBlank: (columns: string) => `– betyder noll i den här tabellen, som i rapportens finansiella redovisning: beloppet är 0. I kolumnen ${columns} betyder – att inget belopp anges.`,
  dashNotApplicable: '– betyder att uppgiften inte är tillämplig.',
  suppliedLabel: (label: string) => `Rubriken ”${label}” står inte i årsredovisningen, där de raderna bara har sina belopp: den är tillagd på webbplatsen.`,
  suppliedNumbers: (first: string, last: string) => `Radnumren ${first}–${last} står inte i årsredovisningen: de är tillagda på webbplatsen.`,
  spokenZero: 'noll',
  spokenNotApplicable: 'inte tillämpligt',
  classNames: { avrundning: 'Avrundning', förklarad: 'Förklarad av en fotnot', 'fel i rapporten': 'Fel i rapporten' } as Record<FindingClass, string>,
  /** Under a count ("185 fel i rapporten"). */
  classCounts: { avrundning: 'avrundning', förklarad: 'förklarad av en fotnot', 'fel i rapporten': 'fel i rapporten' } as Record<FindingClass, string>,
  classTexts: {
    'fel i rapporten': 'Omöjliga eller oförklarade värden: en total som är lägre än sina delar, en total av en andel eller ett genomsnitt som ligger utanför kvinnors och mäns värden, två tabeller som trycker olika värden för samma uppgift, en del som är större än helheten, eller en skillnad som varken avrundning eller en fotnot förklarar. Bara de här visas vid tabellerna.',
    förklarad: 'En fotnot säger att totalen rymmer mer än delarna (okänt kön, organisationer, poster som inte visas), och totalen är också större. Sådana totaler kontrolleras bara åt ena hållet: de får vara större än delarna, aldrig mindre. För en andel eller ett genomsnitt får totalen då också ligga utanför kvinnors och mäns värden.',
    avrundning: 'Skillnaden ryms inom vad avrundning av de tryckta talen kan ge. Gränsen är en halv enhet i sista tryckta decimalen för varje del och för totalen: n delar med d decimaler och en total ger högst (n + 1) · 0,5 · 10^−d, till exempel 1,5 för två heltal och deras summa, så en skillnad på 1 är avrundning.',
  } as Record<FindingClass, string>,
  aboutClasses: 'Så klassas avvikelserna',
  aboutClassesText: 'Varje kontroll som inte går ihop exakt, och varje fotnotsförklarad skillnad, får en av tre klasser. Regeln prövas först på avrundning, sedan på fotnot; det som återstår är fel i rapporten.',
  aboutRounding: 'Belopp i miljoner eller tusental kronor kontrolleras med avrundning: kontrollen godkänns när det tryckta resultatet kan komma från oavrundade värden. Antal kontrolleras exakt, och en skillnad som ändå ryms inom avrundningsgränsen redovisas som avrundning.',
  aboutSuppressed: 'En uppgift som inte redovisas (”*”, färre än fyra personer) räknas som okänd: minst 0 och, där det gäller antal personer, högst 3. En summa med en sådan del får alltså vara större än de redovisade delarna, men bara så mycket som den dolda uppgiften kan vara.',
  aboutFailures: 'En kontroll som inte går ihop är antingen ett fel i uttaget, som rättas, eller en avvikelse i den tryckta rapporten, som skrivs ner med en förklaring. Webbplatsen byggs inte om en kontroll misslyckas utan förklaring, och ett ändrat tal i en tabell som ingår i en kontroll stoppar bygget med fil, rad och kolumn.',
  aboutRelations: 'Samband mellan tabeller',
  aboutRelationsText: (n: string, cells: string) => `Rapporten trycker flera tabeller två gånger, till exempel kapitlens tabeller igen i Gemensamma nyckeltal och nyckeltal per förmån, och vissa tabeller är delar av andra. ${n} sådana samband är registrerade och ${cells} cellpar jämförs: samma uppgift ska ha samma värde, och en del får inte vara större än helheten.`,
  relationSame: (other: string) => `samma uppgift som ${other}`,
  relationSubset: (other: string) => `en del av ${other}`,
  countFindings: (n: number) => `${n} st.`,
  explainedBy: (marker: string, text: string) => `Totalen är större än delarna, vilket fotnot ${marker} förklarar: ”${text}”`,
  /** A share's or an average's total outside women's and men's values (sexRange). */
  explainedOutside: (marker: string, text: string) => `Totalen ligger utanför kvinnors och mäns värden, vilket fotnot ${marker} förklarar: ”${text}”`,
  checkNames: { same: 'Samma uppgift i två tabeller', subset: 'Del av en annan tabell', relation: 'Samband mellan tabeller' } as Record<string, string>,
  checkTexts: { relation: 'Samma uppgift i två tabeller ska ha samma värde; en tabell som är en del av en annan får inte ha större värden.' } as Record<string, string>,
  colClass: 'Klass',
  colPlace: 'Rad och kolumn',
  findingsCaption: (cls: string, table: string) => `${cls}: ${table}`,
  colExplanation: 'Förklaring',
};

const en: typeof sv = {
  dashMissing: '– means the figure is not available (not zero).',
  dashZero: '– means zero in this table, as in the report’s financial statements: the amount is 0.',
  dashZeroBlank: (columns: string) => `– means zero in this table, as in the report’s financial statements: the amount is 0. In the column ${columns}, – means no amount is given.`,
  dashNotApplicable: '– means the figure does not apply.',
  suppliedLabel: (label: string) => `The label “${label}” is not in the printed report, where those rows have their amounts only: it was added on this website.`,
  suppliedNumbers: (first: string, last: string) => `The row numbers ${first}–${last} are not in the printed report: they were added on this website.`,
  spokenZero: 'zero',
  spokenNotApplicable: 'not applicable',
  classNames: { avrundning: 'Rounding', förklarad: 'Explained by a footnote', 'fel i rapporten': 'Error in the report' },
  classCounts: { avrundning: 'rounding', förklarad: 'explained by a footnote', 'fel i rapporten': 'errors in the report' },
  classTexts: {
    'fel i rapporten': 'Impossible or unexplained values: a total below its parts, a total of a share or an average outside the values for women and men, two tables printing different values for the same figure, a part larger than the whole, or a difference neither rounding nor a footnote explains. Only these are shown with the tables.',
    förklarad: 'A footnote says the total holds more than its parts (unknown sex, organisations, items not shown), and the total is indeed larger. Such totals are checked one way only: they may exceed their parts, never fall below them. For a share or an average, the total may then also lie outside the values for women and men.',
    avrundning: 'The difference is within what rounding of the printed numbers can give. The bound is half a unit of the last printed decimal for each part and for the total: n parts with d decimals and a total give at most (n + 1) · 0.5 · 10^−d, for example 1.5 for two whole numbers and their sum, so a difference of 1 is rounding.',
  },
  aboutClasses: 'How the findings are classified',
  aboutClassesText: 'Every check that does not add up exactly, and every difference a footnote explains, gets one of three classes. The rule tries rounding first, then a footnote; what remains is an error in the report.',
  aboutRounding: 'Amounts in millions or thousands of kronor are checked allowing for rounding: the check passes when the printed result can come from unrounded values. Counts are checked exactly, and a difference still within the rounding bound is reported as rounding.',
  aboutSuppressed: 'A figure that is not shown (“*”, fewer than four people) counts as unknown: at least 0 and, where it counts people, at most 3. So a sum with such a part may be larger than the parts shown, but only by as much as the hidden figure can be.',
  aboutFailures: 'A check that does not add up is either an extraction error, which is fixed, or an inconsistency in the printed report, which is recorded with an explanation. The site is not built if a check fails without an explanation, and a changed number in a table that takes part in a check stops the build naming the file, row and column.',
  aboutRelations: 'Relations between tables',
  aboutRelationsText: (n: string, cells: string) => `The report prints several tables twice, for example the chapters’ tables again under common key figures and key figures per benefit, and some tables are parts of others. ${n} such relations are recorded and ${cells} pairs of cells compared: the same figure must have the same value, and a part cannot be larger than the whole.`,
  relationSame: (other: string) => `the same figure as ${other}`,
  relationSubset: (other: string) => `a part of ${other}`,
  countFindings: (n: number) => `${n}`,
  explainedBy: (marker: string, text: string) => `The total is larger than its parts, which footnote ${marker} explains: “${text}”`,
  explainedOutside: (marker: string, text: string) => `The total lies outside the values for women and men, which footnote ${marker} explains: “${text}”`,
  checkNames: { same: 'Same figure in two tables', subset: 'Part of another table', relation: 'Relations between tables' },
  checkTexts: { relation: 'The same figure in two tables must have the same value; a table that is a part of another cannot have larger values.' },
  colClass: 'Class',
  colPlace: 'Row and column',
  findingsCaption: (cls: string, table: string) => `${cls}: ${table}`,
  colExplanation: 'Explanation',
};

export const audit = { sv, en };
