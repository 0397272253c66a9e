// TreatyLab web page, "After New START": the three-party talks (US, Russia, China), played by engine agents or with a
// person in any delegation; the three-party stability; the talks among all against the bilateral alternative.
'use strict';

const AFTER = 'after-new-start-2026';
const after = { scenario: null, session: null, play: null, seat: null };

// The terms of this scenario's issues, in its order (ceilings as numbers or 'no limit').
function afterTerms(t) {
  if (!t) { return '–'; }
  return after.scenario.issues.map((i) => {
    const v = t[i.id];
    const text = v === null ? 'no limit' : typeof v === 'number' ? v.toLocaleString('en') : typeof v === 'boolean' ? (v ? 'yes' : 'no') : v;
    return i.id.replace(/_/g, ' ') + ' ' + text;
  }).join(', ');
}

function afterAgents() {
  const out = {};
  after.scenario.parties.forEach((p) => { out[p] = el('a-agent-' + p).value; });
  return out;
}

views.after = async function () {
  if (after.scenario) { return; }
  after.scenario = await api.get('/api/talks/scenarios/' + AFTER);
  after.scenario.parties.forEach((p) => {
    const sel = el('a-agent-' + p);
    after.scenario.agents_available.forEach((a) => sel.add(new Option(a, a)));
    sel.value = after.scenario.delegations[p].agent;
    el('a-play-' + p).disabled = false;
  });
  el('a-run').disabled = false;
  el('a-compare').disabled = false;
};

el('a-run').onclick = async () => {
  el('a-error').textContent = '';
  el('a-summary').textContent = 'Playing the three-party talks…';
  try {
    const r = await api.post('/api/talks/runs', { scenario: AFTER, seed: Number(el('a-seed').value || 1), agents: afterAgents() });
    afterResult(r, r.trace);
  } catch (e) { el('a-summary').textContent = ''; el('a-error').textContent = e.message; }
};

el('a-compare').onclick = async () => {
  el('a-compare-status').textContent = 'Playing both ensembles (the talks among all, and the bilateral alternative)…';
  try {
    const c = await api.get('/api/talks/scenarios/' + AFTER + '/comparison');
    const a = c.all_parties;
    const b = c.bilateral;
    el('a-compare-status').textContent = 'All parties: agreement in ' + Math.round(100 * a.agreement_share) + '% of '
      + a.runs + ' runs. Bilateral (' + b.parties.join('–') + ', ' + b.outside.join(', ') + ' outside): agreement in '
      + Math.round(100 * b.agreement_share) + '% of ' + b.runs + ' runs.';
    table(el('a-compare-table'), ['party', 'no treaty', 'all parties', 'bilateral', 'bilateral − all', 'Nash (all)', 'Nash (bilateral)'],
      c.parties.map((p) => [p + (b.outside.includes(p) ? ' (outside)' : ''), c.no_treaty[p].toFixed(3),
        a.expected_utility[p].toFixed(3), b.expected_utility[p].toFixed(3),
        (c.bilateral_gain[p] >= 0 ? '+' : '') + c.bilateral_gain[p].toFixed(3), a.nash_utility[p].toFixed(3),
        b.nash_utility[p].toFixed(3)]));
  } catch (e) { el('a-compare-status').textContent = e.message; }
};

['US', 'RU', 'CN'].forEach((p) => { el('a-play-' + p).onclick = () => afterStart(p); });
['a-offer', 'a-accept', 'a-end'].forEach((b) => { el(b).onclick = () => afterMove(b.substring(2)); });

