// TreatyLab web page, navigation: the address names the view and its state (#compliance?treaty=sort,
// #stability?posture=us-russia-2024&rule=keep-ssbns, #talks?seed=3&US=boulware&RU=conceder&run=1), so a link restores
// what was on screen and Back/Forward step through the views and choices. Views register how to read and restore
// their state. Loaded before the views' files; uses show() from app.js.
'use strict';

const Nav = (() => {
  const states = {};
  let applying = false;

  function parse(hash) {
    const text = (hash || '').replace(/^#/, '');
    const at = text.indexOf('?');
    const view = (at < 0 ? text : text.slice(0, at)) || 'compliance';
    return { view, params: Object.fromEntries(new URLSearchParams(at < 0 ? '' : text.slice(at + 1))) };
  }

  function hashOf(view) {
    const s = states[view];
    const params = Object.entries(s ? s.get() : {}).filter(([, v]) => v !== undefined && v !== null && v !== '');
    const query = new URLSearchParams(params).toString();
    return '#' + view + (query ? '?' + query : '');
  }

  /** A new history entry for the view's current state (not while restoring one). */
  function record(view) {
    if (applying) { return; }
    const h = hashOf(view);
    if (location.hash !== h) { history.pushState(null, '', h); }
  }

  /** Shows the view the address names and restores its state. */
  async function apply() {
    const { view, params } = parse(location.hash);
    applying = true;
    try {
      const s = states[view];
      if (s && s.before) { s.before(params); }
      await show(view);
      if (s && s.set) { await s.set(params); }
    } finally {
      applying = false;
    }
    const h = hashOf(parse(location.hash).view);
    if (location.hash !== h) { history.replaceState(null, '', h); }
  }

  /** A tab chosen: its view shown, then its state recorded as a new history entry once the view is ready. */
  async function open(view) {
    history.pushState(null, '', '#' + view);
    await show(view);
    const h = hashOf(view);
    if (location.hash.startsWith('#' + view) && location.hash !== h) { history.replaceState(null, '', h); }
  }

  window.addEventListener('popstate', apply);
  return { register(view, s) { states[view] = s; }, record, apply, open, parse };
})();
