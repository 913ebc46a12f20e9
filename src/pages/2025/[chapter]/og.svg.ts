// /2025/<chapter>/og.svg: the chapter's link-preview image (1200×630), made into og.png
// by scripts/build-images.ts after the build.
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Chapter } from '../../../../scripts/schema.ts';
import { chapters } from '../../../lib/data.ts';
import { chapterPreview } from '../../../lib/images.ts';

export const getStaticPaths = (() => chapters.map((chapter) => ({ params: { chapter: chapter.slug }, props: { chapter } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ chapter: Chapter }> = ({ props }) =>
  new Response(chapterPreview(props.chapter, 'sv'), { headers: { 'Content-Type': 'image/svg+xml' } });
