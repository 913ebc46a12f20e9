// How a table or diagram is named in headings and lists: "Tabell 18. <title>", an unnumbered
// table by its title alone, "Diagram 3. <title>", and "Table 18. …" in English.
import { describe, expect, it } from 'vitest';
import { dataset, printedHeading } from '../../src/lib/data.ts';
import { localTable } from '../../src/lib/localize.ts';

const table = (id: string) => dataset.tables.find((t) => t.meta.id === id)!;

describe('printedHeading', () => {
  it('names a numbered table by number and title, an unnumbered one by its title, a diagram by number and title', () => {
    expect(printedHeading({ kind: 'table', table: table('tabell-018') }, 'sv')).toBe('Tabell 18. Handläggningstider, antal dagar i genomsnitt per förmån');
    const statement = table('resultatrakning');
    expect(printedHeading({ kind: 'table', table: statement }, 'sv')).toBe(statement.meta.title);
    const diagram = dataset.diagrams.find((d) => d.id === 'diagram-003')!;
    expect(printedHeading({ kind: 'diagram', diagram }, 'sv')).toBe('Diagram 3. Ohälsotalet');
  });

  it('uses the English word and the English title in English', () => {
    expect(printedHeading({ kind: 'table', table: localTable(table('tabell-018'), 'en') }, 'en')).toMatch(/^Table 18\. [A-Z]/);
  });
});
