// The header's link to the same page in the other language. Scripts that know more about where
// the reader is (the search words, the table they came to) carry it over by editing its address.

/** Edits the language link's address in place (a same-site path: /en/search/?q=…#…). */
export function editLanguageLink(edit: (target: URL) => void): void {
  const link = document.querySelector<HTMLAnchorElement>('a.lang-link');
  if (!link) return;
  const target = new URL(link.href);
  edit(target);
  link.href = target.pathname + target.search + target.hash;
}
