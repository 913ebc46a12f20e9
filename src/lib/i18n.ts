// Every user-facing string of the site, per language. Each area keeps its strings in its own
// file under src/i18n/ (sv and en side by side); components only ever call strings(lang).
import * as ui from '../i18n/ui.ts';
import * as consent from '../i18n/consent.ts';
import * as downloads from '../i18n/downloads.ts';
import * as search from '../i18n/search.ts';
import * as share from '../i18n/share.ts';
import * as design from '../i18n/design.ts';
import type { Lang } from './format.ts';

type Dict = typeof ui.sv & typeof consent.sv & typeof downloads.sv & typeof search.sv & typeof share.sv & typeof design.sv;

const areas: { sv: object; en?: object }[] = [ui, consent, downloads, search, share, design];

function merge(lang: Lang): Dict {
  // English falls back to Swedish only while a string is untranslated; tests list any such gap.
  return Object.assign({}, ...areas.map((a) => a.sv), ...(lang === 'en' ? areas.map((a) => a.en ?? {}) : [])) as Dict;
}

const dictionaries: Record<Lang, Dict> = { sv: merge('sv'), en: merge('en') };

export type Strings = Dict;

export function strings(lang: Lang): Strings {
  return dictionaries[lang];
}
