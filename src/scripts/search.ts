// The search page in the browser: searches Pagefind's index for the page's language (Pagefind
// picks it from <html lang>) as the reader types, and lists the results as links. A table
// number ("18", "tabell 18", "not 3") puts that table first. The query is kept in the address
// (?q=), so a search can be linked and the back button returns to it, and in the language link,
// so switching language searches the same words.

import { editLanguageLink } from './language-link.ts';

interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: { id: string; data(): Promise<PagefindData> }[] } | null>;
}

interface Texts {
  loading: string;
  failed: string;
  one: string;
  many: string;
  none: string;
  table: string;
  inChapter: string;
}

interface Hit {
  url: string;
  title: string;
  kind?: string;
  chapter?: string;
  excerpt?: string;
}

const PAGE = 10;

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) setUp(root);

function setUp(root: HTMLElement): void {
  const form = root.querySelector('form')!;
  const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const texts = JSON.parse(root.dataset.texts ?? '{}') as Texts;
  let pagefind: Promise<Pagefind> | undefined;
  let run = 0;
  let timer: number | undefined;
  let pending: { id: string; data(): Promise<PagefindData> }[] = [];
  let shown = new Set<string>();
  let duplicates = 0;

  const load = (): Promise<Pagefind> =>
    (pagefind ??= import(/* @vite-ignore */ root.dataset.index!).then(async (module: Pagefind) => {
      await module.options({ excerptLength: 18 });
      await module.init();
      return module;
    }));

  /**
   * Tables named by number, from the list of all tables on the page: "18" or "tabell 18" gives
   * table 18 and then those whose number starts with 18 (so two keystrokes reach 120–125 too);
   * "not 3" gives note 3 of the financial statements.
   */
  function tablesByNumber(query: string): Hit[] {
    const hit = (link: HTMLAnchorElement): Hit => ({ url: link.pathname, title: link.textContent?.trim() ?? '', kind: texts.table, chapter: link.closest('ul')?.dataset.chapter });
    const note = /^\s*not\s*(\d{1,2})\s*$/i.exec(query)?.[1];
    if (note) return [...document.querySelectorAll<HTMLAnchorElement>(`a[data-note-number="${Number(note)}"]`)].map(hit);
    const number = /^\s*(?:tab(?:ell|le)?\.?\s*|t\s*)?(\d{1,3})\s*$/i.exec(query)?.[1];
    if (!number) return [];
    const links = [...document.querySelectorAll<HTMLAnchorElement>('a[data-table-number]')];
    const exact = links.filter((a) => a.dataset.tableNumber === String(Number(number)));
    const longer = links.filter((a) => a.dataset.tableNumber !== String(Number(number)) && a.dataset.tableNumber!.startsWith(number));
    return [...exact, ...longer].slice(0, PAGE).map(hit);
  }

  function render(hit: Hit): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'search-result';
    const link = document.createElement('a');
    link.href = hit.url;
    link.textContent = hit.title;
    item.append(link);
    const about = [hit.kind, hit.chapter ? `${texts.inChapter} ${hit.chapter}` : undefined].filter(Boolean).join(' · ');
    if (about) {
      const meta = document.createElement('p');
      meta.className = 'search-result-meta';
      meta.textContent = about;
      item.append(meta);
    }
    if (hit.excerpt) {
      const excerpt = document.createElement('p');
      excerpt.className = 'search-result-excerpt';
      excerpt.append(...marked(hit.excerpt));
      item.append(excerpt);
    }
    return item;
  }

  /** Pagefind's excerpt as text with its <mark> highlights kept, and nothing else taken over as markup. */
  function marked(html: string): Node[] {
    const template = document.createElement('template');
    template.innerHTML = html;
    return [...template.content.childNodes].map((node) => {
      if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    });
  }

  async function showMore(current: number): Promise<void> {
    const batch = pending.splice(0, PAGE);
    const data = await Promise.all(batch.map((r) => r.data()));
    if (current !== run) return;
    for (const d of data) {
      if (shown.has(d.url)) {
        duplicates++;
        continue;
      }
      shown.add(d.url);
      list.append(render({ url: d.url, title: d.meta.title ?? d.url, kind: d.meta.kind, chapter: d.meta.chapter, excerpt: d.excerpt }));
    }
    more.hidden = pending.length === 0;
  }

  function count(n: number, query: string): string {
    const template = n === 0 ? texts.none : n === 1 ? texts.one : texts.many;
    return template.replace('{n}', String(n)).replace('{q}', query);
  }

  async function search(query: string): Promise<void> {
    const current = ++run;
    const term = query.trim();
    const url = new URL(window.location.href);
    if (term) url.searchParams.set('q', term);
    else url.searchParams.delete('q');
    window.history.replaceState(null, '', url);
    keepInLanguageLink(term);
    if (!term) {
      list.replaceChildren();
      list.hidden = true;
      more.hidden = true;
      status.textContent = '';
      return;
    }
    status.textContent = texts.loading;
    const direct = tablesByNumber(term);
    let found: Awaited<ReturnType<Pagefind['search']>>;
    try {
      found = await (await load()).search(term);
    } catch {
      if (current === run) status.textContent = texts.failed;
      return;
    }
    if (current !== run || !found) return;
    shown = new Set(direct.map((d) => d.url));
    duplicates = 0;
    pending = [...found.results];
    list.replaceChildren(...direct.map(render));
    await showMore(current);
    if (current !== run) return;
    list.hidden = list.childElementCount === 0;
    status.textContent = count(found.results.length + direct.length - duplicates, term);
  }

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void search(input.value), 120);
  });
  input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
  // Down arrow from the box to the first result; Tab works as well.
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = list.querySelector('a');
    if (first) {
      event.preventDefault();
      first.focus();
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    void search(input.value);
  });
  more.addEventListener('click', () => {
    const next = list.childElementCount;
    void showMore(run).then(() => list.children[next]?.querySelector('a')?.focus());
  });

  const initial = new URL(window.location.href).searchParams.get('q');
  if (initial) {
    input.value = initial;
    void search(initial);
  }
}

/** The header's link to the other language's search page carries the query (?q=), as the address does. */
function keepInLanguageLink(term: string): void {
  editLanguageLink((target) => {
    if (term) target.searchParams.set('q', term);
    else target.searchParams.delete('q');
  });
}
