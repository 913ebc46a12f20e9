// Stand-in for Matomo's matomo.js in the consent tests. It implements, the way Matomo does, the
// parts of the _paq API the site uses: consent (requireConsent, setConsentGiven,
// forgetConsentGiven), tracker settings and page views. It sets _pk_id/_pk_ses cookies when
// tracking with consent and reports any command it does not know, so the tests notice.
(function () {
  'use strict';
  var VISITOR_MS = 13 * 30 * 24 * 60 * 60 * 1000;
  var SESSION_MS = 30 * 60 * 1000;
  var CONSENT_REMOVED_MS = 30 * 365 * 24 * 60 * 60 * 1000;
  var s = { trackerUrl: '', siteId: '', consentRequired: false, consentGiven: false, cookies: true, secure: false, queued: [] };

  function cookieNames() {
    return document.cookie.split(';').map(function (c) { return c.split('=')[0].trim(); }).filter(Boolean);
  }
  function setCookie(name, value, ms) {
    document.cookie = name + '=' + value + '; expires=' + new Date(Date.now() + ms).toUTCString() + '; path=/; SameSite=Lax' + (s.secure ? '; Secure' : '');
  }
  function deleteCookie(name) {
    document.cookie = name + '=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/; SameSite=Lax';
  }
  function deleteTrackerCookies() {
    cookieNames().forEach(function (n) { if (n.indexOf('_pk_') === 0) deleteCookie(n); });
  }
  function suffix() { return '.' + s.siteId + '.1a2b'; }
  function visitorId() {
    var existing = document.cookie.split(';').map(function (c) { return c.trim(); }).filter(function (c) { return c.indexOf('_pk_id' + suffix() + '=') === 0; })[0];
    if (existing) return existing.split('=')[1].split('.')[0];
    var id = '';
    for (var i = 0; i < 16; i++) id += Math.floor(Math.random() * 16).toString(16);
    return id;
  }
  function send(params) {
    if (s.consentRequired && !s.consentGiven) { s.queued.push(params); return; }
    var id = visitorId();
    if (s.cookies) {
      setCookie('_pk_id' + suffix(), id + '.' + Math.floor(Date.now() / 1000), VISITOR_MS);
      setCookie('_pk_ses' + suffix(), '1', SESSION_MS);
    }
    params.idsite = s.siteId;
    params.rec = '1';
    params._id = id;
    params.url = location.href;
    new Image().src = s.trackerUrl + '?' + new URLSearchParams(params).toString();
  }
  function report(problem) {
    var base = s.trackerUrl ? s.trackerUrl.replace(/matomo\.php$/, '') : document.currentScript ? document.currentScript.src.replace(/matomo\.js$/, '') : '';
    new Image().src = base + 'matomo.php?' + new URLSearchParams({ problem: problem }).toString();
  }
  var commands = {
    setTrackerUrl: function (u) { s.trackerUrl = u; },
    setSiteId: function (id) { s.siteId = String(id); },
    setSecureCookie: function (on) { s.secure = !!on; },
    disableBrowserFeatureDetection: function () {},
    enableLinkTracking: function () {},
    requireConsent: function () {
      s.consentRequired = true;
      s.consentGiven = cookieNames().indexOf('mtm_consent') >= 0 && cookieNames().indexOf('mtm_consent_removed') < 0;
      if (!s.consentGiven) s.cookies = false;
    },
    setConsentGiven: function () {
      s.consentGiven = true;
      s.cookies = true;
      deleteCookie('mtm_consent_removed');
      var q = s.queued; s.queued = [];
      q.forEach(send);
    },
    forgetConsentGiven: function () {
      // Like Matomo: forget the remembered consent, mark it removed, stop cookies and delete them, require consent again.
      deleteCookie('mtm_consent');
      setCookie('mtm_consent_removed', String(Date.now()), CONSENT_REMOVED_MS);
      s.cookies = false;
      deleteTrackerCookies();
      s.consentGiven = false;
      s.consentRequired = true;
      s.queued = [];
    },
    trackPageView: function (title) { send({ action_name: title || document.title }); },
  };
  function apply(command) {
    if (!command || !command.length) return;
    var fn = commands[command[0]];
    if (fn) fn.apply(null, command.slice(1));
    else report('unknown command ' + command[0]);
  }
  var pending = window._paq || [];
  for (var i = 0; i < pending.length; i++) apply(pending[i]);
  window._paq = { push: function () { for (var j = 0; j < arguments.length; j++) apply(arguments[j]); } };
})();
