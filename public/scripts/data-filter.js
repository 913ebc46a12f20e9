// @ts-check
// Filtering of the data page's list of tables. The full list is in the HTML; this only hides
// rows, so without JavaScript everything is still there. The form stays hidden until it works.
// A plain file in public/ (not bundled), so it is served as an external script the CSP allows.

/** @param {string} text */
function normalise(text) {
  return text.toLocaleLowerCase('sv').replace(/\s+/g, ' ').trim();
}

/**
 * @param {HTMLElement} box
 * @param {HTMLSelectElement} chapter
 */
function showChapterFiles(box, chapter) {
  box.replaceChildren();
  const source = chapter.value === '' ? null : document.querySelector(`.chapter-files li[data-chapter="${CSS.escape(chapter.value)}"] .download-links`);
  box.hidden = !source;
  if (!source) return;
  const label = document.createElement('p');
  label.className = 'downloads-label';
  label.id = 'filter-chapter-files-label';
  label.textContent = (box.dataset.label ?? '{chapter}').replace('{chapter}', chapter.selectedOptions[0]?.textContent ?? '');
  const list = /** @type {HTMLElement} */ (source.cloneNode(true));
  list.setAttribute('aria-labelledby', label.id);
  box.append(label, list);
}

/** @param {HTMLFormElement} form */
function setUp(form) {
  const rows = /** @type {HTMLTableRowElement[]} */ ([...document.querySelectorAll('table.catalog tbody tr')]);
  const status = /** @type {HTMLElement | null} */ (document.querySelector('.filter-status'));
  const query = /** @type {HTMLInputElement | null} */ (form.elements.namedItem('q'));
  const chapter = /** @type {HTMLSelectElement | null} */ (form.elements.namedItem('chapter'));
  const bySex = /** @type {HTMLInputElement | null} */ (form.elements.namedItem('sex'));
  const template = form.dataset.status ?? '{shown}/{total}';
  // The chosen chapter's workbook and ZIP, copied from the list of chapters further up.
  const chapterFiles = /** @type {HTMLElement | null} */ (document.querySelector('.filter-chapter-files'));
  if (!query || !chapter || !bySex || !status) return;

  const apply = () => {
    const words = normalise(query.value).split(' ').filter(Boolean);
    let shown = 0;
    for (const row of rows) {
      const text = ` ${row.dataset.text ?? ''} `;
      // A number finds that table ("18" is tabell 18, not 118); words are looked for anywhere.
      const matches =
        words.every((w) => (/^\d+$/.test(w) ? row.dataset.number === String(Number(w)) || text.includes(` ${w} `) : text.includes(w))) &&
        (chapter.value === '' || row.dataset.chapter === chapter.value) &&
        (!bySex.checked || row.dataset.sex === 'true');
      row.hidden = !matches;
      if (matches) shown++;
    }
    status.textContent = template.replace('{shown}', String(shown)).replace('{total}', String(rows.length));
    if (chapterFiles) showChapterFiles(chapterFiles, chapter);
  };

  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  // Filtering follows every keystroke; the button (and Enter) apply it too, without reloading.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  form.hidden = false;
  status.hidden = false;
  apply();
}

const form = /** @type {HTMLFormElement | null} */ (document.querySelector('form.data-filter'));
if (form) setUp(form);
