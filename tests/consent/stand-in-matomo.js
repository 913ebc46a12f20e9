// Stand-in for Matomo 5's matomo.js in the consent tests. It models, from Matomo 5's js/piwik.js,
// the parts of the _paq API the site could use, with the behaviour that matters for privacy:
// - queued commands run in Matomo's "applyFirst" order (disableBrowserFeatureDetection before
//   requireConsent and setConsentGiven, whatever order they were pushed in), then the rest in order;
// - setConsentGiven and setCookieConsentGiven switch browser feature detection back on when it is
//   off; enableBrowserFeatureDetection detects at once, and disableBrowserFeatureDetection forgets
//   the detected features but not the client hints (uadata) already read;
// - with detection on, every hit carries res, the plugin flags and uadata (Matomo reads client hints
//   only in secure contexts; the stand-in sends a model of them on http too, so the tests see it);
// - _pk_id (13 months), _pk_ses (30 minutes), _pk_ref (6 months, on arrival from another host),
//   mtm_consent_removed (written by forgetConsentGiven(hoursToExpire), 30 years by default, even
//   when cookies are disabled).
// Any command it does not know is reported to the server, so the tests notice.
(function () {
  'use strict';
  var DAY_MS = 24 * 60 * 60 * 1000;
  var CONSENT_REMOVED = 'mtm_consent_removed';
  var CONSENT = 'mtm_consent';
  var COOKIE_CONSENT = 'mtm_cookie_consent';
  // Matomo 5's order for queued commands (applyFirst in js/piwik.js).
  var APPLY_FIRST = ['addTracker', 'enableFileTracking', 'forgetCookieConsentGiven', 'requireCookieConsent', 'disableBrowserFeatureDetection', 'disableCampaignParameters', 'disableCookies', 'setTrackerUrl', 'setAPIUrl', 'enableCrossDomainLinking', 'setCrossDomainLinkingTimeout', 'setSessionCookieTimeout', 'setVisitorCookieTimeout', 'setCookieNamePrefix', 'setCookieSameSite', 'setSecureCookie', 'setCookiePath', 'setCookieDomain', 'setDomains', 'setUserId', 'setVisitorId', 'setSiteId', 'alwaysUseSendBeacon', 'disableAlwaysUseSendBeacon', 'enableLinkTracking', 'setCookieConsentGiven', 'requireConsent', 'setConsentGiven', 'disablePerformanceTracking', 'setPagePerformanceTiming', 'setExcludedQueryParams', 'setExcludedReferrers'];

  var s = {
    trackerUrl: '', siteId: '', secure: false,
    consentRequired: false, hasConsent: !getCookie(CONSENT_REMOVED), cookiesDisabled: false,
    detection: true, features: {}, clientHints: null, sentYet: false, queued: [],
    visitorMs: 33955200 * 1000, sessionMs: 1800 * 1000, referralMs: 15768000 * 1000,
  };

  function getCookie(name) {
    var match = new RegExp('(^|;)[ ]*' + name.replace(/\./g, '\\.') + '=([^;]*)').exec(document.cookie);
    return match ? decodeURIComponent(match[2]) : '';
  }
  function setCookie(name, value, ms) {
    // Like Matomo: nothing while cookies are disabled, except the consent-removed marker.
    if (s.cookiesDisabled && name !== CONSENT_REMOVED) return;
    document.cookie = name + '=' + encodeURIComponent(value) + ';expires=' + new Date(Date.now() + ms).toUTCString() + ';path=/' + (s.secure ? ';secure' : '') + ';SameSite=Lax';
  }
  function deleteCookie(name) {
    document.cookie = name + '=;expires=Thu, 01 Jan 1970 00:00:00 GMT;path=/;SameSite=Lax';
  }
  function cookieName(base) { return '_pk_' + base + '.' + s.siteId + '.1a2b'; }
  function deleteTrackerCookies() { ['id', 'ses', 'ref', 'cvar'].forEach(function (b) { if (getCookie(cookieName(b))) deleteCookie(cookieName(b)); }); }

  function detectFeatures() {
    if (!s.detection) return {};
    if (!s.clientHints) {
      var ua = navigator.userAgentData;
      s.clientHints = { brands: ua ? ua.brands : [{ brand: 'Stand-in', version: '1' }], platform: ua ? ua.platform : navigator.platform, fullVersionList: [{ brand: 'Stand-in', version: '1.2.3.4' }] };
    }
    if (s.features.res === undefined) {
      ['pdf', 'qt', 'realp', 'wma', 'fla', 'java', 'ag'].forEach(function (p) { s.features[p] = '0'; });
      s.features.cookie = navigator.cookieEnabled ? '1' : '0';
      s.features.res = screen.width + 'x' + screen.height;
    }
    return s.features;
  }
  function visitorId() {
    var id = getCookie(cookieName('id'));
    if (id) return id.split('.')[0];
    var out = '';
    for (var i = 0; i < 16; i++) out += Math.floor(Math.random() * 16).toString(16);
    return out;
  }
  function getRequest(params) {
    if (s.cookiesDisabled) deleteTrackerCookies();
    detectFeatures();
    var id = visitorId();
    params.idsite = s.siteId;
    params.rec = '1';
    params._id = s.cookiesDisabled ? '' : id;
    params.url = location.href;
    // Referrer attribution: at the start of a visit, a referrer from another host is kept 6 months.
    var ref = document.referrer;
    if (!getCookie(cookieName('ses')) && ref && new URL(ref).host !== location.host) {
      setCookie(cookieName('ref'), JSON.stringify(['', '', Math.floor(Date.now() / 1000), ref]), s.referralMs);
    }
    if (ref) params.urlref = ref;
    setCookie(cookieName('id'), id + '.' + Math.floor(Date.now() / 1000) + '.', s.visitorMs);
    setCookie(cookieName('ses'), '1', s.sessionMs);
    return params;
  }
  function sendRequest(params) {
    if (getCookie(CONSENT_REMOVED)) s.hasConsent = false;
    else if (getCookie(CONSENT)) s.hasConsent = true;
    if (!s.hasConsent) { s.queued.push(params); return; }
    s.sentYet = true;
    if (s.consentRequired) params.consent = '1';
    var f = s.features;
    for (var k in f) if (Object.prototype.hasOwnProperty.call(f, k)) params[k] = f[k];
    if (s.clientHints) params.uadata = JSON.stringify(s.clientHints);
    new Image().src = s.trackerUrl + '?' + new URLSearchParams(params).toString();
  }
  function report(problem) {
    var base = s.trackerUrl ? s.trackerUrl.replace(/matomo\.php$/, '') : scriptBase;
    new Image().src = base + 'matomo.php?' + new URLSearchParams({ problem: problem }).toString();
  }
  var scriptBase = document.currentScript ? document.currentScript.src.replace(/matomo\.js$/, '') : '';

  var tracker = {
    setTrackerUrl: function (u) { s.trackerUrl = u; },
    setSiteId: function (id) { s.siteId = String(id); },
    setSecureCookie: function (on) { if (on && location.protocol !== 'https:') { report('setSecureCookie on http'); return; } s.secure = !!on; },
    setVisitorCookieTimeout: function (seconds) { s.visitorMs = seconds * 1000; },
    setSessionCookieTimeout: function (seconds) { s.sessionMs = seconds * 1000; },
    setReferralCookieTimeout: function (seconds) { s.referralMs = seconds * 1000; },
    disableBrowserFeatureDetection: function () { s.detection = false; s.features = {}; },
    enableBrowserFeatureDetection: function () { s.detection = true; detectFeatures(); },
    enableLinkTracking: function () {},
    disableCookies: function () { s.cookiesDisabled = true; if (s.siteId) deleteTrackerCookies(); },
    requireConsent: function () {
      s.consentRequired = true;
      s.hasConsent = !!getCookie(CONSENT) && !getCookie(CONSENT_REMOVED);
      if (!s.hasConsent) s.cookiesDisabled = true;
    },
    setCookieConsentGiven: function () {
      if (!s.cookiesDisabled) return;
      s.cookiesDisabled = false;
      if (!s.detection) tracker.enableBrowserFeatureDetection();
      if (s.siteId && s.sentYet) sendRequest(getRequest({ ping: '1' }));
    },
    setConsentGiven: function (setCookieConsent) {
      s.hasConsent = true;
      if (!s.detection) tracker.enableBrowserFeatureDetection();
      deleteCookie(CONSENT_REMOVED);
      var q = s.queued; s.queued = [];
      q.forEach(sendRequest);
      if (setCookieConsent === undefined || setCookieConsent) tracker.setCookieConsentGiven();
    },
    rememberConsentGiven: function () {
      tracker.setConsentGiven(true);
      setCookie(CONSENT, String(Date.now()), 30 * 365 * DAY_MS);
    },
    forgetCookieConsentGiven: function () { deleteCookie(COOKIE_CONSENT); tracker.disableCookies(); },
    forgetConsentGiven: function (hoursToExpire) {
      deleteCookie(CONSENT);
      setCookie(CONSENT_REMOVED, String(Date.now()), hoursToExpire ? hoursToExpire * 60 * 60 * 1000 : 30 * 365 * DAY_MS);
      tracker.forgetCookieConsentGiven();
      tracker.requireConsent();
    },
    trackPageView: function (title) { s.queued = []; sendRequest(getRequest({ action_name: title || document.title })); },
  };

  function apply(command) {
    if (!command || !command.length) return;
    var name = command[0];
    if (typeof name === 'function') { name.apply(tracker, command.slice(1)); return; }
    var fn = tracker[name];
    if (fn) fn.apply(tracker, command.slice(1));
    else report('unknown command ' + name);
  }
  var pending = (window._paq || []).slice();
  APPLY_FIRST.forEach(function (name) {
    for (var i = 0; i < pending.length; i++) {
      if (pending[i] && pending[i][0] === name) { apply(pending[i]); pending[i] = null; }
    }
  });
  pending.forEach(function (command) { if (command) apply(command); });
  window._paq = { push: function () { for (var j = 0; j < arguments.length; j++) apply(arguments[j]); } };
})();
