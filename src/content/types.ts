// Shapes of the site's own written content (summaries, key figures, goals). The prose is ours;
// every figure is quoted from the report with the source line where it stands, so a test can
// prove that the figure is printed there.

export interface KeyFigure {
  /** Short label in our own words: "Utbetalt från försäkringen". */
  label: string;
  /** The figure exactly as printed in the report text ("262 114", "8,6", "–2,8"). */
  value: string;
  /** Unit after the value: "miljoner kronor", "procent", "personer", "dagar". */
  unit: string;
  /** Line of the report text (../shared/seeds/004_86ad6970ecedb8a8.txt) where the value is printed. */
  sourceLine: number;
  /**
   * English edition only, for a value that is not a plain number or range ("60-tal", a date):
   * how the page shows it ("about 60"). Plain numbers are formatted by language from `value`.
   */
  display?: string;
}

export interface ChapterText {
  /** Two to four short paragraphs in our own words: what the chapter covers and what stands out. */
  summary: string[];
  /** Three to six key figures for the tiles at the top of the chapter page. */
  keyFigures: KeyFigure[];
}

export interface DiagramText {
  /** One or two sentences in our own words on what the diagram shows. */
  summary: string;
  /** The figures the report text states about the diagram (its data points are not in the text). */
  figures: KeyFigure[];
}

export type Assessment = 'uppfyllt' | 'i huvudsak uppfyllt' | 'delvis uppfyllt' | 'inte uppfyllt';

export interface Goal {
  /** The goal in a short sentence of our own. */
  title: string;
  assessment: Assessment;
  /** Chapter slug where the report assesses it. */
  chapter: string;
  /** Line of the report text where the assessment is stated. */
  sourceLine: number;
}

export interface StartText {
  /** Two short paragraphs: what the report and this site are. */
  intro: string[];
  /** Headline figures of the year: total paid out, people receiving each main benefit, administrative cost, staff. */
  headline: KeyFigure[];
  goals: Goal[];
}
