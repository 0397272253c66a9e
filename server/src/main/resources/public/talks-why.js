// TreatyLab web page, the talks' "Why these numbers?" panel: each delegation's criteria, weights, rationales and
// sources, its value of no treaty, and every option's value and criterion scores, all from
// GET /api/talks/scenarios/{id}/explain (the same record as 'treatylab talks explain'). Uses api, el, table and views
// from app.js.
'use strict';

(() => {
  const SCENARIO = 'start-2009';
  const SOURCES = '/docs/talks-sources.md';
  const NAMES = { US: 'United States', RU: 'Russia', CN: 'China' };
  let explain = null;
  const n3 = (v) => (v === null || v === undefined ? '–' : Number(v).toFixed(3));
  const words = (id) => id.replace(/_/g, ' ');

  /** A rationale with its [KEY] citations turned into links to the shipped sources page. */
  function rationale(text) {
    const span = document.createElement('span');
    let last = 0;
    const re = /\[([A-Z][A-Z0-9-]*)\]/g;
    let m;
    while ((m = re.exec(text)) !== null) {
      span.appendChild(document.createTextNode(text.slice(last, m.index)));
      const a = document.createElement('a');
      a.href = SOURCES;
      a.target = '_blank';
      a.rel = 'noopener';
      a.textContent = m[0];
      a.title = 'source ' + m[1] + ': see the shipped list of the scenario\'s sources';
      span.appendChild(a);
      last = m.index + m[0].length;
    }
    span.appendChild(document.createTextNode(text.slice(last)));
    return span;
  }

  function delegation(party, d) {
    const box = document.createElement('div');
    box.className = 'why-delegation';
    const h = document.createElement('h4');
    h.textContent = (NAMES[party] || party) + ': what the delegation weighs (value of no treaty ' + n3(d.reservation) + ')';
    box.appendChild(h);
    const t = document.createElement('table');
    t.className = 'data why-weights';
    t.id = 't-why-weights-' + party;
    box.appendChild(t);
    const ids = Object.keys(d.weights);
    table(t, ['criterion', 'weight', 'score with no treaty', 'adds to no treaty', 'why this weight (sources)'],
      ids.map((c) => [words(c), d.weights[c].weight.toFixed(2), n3(d.no_treaty_scores[c]), n3(d.no_treaty_contributions[c]), '']),
      (i) => (i === 4 ? 'long' : null));
    t.querySelectorAll('tbody tr').forEach((tr, k) => tr.cells[4].appendChild(rationale(d.weights[ids[k]].rationale)));
    return box;
  }

  function factsText(v) {
    if (!v || !v.facts) { return ''; }
    return Object.entries(v.facts).map(([k, x]) => words(k) + ' ' + (Math.abs(x) >= 10 ? Math.round(x).toLocaleString('en') : Number(x).toFixed(3))).join(', ');
  }

  function showIssue(id) {
    const issue = explain.issues.find((i) => i.id === id);
    const parties = Object.keys(explain.delegations);
    el('t-why-issue-note').textContent = issue.note || '';
    el('t-why-issue-note').replaceChildren(rationale(issue.note || ''));
    const scores = (v) => (v ? issue.criteria.map((c) => words(c) + ' ' + n3(v.scores[c])).join(' · ') : '–');
    table(el('t-why-options'), ['option'].concat(parties.map((p) => p + ' value'), parties.map((p) => p + ': criterion scores')),
      issue.options.map((o) => [o.option].concat(parties.map((p) => n3(o[p] && o[p].value)), parties.map((p) => scores(o[p])))),
      (i) => (i > parties.length ? 'long' : null));
    el('t-why-options').querySelectorAll('tbody tr').forEach((tr, k) => parties.forEach((p, j) => {
      tr.cells[1 + j].title = factsText(issue.options[k][p]);
    }));
  }

  async function load() {
    if (explain) { return; }
    explain = await api.get('/api/talks/scenarios/' + SCENARIO + '/explain');
    const body = el('t-why-body');
    body.innerHTML = '';
    const parties = Object.keys(explain.delegations);
    const intro = document.createElement('p');
    intro.textContent = 'A delegation\'s value of a treaty is the weighted sum of its criteria, each scored from 0 to 1 by the'
      + ' counting, restructuring, stability and inspection engines or by a documented ranking. Values: ' + TreatyCharts.UTILITY_SCALE
      + '. No treaty: ' + parties.map((p) => p + ' ' + n3(explain.delegations[p].reservation)).join(', ')
      + '; an agreement below it is worse than none for that delegation. Weights are assumptions unless a source is named.';
    body.appendChild(intro);
    const pair = document.createElement('div');
    pair.className = 'why-pair';
    parties.forEach((p) => pair.appendChild(delegation(p, explain.delegations[p])));
    body.appendChild(pair);
    const h = document.createElement('h4');
    h.textContent = 'Each option\'s value (every other issue at the reference terms: the treaty in force without an agreement)';
    body.appendChild(h);
    const controls = document.createElement('div');
    controls.className = 'controls';
    const label = document.createElement('label');
    label.textContent = 'Issue ';
    const sel = document.createElement('select');
    sel.id = 't-why-issue';
    explain.issues.forEach((i) => sel.add(new Option(i.label, i.id)));
    sel.onchange = () => showIssue(sel.value);
    label.appendChild(sel);
    controls.appendChild(label);
    body.appendChild(controls);
    const note = document.createElement('p');
    note.id = 't-why-issue-note';
    note.className = 'hint';
    body.appendChild(note);
    const options = document.createElement('table');
    options.id = 't-why-options';
    options.className = 'data';
    body.appendChild(options);
    const src = document.createElement('p');
    src.className = 'hint';
    src.innerHTML = 'Hover a value for the engine figures behind it (counted warheads, survivors, upload potential…).'
      + ' Sources: <a href="' + SOURCES + '" target="_blank" rel="noopener">the scenario\'s sources</a>, shipped with TreatyLab;'
      + ' the same data from the command line: <code>treatylab talks explain ' + SCENARIO + '</code>.';
    body.appendChild(src);
    showIssue(explain.issues[0].id);
  }

  el('t-why').addEventListener('toggle', () => { if (el('t-why').open) { load(); } });
  el('t-why-open').addEventListener('click', async () => {
    el('t-why').open = true;
    await load();
    el('t-why').scrollIntoView();
  });
  window.TalksWhy = { load };

  // Permalinks (nav.js): the seed, the agents and whether the talks were played are in the address.
  let played = false;
  el('t-run').addEventListener('click', () => { played = true; Nav.record('talks'); });
  Nav.register('talks', {
    get: () => ({ seed: el('t-seed').value, US: el('t-agent-US').value, RU: el('t-agent-RU').value, run: played ? '1' : '' }),
    before: (p) => { if (p.seed) { el('t-seed').value = p.seed; } },
    set: async (p) => {
      ['US', 'RU'].forEach((party) => {
        const sel = el('t-agent-' + party);
        if (p[party] && Array.from(sel.options).some((o) => o.value === p[party])) { sel.value = p[party]; }
      });
      if (p.run === '1') { played = true; el('t-run').click(); }
    }
  });
})();
