// Shared facts for the end-to-end tests, read from the committed data (not from the site).
import { readFileSync } from 'node:fs';
import type { Chapter } from '../../scripts/schema.ts';

export const chapters: Chapter[] = JSON.parse(readFileSync(new URL('../../data/2025/chapters.json', import.meta.url), 'utf8'));

/** tabell-018 → tabell-18 */
export const anchorOf = (id: string) => id.replace(/^(tabell|diagram)-0*(\d+)$/, '$1-$2');

export const NBSP = '\u00a0';