function afterResult(r, trace) {
  const parts = after.scenario.parties;
  el('a-summary').innerHTML = '';
  const strong = document.createElement('strong');
  strong.textContent = r.agreement ? 'Agreement on ' + r.agreed_on + ': ' + afterTerms(r.agreement) + '.'
    : 'No agreement (' + r.end + '): no treaty after ' + after.scenario.deadline + '.';
  el('a-summary').appendChild(strong);
  el('a-summary').appendChild(document.createTextNode(' Values: ' + parts.map((p) => p + ' ' + r.utilities[p].toFixed(3)
    + ' (no treaty ' + r.reservation[p].toFixed(3) + ')').join(', ') + '. Chance that all ratify: '
    + r.ratification_probability.toFixed(2) + '. Nash terms: ' + afterTerms(r.nash.agreement) + '.'));
  const st = r.stability;
  const cats = [];
  const vals = [];
  parts.forEach((p) => {
    cats.push(p + ' agreed', p + ' no treaty');
    vals.push(st.agreed.surviving_warheads[p], st.no_treaty.surviving_warheads[p]);
  });
  chart('a-stability').setOption({ animation: false,
    title: { text: 'Surviving warheads after the worse single attacker\'s first strike (N-party index: agreed '
      + st.agreed.stability_index.toFixed(3) + ', no treaty ' + st.no_treaty.stability_index.toFixed(3) + ')', textStyle: { fontSize: 13 } },
    grid: { left: 110, right: 40 }, xAxis: { type: 'value' }, yAxis: { type: 'category', data: cats },
    series: [{ type: 'bar', data: vals.map((v, i) => ({ value: Math.round(v), itemStyle: { color: COLOURS[Math.floor(i / 2)],
      decal: i % 2 ? { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: 0.8 } : undefined } })),
    label: { show: true, position: 'right' } }], aria: { enabled: true, decal: { show: true } } }, true);
  table(el('a-trace'), ['round', 'date', 'delegation', 'move', 'terms'].concat(parts.map((p) => p + ' value')),
    trace.map((m) => [m.round, m.date, m.party, m.move, afterTerms(m.terms)].concat(parts.map((p, i) =>
      (m.utilities ? m.utilities[i].toFixed(3) : '')))));
}

async function afterStart(party) {
  el('a-error').textContent = '';
  const s = await api.post('/api/talks/sessions', { scenario: AFTER, play: party, seed: Number(el('a-seed').value || 1), agents: afterAgents() });
  after.session = s.id; after.play = party; after.seat = s.seat_secret;
  el('a-live').hidden = false;
  const f = el('a-form');
  f.innerHTML = '';
  const head = f.createTHead().insertRow();
  ['issue', 'your offer'].forEach((h) => { const th = document.createElement('th'); th.textContent = h; head.appendChild(th); });
  const body = f.createTBody();
  after.scenario.issues.forEach((i) => {
    const tr = body.insertRow();
    tr.insertCell().textContent = i.label;
    const sel = document.createElement('select');
    sel.id = 'a-issue-' + i.id;
    sel.setAttribute('aria-label', i.label);
    i.values.forEach((v) => sel.add(new Option(v, v)));
    tr.insertCell().appendChild(sel);
  });
  afterSession(s);
}

function afterSession(s) {
  el('a-calendar').textContent = (s.over ? 'Talks over. ' : '') + 'Round ' + s.round + ' of ' + s.rounds + ', ' + s.date
    + ' — ' + s.days_left + ' days to the deadline ' + s.deadline + '. You play ' + s.play + '.';
  const tbl = s.offer_on_table;
  el('a-table').textContent = tbl ? 'On the table (from ' + tbl.by + '): ' + afterTerms(tbl.terms) + ' — your value '
    + (tbl.your_value === null ? '–' : tbl.your_value.toFixed(3)) + ' (no treaty: ' + s.your_reservation.toFixed(3) + ')'
    : 'No offer on the table yet. Your value of no treaty: ' + s.your_reservation.toFixed(3);
  if (tbl) { Object.entries(tbl.options).forEach(([k, v]) => { const sel = el('a-issue-' + k); if (sel) { sel.value = v; } }); }
  ['a-offer', 'a-accept', 'a-end'].forEach((b) => { el(b).disabled = s.over || !s.your_turn; });
  el('a-accept').disabled = el('a-accept').disabled || !tbl;
  if (s.result) {
    afterResult(s.result, s.result.trace);
  } else {
    el('a-summary').textContent = '';
    table(el('a-trace'), ['round', 'date', 'delegation', 'move', 'terms', 'your value'],
      s.history.map((h) => [h.round, h.date, h.party, h.move, afterTerms(h.terms), h.your_value === null ? '' : h.your_value.toFixed(3)]));
  }
}

async function afterMove(kind) {
  el('a-error').textContent = '';
  const body = { move: kind };
  if (kind === 'offer') {
    body.terms = {};
    after.scenario.issues.forEach((i) => { body.terms[i.id] = el('a-issue-' + i.id).value; });
  }
  try {
    afterSession(await api.post('/api/talks/sessions/' + encodeURIComponent(after.session) + '/moves?seat='
      + encodeURIComponent(after.seat), body));
  } catch (e) { el('a-error').textContent = e.message; }
}
