// The language link leads to the same page in the other language, where every table, chart and
// heading has the same id. A reader who came by a link to a table (#tabell-18) or jumped to one
// lands on it there too. Without JavaScript the link leads to the top of the page, as before.
import { editLanguageLink } from './language-link.ts';

document.querySelector('a.lang-link')?.addEventListener('click', () => {
  const id = decodeURIComponent(location.hash.slice(1));
  if (id === '' || document.getElementById(id) === null) return;
  editLanguageLink((target) => {
    if (target.hash === '') target.hash = location.hash;
  });
});
