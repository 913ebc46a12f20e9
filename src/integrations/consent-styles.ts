// Without analytics no page shows the cookie banner or the consent buttons (src/lib/analytics.ts):
// their stylesheet, which Base.astro's import of the banner would put on every page, is left empty.
import type { Plugin } from 'vite';
import { analytics } from '../lib/analytics.ts';

export default function consentStylesPlugin(): Plugin {
  return {
    name: 'consent-styles',
    enforce: 'pre',
    load(id) {
      if (!analytics && id.split('?')[0]!.endsWith('/src/styles/consent.css')) return '';
    },
  };
}
