// Where prerendering hands image SVGs to the build's PNG renderer (src/integrations/png-prerender.ts):
// a global, because astro runs the integration and the prerendered routes as two copies of the
// modules. Kept free of imports so the integration (loaded with astro's config) pulls in nothing.
export type PngQueue = (svg: string, zoom: number) => void;

const KEY = Symbol.for('fk-arsredovisning.png-queue');
const store = globalThis as typeof globalThis & { [KEY]?: PngQueue };

export function setPngQueue(queue: PngQueue | undefined): void {
  store[KEY] = queue;
}

/** The renderer, while a build has one (not in astro dev, the tests, or with PNG_PRERENDER=0). */
export const pngQueue = (): PngQueue | undefined => store[KEY];
