// Typed access to the dataset that scripts/build-datasets.ts wrote and validated.
import type { Chapter, Dataset, Diagram, Table } from '../../scripts/schema.ts';
import raw from '../generated/dataset-2025.json' with { type: 'json' };
import type { Lang } from './format.ts';
import { strings } from './i18n.ts';

export const dataset = raw as unknown as Dataset;
export const YEAR = dataset.year;

export const chapters: Chapter[] = dataset.chapters;
const tablesById = new Map(dataset.tables.map((t) => [t.meta.id, t]));
const diagramsById = new Map(dataset.diagrams.map((d) => [d.id, d]));

export type Item = { kind: 'table'; table: Table } | { kind: 'diagram'; diagram: Diagram };

/** The tables and diagrams of a chapter, in printed order. */
export function chapterItems(chapter: Chapter): Item[] {
  return chapter.items.map((id) => {
    const table = tablesById.get(id);
    if (table) return { kind: 'table', table };
    const diagram = diagramsById.get(id);
    if (diagram) return { kind: 'diagram', diagram };
    throw new Error(`chapter ${chapter.slug} lists ${id}, which is neither a table nor a diagram`);
  });
}

export function tableById(id: string): Table | undefined {
  return tablesById.get(id);
}

export function chapterBySlug(slug: string): Chapter | undefined {
  return chapters.find((c) => c.slug === slug);
}

/** Anchor named after the report's numbering: tabell-018 → "tabell-18", diagram-003 → "diagram-3"; unnumbered by id. */
export function anchorOf(id: string): string {
  const m = /^(tabell|diagram)-0*(\d+)$/.exec(id);
  return m ? `${m[1]}-${m[2]}` : id;
}

export function chapterPath(chapter: Chapter, lang: Lang = 'sv'): string {
  return `${lang === 'en' ? '/en' : ''}/${YEAR}/${chapter.slug}/`;
}

export function itemPath(id: string, lang: Lang = 'sv'): string {
  const chapter = chapters.find((c) => c.items.includes(id));
  if (!chapter) throw new Error(`${id} is in no chapter`);
  return `${chapterPath(chapter, lang)}#${anchorOf(id)}`;
}

/** "Tabell 18" / "Diagram 3" / the title of an unnumbered table ("Table 18" / "Figure 3" in English). */
export function printedName(item: Item, lang: Lang = 'sv'): string {
  const t = strings(lang);
  if (item.kind === 'diagram') return `${t.diagram} ${item.diagram.number}`;
  return item.table.meta.number === null ? item.table.meta.title : `${t.table} ${item.table.meta.number}`;
}

/** "Tabell 18. Handläggningstider, …" / "Diagram 3. Ohälsotalet" / an unnumbered table's title alone. */
export function printedHeading(item: Item, lang: Lang = 'sv'): string {
  const name = printedName(item, lang);
  const title = item.kind === 'table' ? item.table.meta.title : item.diagram.title;
  return name === title ? name : `${name}. ${title}`;
}

/** "Källa: Försäkringskassans årsredovisning 2025, tabell 18, s. 52" / "…, table 18, p. 52" */
export function citation(item: Item, prefix: string, lang: Lang = 'sv'): string {
  const t = strings(lang);
  const page = item.kind === 'table' ? item.table.meta.page : item.diagram.page;
  const name = printedName(item, lang);
  const numbered = item.kind === 'diagram' || item.table.meta.number !== null;
  const lower = numbered ? name.charAt(0).toLowerCase() + name.slice(1) : name;
  return `${prefix}, ${lower}, ${t.pageRef(page)}`;
}
