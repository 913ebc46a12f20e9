// The fallback faces shaped like Inter: the Arial metrics written in scripts/lib/font-fallback.ts
// are those of the installed metric-compatible Liberation Sans (fonts-liberation, which the test
// programs include), and the faces scale Arial to Inter's average letter width.
import { readFileSync } from 'node:fs';
import { fromFile } from '@capsizecss/unpack/fs';
import { describe, expect, it } from 'vitest';
import { ARIAL, fallbackFace } from '../../scripts/lib/font-fallback.ts';

const LIBERATION = '/usr/share/fonts/truetype/liberation/';
const pick = ({ ascent, descent, lineGap, unitsPerEm, xWidthAvg }: typeof ARIAL.regular) => ({ ascent, descent, lineGap, unitsPerEm, xWidthAvg });

describe('fallback faces shaped like Inter', () => {
  it('writes Arial’s metrics as the installed Liberation Sans has them', async () => {
    expect(pick(await fromFile(`${LIBERATION}LiberationSans-Regular.ttf`))).toEqual(ARIAL.regular);
    expect(pick(await fromFile(`${LIBERATION}LiberationSans-Bold.ttf`))).toEqual(ARIAL.bold);
  });

  it('scales a local Arial to Inter’s average letter width, with Inter’s ascent and descent', async () => {
    const inter = await fromFile('node_modules/@fkui/font-default/fonts/Inter-Regular.woff2');
    const face = fallbackFace(inter, 400);
    // Inter's average lowercase letter is 978/2048 em, Arial's 913/2048: 7 % wider.
    expect(face).toContain('size-adjust: 107.12%;');
    expect(face).toContain('ascent-override: 90.44%;');
    expect(face).toContain('descent-override: 22.52%;');
    expect(face).toContain('src: local("Arial"), ');
    expect(fallbackFace(inter, 700)).toContain('src: local("Arial Bold"), ');
  });

  it('is what the build wrote for the stylesheet, for every weight the site uses', () => {
    const written = readFileSync('src/generated/fonts/_fallback.scss', 'utf8');
    expect(written.match(/font-weight: (\d+);/g)).toEqual(['font-weight: 400;', 'font-weight: 600;', 'font-weight: 700;']);
    expect(readFileSync('src/styles/_fonts.scss', 'utf8')).toMatch(/--f-font-family: "Inter", "Inter fallback",/);
  });
});
