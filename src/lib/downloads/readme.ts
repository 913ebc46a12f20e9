// The README of the ZIP, in plain text so it opens anywhere: what the files are, what each
// column means, units, symbols, source, version and date, and every table with its unit.
import type { Table } from '../../../scripts/schema.ts';
import { formatNumber } from '../format.ts';
import type { sv } from '../../i18n/downloads.ts';
import { builtDate, type PublishContext } from './context.ts';
import { dataPath } from './paths.ts';

type ReadmeText = (typeof sv)['readme'];

function heading(text: string, underline = '-'): string {
  return `${text}\n${underline.repeat(text.length)}`;
}

function columns(pairs: [string, string][]): string {
  const width = Math.max(...pairs.map(([k]) => k.length)) + 2;
  return pairs.map(([k, v]) => `${k.padEnd(width)}${v}`).join('\n');
}

export function readmeText(tables: Table[], context: PublishContext, text: ReadmeText): string {
  const checks = tables.reduce((n, t) => n + t.checks.length, 0);
  const failed = tables.reduce((n, t) => n + t.checks.filter((c) => !c.ok).length, 0);
  const list = tables.map((t) => {
    const name = context.printedName(t);
    const title = name === t.meta.title ? name : `${name}. ${t.meta.title}`;
    return [t.meta.id, `${title} (${t.meta.unit}), ${text.page} ${t.meta.page}`] as [string, string];
  });
  const sections = [
    heading(text.title, '='),
    [text.version(context.version, builtDate(context)), text.source, text.web(`${context.siteUrl}${dataPath(context.year, context.lang)}`)].join('\n'),
    `${heading(text.contents)}\n${columns(text.files)}`,
    `${heading(text.printed)}\n${text.printedText.join('\n\n')}`,
    `${heading(text.long)}\n${columns(text.longColumns)}\n\n${text.longNote}`,
    `${heading(text.units)}\n${text.unitsText}`,
    `${heading(text.symbols)}\n${text.symbolsText.map((p) => `- ${p}`).join('\n')}`,
    `${heading(text.checks)}\n${text.checksText(formatNumber(checks, 0, context.lang), formatNumber(failed, 0, context.lang))}`,
    `${heading(text.tables)}\n${columns(list)}`,
  ];
  return sections.join('\n\n') + '\n';
}
