// Progressive enhancement for the charts: pointing at a chart, or focusing it and pressing the
// arrow keys, shows the nearest point's series, year and value. The charts read fully without
// it (values at the line ends, the table below). Loaded as an external module (strict CSP).
const tip = document.createElement('div');
tip.className = 'chart-tooltip';
tip.hidden = true;
// The same values are in the chart's text alternative and the table: no second announcement.
tip.setAttribute('aria-hidden', 'true');
document.body.append(tip);

function show(el: Element | undefined): void {
  const text = el?.getAttribute('data-tip');
  if (!el || !text) return hide();
  tip.textContent = text;
  tip.hidden = false;
  const r = el.getBoundingClientRect();
  const left = Math.max(4, Math.min(r.left + r.width / 2 - tip.offsetWidth / 2, document.documentElement.clientWidth - tip.offsetWidth - 4));
  tip.style.left = `${left + scrollX}px`;
  tip.style.top = `${r.top + scrollY - tip.offsetHeight - 6}px`;
}

function hide(): void {
  tip.hidden = true;
}

for (const svg of document.querySelectorAll<SVGSVGElement>('svg.chart')) {
  if (!svg.querySelector('g title')) continue;
  // Every mark with its own title is a point; its title moves to data-tip so the browser's own
  // tooltip does not double ours. Done when the chart is first pointed at or focused, not on load:
  // a chapter page has over a thousand points, and touching them all would hold up the page.
  let points: Element[] | undefined;
  const pointsOf = (): Element[] =>
    (points ??= [...svg.querySelectorAll('g title')].map((title) => {
      const el = title.parentElement!;
      el.setAttribute('data-tip', title.textContent ?? '');
      title.remove();
      return el;
    }));
  let current = 0;
  svg.tabIndex = 0;
  svg.addEventListener('pointermove', (event) => {
    let best: Element | undefined;
    let distance = 24;
    for (const el of pointsOf()) {
      const r = el.getBoundingClientRect();
      const d = Math.hypot(r.left + r.width / 2 - event.clientX, r.top + r.height / 2 - event.clientY);
      if (d < distance) [best, distance] = [el, d];
    }
    show(best);
  });
  svg.addEventListener('pointerleave', hide);
  svg.addEventListener('focus', () => show(pointsOf()[current]));
  svg.addEventListener('blur', hide);
  svg.addEventListener('keydown', (event) => {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (event.key === 'Escape') return hide();
    if (!step) return;
    event.preventDefault();
    const all = pointsOf();
    current = (current + step + all.length) % all.length;
    show(all[current]);
  });
}
