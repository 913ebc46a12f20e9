// The language link leads to the same page in the other language, where every table, chart and
// heading has the same id. A reader who came by a link to a table (#tabell-18) or jumped to one
// lands on it there too. Without JavaScript the link leads to the top of the page, as before.
const link = document.querySelector<HTMLAnchorElement>('a.lang-link');
link?.addEventListener('click', () => {
  const id = decodeURIComponent(location.hash.slice(1));
  if (id === '' || document.getElementById(id) === null) return;
  const target = new URL(link.href);
  if (target.hash !== '') return;
  target.hash = location.hash;
  link.href = target.href;
});
