// Copy buttons for links, citations and embed code. They are added only where JavaScript runs,
// beside the text they copy, which stays visible and selectable without them. Every text comes
// from the element's data attributes (data-copy-label, -done, -failed, -context), in the page's language.

// The page's links were written for the public address (SITE_URL). Served anywhere else (the
// preview server, a test host, a mirror), the links, citations and embed codes a reader copies
// point to where the page really is: the built origin is replaced by the page's own.
const built = new URL(import.meta.env.SITE || location.href).origin;
const here = location.origin;

function rebase(el: HTMLElement): void {
  if (built === here || !/^https?:$/.test(location.protocol)) return;
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeValue?.includes(built)) node.nodeValue = node.nodeValue.split(built).join(here);
  }
}

const live = document.createElement('p');
live.className = 'visually-hidden';
live.setAttribute('role', 'status');
document.body.append(live);

function announce(message: string): void {
  // Emptied first so the same message is read again on a second copy.
  live.textContent = '';
  window.setTimeout(() => (live.textContent = message), 50);
}

/** The text to copy: a link's full address, or the element's text. */
function valueOf(el: HTMLElement): string {
  if (el.dataset.copy === 'link' && el instanceof HTMLAnchorElement) return el.href;
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** For browsers without the Clipboard API (or outside a secure context). */
function legacyCopy(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.className = 'visually-hidden';
  area.setAttribute('readonly', '');
  document.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

function selectText(el: HTMLElement): void {
  const range = document.createRange();
  range.selectNodeContents(el);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

function enhance(el: HTMLElement): void {
  rebase(el);
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-button';
  button.textContent = el.dataset.copyLabel ?? '';
  if (el.dataset.copyContext) {
    const context = document.createElement('span');
    context.className = 'visually-hidden';
    context.textContent = ` ${el.dataset.copyContext}`;
    button.append(context);
  }
  button.addEventListener('click', async () => {
    const text = valueOf(el);
    let ok = false;
    try {
      // A write the browser leaves pending (a permission question nobody answers, a busy
      // clipboard) must not leave the reader waiting without a word: after 3 s the old way.
      await Promise.race([navigator.clipboard.writeText(text), new Promise((_, reject) => window.setTimeout(reject, 3000))]);
      ok = true;
    } catch {
      ok = legacyCopy(text);
    }
    if (!ok) selectText(el);
    button.classList.toggle('copied', ok);
    window.setTimeout(() => button.classList.remove('copied'), 2500);
    announce((ok ? el.dataset.copyDone : el.dataset.copyFailed) ?? '');
  });
  // After the element (after its code block for embed code), leaving the text to copy as it is.
  (el.closest('pre') ?? el).after(button);
}

document.querySelectorAll<HTMLElement>('[data-copy]').forEach(enhance);
// The printout's address names where the page was printed from, as a copied link does.
if (/^https?:$/.test(location.protocol)) {
  document.querySelectorAll<HTMLElement>('.print-address').forEach((el) => (el.textContent = `${location.origin}${location.pathname}`));
}

export {};
