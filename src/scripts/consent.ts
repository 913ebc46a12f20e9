// The consent banner and Matomo, in the browser. Shipped only when analytics is switched on.
// Nothing is fetched from the analytics server and no analytics cookie exists until the visitor
// says yes: only then is matomo.js requested, so Matomo's requireConsent/setConsentGiven are not
// needed, and they are not used, because in Matomo 5 setConsentGiven (and setCookieConsentGiven)
// switch browser feature detection back on; it would then read the screen size, plugins and the
// browser's client hints (uadata), and keep the client hints even if detection were switched off
// again. A withdrawal calls Matomo's forgetConsentGiven, which stops the tracker on this page and,
// through its mtm_consent_removed cookie, in other open tabs. Our strictly necessary cookie
// remembers the answer, yes or no.
import {
  choiceCookie,
  CONSENT_REMOVED_COOKIE,
  isAnalyticsCookie,
  MATOMO_COOKIE_SECONDS,
  readChoice,
  type Choice,
} from '../lib/consent-cookie.ts';

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
  // none: Matomo not asked for; running: queued or loaded; stopped: withdrawn on this page. Resuming
  // a stopped tracker needs setConsentGiven, which turns feature detection back on, so a yes after
  // a no on the same page takes effect from the next page.
  let tracker: 'none' | 'running' | 'stopped' = 'none';
  let opener: HTMLElement | null = null; // the link that reopened the banner, to return focus to

  const paq = (): Paq => (window._paq ??= []);

  function startTracking(): void {
    if (tracker !== 'none') return;
    tracker = 'running';
    // A marker left by an earlier withdrawal would keep Matomo silent despite this yes.
    expireCookie(CONSENT_REMOVED_COOKIE);
    const queue = paq();
    queue.push(['setTrackerUrl', `${matomoUrl}matomo.php`]);
    queue.push(['setSiteId', siteId]);
    // No screen size, plugin list or client hints: detection stays off, as nothing turns it on again.
    queue.push(['disableBrowserFeatureDetection']);
    // The lifetimes the cookie page states.
    queue.push(['setVisitorCookieTimeout', MATOMO_COOKIE_SECONDS.visitor]);
    queue.push(['setSessionCookieTimeout', MATOMO_COOKIE_SECONDS.session]);
    queue.push(['setReferralCookieTimeout', MATOMO_COOKIE_SECONDS.referral]);
    if (secure) queue.push(['setSecureCookie', true]);
    queue.push(['trackPageView']);
    queue.push(['enableLinkTracking']);
    const script = document.createElement('script');
    script.async = true;
    script.src = `${matomoUrl}matomo.js`;
    document.head.append(script);
  }

  function stopTracking(): void {
    if (tracker === 'running') {
      tracker = 'stopped';
      const queue = window._paq;
      // matomo.js has not run yet: drop what was queued, so that it finds nothing to send.
      if (Array.isArray(queue)) queue.length = 0;
      else queue?.push(['forgetConsentGiven', MATOMO_COOKIE_SECONDS.consentRemoved / 3600]);
    }
    removeAnalyticsCookies();
  }

  function expireCookie(name: string): void {
    document.cookie = `${name}=; Max-Age=0; Path=/; SameSite=Lax${secure ? '; Secure' : ''}`;
  }

  function removeAnalyticsCookies(): void {
    // Every analytics cookie goes (and any a later tab left), except Matomo's withdrawal marker,
    // which keeps a tracker in another open tab from sending more.
    for (const part of document.cookie.split(';')) {
      const name = part.split('=')[0]?.trim() ?? '';
      if (name && isAnalyticsCookie(name) && name !== CONSENT_REMOVED_COOKIE) expireCookie(name);
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
