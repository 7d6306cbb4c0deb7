/*
 * Angel's Kitchen — the language switch in every page's header, and the page's texts for scripts.
 * AkText (the keys starting with "js.") and AkStore (the store's locale, currency and time zone)
 * are written into the page by the server in its language; Ak.text fills a text's {0}, {1}...
 */
(function (global) {
  'use strict';

  const texts = global.AkText || {};

  /** A text of the page's language with its placeholders filled; ???key??? when it is missing. */
  function text(key, ...values) {
    const pattern = Object.prototype.hasOwnProperty.call(texts, key) ? texts[key] : '???' + key + '???';
    if (values.length === 0) return pattern;
    // As in Java's MessageFormat, a text with placeholders writes an apostrophe twice; the values
    // filled in (a guest's name, a note) are left exactly as they are.
    return pattern.replace(/''/g, "'")
      .replace(/\{(\d+)\}/g, (whole, n) => (n < values.length ? String(values[n]) : whole));
  }

  const store = global.AkStore || { locale: 'es-AR', currency: 'ARS', timeZone: undefined };

  /** Money the store's way ($ 1.800,00). */
  function money(amount) {
    return new Intl.NumberFormat(store.locale, { style: 'currency', currency: store.currency })
      .format(Number(amount));
  }

  /** The time of day in the restaurant's zone (21:05). */
  function time(instant) {
    return new Intl.DateTimeFormat(store.locale, {
      hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: store.timeZone,
    }).format(new Date(instant));
  }

  global.Ak = Object.assign(global.Ak || {}, { text, money, time, store });

  function choose(language) {
    const root = (document.body && document.body.dataset.contextPath) || '';
    return fetch(root + '/api/language', {
      method: 'PUT',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-Kitchen-Client': 'screen' },
      body: JSON.stringify({ language }),
    }).then((response) => {
      if (!response.ok) throw new Error(String(response.status));
      global.location.reload();
    }).catch(() => {
      global.alert(text('js.language.failed'));
    });
  }

  document.addEventListener('click', (e) => {
    const button = e.target.closest && e.target.closest('[data-language]');
    if (!button || button.classList.contains('ak-language-current')) return;
    e.preventDefault();
    choose(button.dataset.language);
  });
})(window);
