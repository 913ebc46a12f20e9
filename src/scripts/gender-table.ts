// Filter and sort for the table of all series on the page on women and men. The table is complete
// without JavaScript; this shows the filter form, makes each column header a sort button and
// keeps a status line. Texts come from the form's data attributes, in the page's language.

// A module, so its names stay its own.
export {};

const form = document.querySelector<HTMLFormElement>('form.gap-filter');
const table = document.querySelector<HTMLTableElement>('table.gap-table');
const status = document.querySelector<HTMLElement>('.gap-status');

if (form && table && status) {
  const body = table.tBodies[0]!;
  const rows = Array.from(body.rows);
  const selects = Array.from(form.querySelectorAll('select'));

  const filter = () => {
    let shown = 0;
    for (const row of rows) {
      const hide = selects.some((s) => s.value !== '' && row.dataset[s.name] !== s.value);
      row.hidden = hide;
      if (!hide) shown++;
    }
    status.textContent = (form.dataset.status ?? '').replace('{shown}', String(shown)).replace('{total}', String(rows.length));
  };

  const headers = Array.from(table.tHead!.rows[0]!.cells);
  const cellValue = (row: HTMLTableRowElement, col: number, numeric: boolean): string | number | null => {
    const cell = row.cells[col]!;
    if (!numeric) return (cell.textContent ?? '').trim();
    const v = cell.dataset.value;
    return v === undefined || v === '' ? null : Number(v);
  };

  const sort = (col: number) => {
    const th = headers[col]!;
    const numeric = th.dataset.sort === 'number';
    const ascending = th.getAttribute('aria-sort') !== 'ascending';
    const lang = document.documentElement.lang;
    const sorted = [...rows].sort((a, b) => {
      const x = cellValue(a, col, numeric);
      const y = cellValue(b, col, numeric);
      // Rows without a value go last either way.
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
      const d = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), lang);
      return (ascending ? d : -d) || Number(a.dataset.order) - Number(b.dataset.order);
    });
    for (const h of headers) h.removeAttribute('aria-sort');
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    body.append(...sorted);
  };

  headers.forEach((th, col) => {
    if (!th.dataset.sort) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.textContent = th.textContent;
    button.setAttribute('aria-label', `${form.dataset.sortBy ?? ''} ${th.textContent ?? ''}`.trim());
    button.addEventListener('click', () => sort(col));
    th.replaceChildren(button);
  });

  form.addEventListener('change', filter);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    filter();
  });
  form.hidden = false;
  status.hidden = false;
  filter();
}
