// The GET handlers of the image routes (chart files and link previews), one per language: the
// Swedish route files under src/pages/2025/ and the English ones under src/pages/en/2025/ share them.
import type { APIRoute } from 'astro';
import type { Chapter, Table } from '../../scripts/schema.ts';
import type { RenderedChart } from '../charts/cache.ts';
import type { Lang } from './format.ts';
import { chapterPreview, chartFile, sitePreview, tablePreview } from './images.ts';

const svg = (body: string) => new Response(body, { headers: { 'Content-Type': 'image/svg+xml' } });

/** <table>/<chart>.svg: the chart with its title and source. */
export const chartFileRoute =
  (lang: Lang): APIRoute<{ table: Table; rendered: RenderedChart }> =>
  ({ props }) =>
    svg(chartFile(props.table, props.rendered, lang));

/** <table>/og.svg: the table's link preview. */
export const tablePreviewRoute =
  (lang: Lang): APIRoute<{ table: Table }> =>
  ({ props }) =>
    svg(tablePreview(props.table, lang));

/** <chapter>/og.svg: the chapter's link preview. */
export const chapterPreviewRoute =
  (lang: Lang): APIRoute<{ chapter: Chapter }> =>
  ({ props }) =>
    svg(chapterPreview(props.chapter, lang));

/** /og.svg, /en/og.svg: the site's link preview. */
export const sitePreviewRoute =
  (lang: Lang): APIRoute =>
  () =>
    svg(sitePreview(lang));
