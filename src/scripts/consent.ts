// The consent banner and Matomo, in the browser. Shipped only when analytics is switched on.
// Nothing is fetched from the analytics server and no analytics cookie exists until the visitor
// says yes; Matomo's own consent API (requireConsent, setConsentGiven, forgetConsentGiven) then
// governs the tracker. Our strictly necessary cookie remembers the answer, yes or no.
import { choiceCookie, isAnalyticsCookie, readChoice, type Choice } from '../lib/consent-cookie.ts';

type PaqCommand = [string, ...unknown[]];
type Paq = PaqCommand[] | { push(command: PaqCommand): unknown };

declare global {
  interface Window {
    _paq?: Paq;
  }
}

const banner = document.getElementById('consent');
if (banner) setUp(banner);

function setUp(banner: HTMLElement): void {
  const matomoUrl = banner.dataset.matomoUrl ?? '';
  const siteId = banner.dataset.siteId ?? '';
  const settingsHref = banner.dataset.settingsHref ?? '';
  const heading = banner.querySelector<HTMLElement>('h2');
  const ask = banner.querySelector<HTMLElement>('[data-consent-ask]');
  const done = banner.querySelector<HTMLElement>('[data-consent-done]');
  const secure = location.protocol === 'https:';
  let configured = false; // the tracker's settings are queued in _paq
  let scriptAdded = false; // matomo.js has been requested
  let pageViewSent = false; // this page's view has been queued once
  let opener: HTMLElement | null = null; // the link that reopened the banner, to return focus to

  const paq = (): Paq => (window._paq ??= []);

  function startTracking(): void {
    const queue = paq();
    if (!configured) {
      configured = true;
      queue.push(['requireConsent']);
      queue.push(['setTrackerUrl', `${matomoUrl}matomo.php`]);
      queue.push(['setSiteId', siteId]);
      // Less about the browser (screen size, plugins) goes to the server.
      queue.push(['disableBrowserFeatureDetection']);
      if (secure) queue.push(['setSecureCookie', true]);
    }
    queue.push(['setConsentGiven']);
    if (!pageViewSent) {
      pageViewSent = true;
      queue.push(['trackPageView']);
      queue.push(['enableLinkTracking']);
    }
    if (!scriptAdded) {
      scriptAdded = true;
      const script = document.createElement('script');
      script.async = true;
      script.src = `${matomoUrl}matomo.js`;
      document.head.append(script);
    }
  }

  function stopTracking(): void {
    const queue = window._paq;
    if (Array.isArray(queue)) {
      // matomo.js has not run yet: drop what was queued, so that it finds nothing to send.
      queue.length = 0;
      configured = false;
      pageViewSent = false;
    } else if (queue) {
      queue.push(['forgetConsentGiven']);
    }
    removeAnalyticsCookies();
  }

  function removeAnalyticsCookies(): void {
    // Matomo's forgetConsentGiven deletes its cookies but leaves a consent-removed marker; our own
    // cookie already records the no, so every analytics cookie goes (and any a later tab left).
    for (const part of document.cookie.split(';')) {
      const name = part.split('=')[0]?.trim() ?? '';
      if (name && isAnalyticsCookie(name)) document.cookie = `${name}=; Max-Age=0; Path=/; SameSite=Lax${secure ? '; Secure' : ''}`;
    }
  }

  function showState(choice: Choice | null): void {
    for (const el of document.querySelectorAll<HTMLElement>('[data-consent-show]')) el.hidden = el.dataset.consentShow !== (choice ?? 'none');
  }

  function openBanner(view: 'ask' | 'done'): void {
    banner.hidden = false;
    if (ask) ask.hidden = view !== 'ask';
    if (done) done.hidden = view !== 'done';
  }

  function closeBanner(): void {
    banner.hidden = true;
    const target = opener && document.contains(opener) ? opener : document.getElementById('main');
    opener = null;
    target?.focus();
  }

  function choose(choice: Choice, fromBanner: boolean): void {
    document.cookie = choiceCookie(choice, secure);
    if (choice === 'all') startTracking();
    else stopTracking();
    showState(choice);
    if (fromBanner) {
      openBanner('done');
      // Say what was chosen: focus lands on the confirmation, which screen readers read out.
      banner.querySelector<HTMLElement>(`[data-consent-show="${choice}"]`)?.focus();
    } else if (!banner.hidden) {
      openBanner('done');
    }
  }

  // Controls that work only with JavaScript appear; the text for readers without it goes.
  for (const el of document.querySelectorAll<HTMLElement>('[data-consent-js]')) el.hidden = false;
  for (const el of document.querySelectorAll<HTMLElement>('[data-consent-nojs]')) el.hidden = true;

  const choice = readChoice(document.cookie);
  showState(choice);
  if (choice === 'all') startTracking();
  else removeAnalyticsCookies();
  if (choice === null) openBanner('ask');

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const button = target?.closest<HTMLButtonElement>('button[data-consent-choice]');
    if (button) {
      const value = button.dataset.consentChoice;
      if (value === 'all' || value === 'necessary') choose(value, banner.contains(button));
      return;
    }
    if (target?.closest('[data-consent-hide]')) {
      closeBanner();
      return;
    }
    const link = target?.closest<HTMLAnchorElement>('a[href]');
    if (link && settingsHref && link.getAttribute('href') === settingsHref) {
      // "Kakinställningar": reopen the choice here, showing what is chosen now.
      event.preventDefault();
      opener = link;
      openBanner('ask');
      heading?.scrollIntoView({ block: 'start' });
      heading?.focus();
    }
  });
}
