/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite set-up, so unit tests can render .astro components with the container API.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Two files at a time on two cores (Vitest's default is one fewer than the cores): the
    // LibreOffice test waits on soffice most of its time, and npm test (scripts/test.ts) runs
    // the consent suite beside these.
    maxWorkers: 2,
    // Tests that take a second alone take several with both cores busy (npm test runs the consent
    // suite beside these): Vitest's 5 s would fail them for the machine's load, not their result.
    testTimeout: 30_000,
    // One worker runs file after file with the modules already loaded (the dataset, Astro's
    // container, the chart builders): a fifth less CPU than a fresh worker per file. No test
    // mocks modules or changes the environment, so none can leak into another.
    isolate: false,
  },
});
