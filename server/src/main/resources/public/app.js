// TreatyLab web page: plain JavaScript over the REST API; charts with ECharts (animation off for screenshots).
'use strict';

const api = {
  async get(path) { return api.handle(await fetch(path)); },
  async post(path, body, type) {
    const json = type === undefined;
    return api.handle(await fetch(path, { method: 'POST', headers: { 'Content-Type': json ? 'application/json' : type },
      body: json ? JSON.stringify(body) : body }));
  },
  async handle(res) {
    const text = await res.text();
    const data = text ? (res.headers.get('content-type') || '').includes('json') ? JSON.parse(text) : text : null;
    if (!res.ok) { throw new Error((data && data.detail) || (data && data.error) || res.statusText); }
    return data;
  }
};

const el = (id) => document.getElementById(id);
const charts = {};
function chart(id) {
  if (!charts[id]) { charts[id] = echarts.init(el(id)); TreatyCharts.tools(el(id), charts[id]); }
  return charts[id];
}
window.addEventListener('resize', () => Object.values(charts).forEach((c) => c.resize()));

// Marker shapes and dash styles so that series read without colour (one vocabulary, charts.js).
const SYMBOLS = TreatyCharts.SYMBOLS;
const DASHES = TreatyCharts.DASHES;
const COLOURS = TreatyCharts.COLOURS;

function table(tableEl, header, rows, cellClass) {
  tableEl.innerHTML = '';
  const thead = tableEl.createTHead().insertRow();
  header.forEach((h) => { const th = document.createElement('th'); th.textContent = h; thead.appendChild(th); });
  const body = tableEl.createTBody();
  rows.forEach((r) => {
    const tr = body.insertRow();
    r.forEach((v, i) => {
      const td = tr.insertCell();
      td.textContent = v === null || v === undefined ? '–' : v;
      td.dataset.label = header[i];
      const cls = cellClass && cellClass(i, v);
      if (cls) { td.className = cls; }
    });
  });
}

// ---- tabs ----
const views = {};
function show(view) {
  if (!document.getElementById('view-' + view)) { view = 'compliance'; }
  document.querySelectorAll('#tabs button').forEach((b) => b.setAttribute('aria-selected', b.dataset.view === view));
  document.querySelectorAll('.view').forEach((s) => { s.hidden = s.id !== 'view-' + view; });
  const ready = views[view] ? views[view]() : null;
  Object.values(charts).forEach((c) => c.resize());
  TreatyCharts.resizeAll();
  return ready;
}
// The address (hash) and Back/Forward: nav.js.
document.querySelectorAll('#tabs button').forEach((b) => b.addEventListener('click', () => Nav.open(b.dataset.view)));

// ---- compliance: compliance.js ----
let treatiesCache = null;
async function treaties() { treatiesCache = treatiesCache || await api.get('/api/treaties'); return treatiesCache; }

// ---- treaty editor ----
views.editor = async function () {
  const base = el('e-base');
  if (base.options.length) { return; }
  (await treaties()).forEach((t) => base.add(new Option(t.name + (t.draft ? ' (draft)' : ''), t.id)));
  base.value = 'new-start';
  (await api.get('/api/postures')).forEach((p) => el('e-posture').add(new Option(p, p)));
  el('e-posture').value = 'us-russia-2009';
  el('e-load').onclick = loadBase;
  el('e-validate').onclick = validateDraft;
  el('e-save').onclick = saveDraft;
  await loadBase();
};

async function loadBase() {
  const text = await api.get('/api/treaties/' + encodeURIComponent(el('e-base').value) + '?format=file');
  el('e-text').value = text;
  status('', '');
}

function status(msg, cls) { const s = el('e-status'); s.textContent = msg; s.className = cls; }

async function validateDraft() {
  const v = await api.post('/api/treaties/validate', el('e-text').value, 'text/plain');
  if (!v.valid) { status(v.error, 'error'); el('e-result').innerHTML = ''; return; }
  try {
    await countDraft({ treaty_text: el('e-text').value });
    const edited = v.treaty.limits.filter((l) => l.sources.some((x) => x.startsWith('draft:'))).map((l) => l.id);
    status('Valid: ' + v.treaty.name + ' (' + v.treaty.id + '), ' + v.treaty.limits.length + ' limits; counted against '
      + el('e-posture').value + '.' + (edited.length ? ' Edited ceilings (' + edited.join(', ') + ') now cite the draft'
      + ' itself, not the copied treaty text.' : ''), 'ok');
  } catch (e) { status(e.message, 'error'); }
}

async function countDraft(treaty) {
  const r = await api.post('/api/count', Object.assign({ posture: el('e-posture').value, date: el('e-date').value || null }, treaty));
  const rows = [];
  r.parties.forEach((p) => p.limits.forEach((l) => rows.push([p.party, l.id, l.counted, l.limit, l.margin, l.required_cut, l.verdict])));
  table(el('e-result'), ['party', 'limit', 'counted', 'ceiling', 'margin', 'required cut', 'verdict on ' + (r.date || '–')], rows,
    (i, v) => (i === 6 && v ? 'verdict-' + v : null));
  document.dispatchEvent(new CustomEvent('treatylab:draft-counted', { detail: Object.assign({ posture: el('e-posture').value }, treaty) }));
}

async function saveDraft() {
  try {
    const t = await api.post('/api/treaties', el('e-text').value, 'text/plain');
    treatiesCache = null;
    // The saved draft is offered at once under "Start from" (and in the compliance view, which re-reads the list).
    const base = el('e-base');
    if (!Array.from(base.options).some((o) => o.value === t.id)) { base.add(new Option(t.name + ' (draft)', t.id)); }
    await countDraft({ treaty: t.id });
    status('Saved draft ' + t.id + ' and counted it against ' + el('e-posture').value + '.', 'ok');
  } catch (e) { status(e.message, 'error'); }
}

// ---- the 2009 talks ----
const talks = { scenario: null, analysis: null, session: null, play: null };

el('t-run').onclick = runTalks;
el('t-play-US').onclick = () => startSession('US');
el('t-play-RU').onclick = () => startSession('RU');
el('t-offer').onclick = () => move('offer');
el('t-accept').onclick = () => move('accept');
el('t-end').onclick = () => move('end');
['t-run', 't-play-US', 't-play-RU'].forEach((b) => { el(b).disabled = true; });

views.talks = async function () {
  if (talks.scenario) { return; }
  const [scenarios, analysis] = await Promise.all([api.get('/api/talks/scenarios'),
    api.get('/api/talks/scenarios/start-2009/analysis')]);
  talks.scenario = scenarios.find((s) => s.id === 'start-2009');
  talks.analysis = analysis;
  ['US', 'RU'].forEach((p) => {
    const sel = el('t-agent-' + p);
    talks.scenario.agents_available.forEach((a) => sel.add(new Option(a, a)));
    sel.value = talks.scenario.delegations[p].agent;
  });
  drawSpace([], null);
  ['t-run', 't-play-US', 't-play-RU'].forEach((b) => { el(b).disabled = false; });
};

function agentsChosen() { return { US: el('t-agent-US').value, RU: el('t-agent-RU').value }; }

async function runTalks() {
  el('t-live').hidden = true;
  el('t-summary').textContent = 'Playing…';
  const r = await api.post('/api/talks/runs', { scenario: 'start-2009', seed: Number(el('t-seed').value || 1), agents: agentsChosen() });
  showResult(r, r.trace);
}

function termsText(t) {
  if (!t) { return '–'; }
  const c = (v) => (v === null ? 'no limit' : v.toLocaleString('en'));
  return 'warheads ' + c(t.warheads) + ', deployed launchers ' + c(t.deployed_launchers) + ', total launchers '
    + c(t.total_launchers) + ', bombers ' + t.bomber_counting + ', missile defence ' + t.missile_defense + ', inspections '
    + t.inspections_per_year + '/yr, telemetry ' + (t.telemetry ? 'yes' : 'no') + ', unique ids ' + (t.unique_ids ? 'yes' : 'no')
    + ', ' + t.duration_years + ' years';
}

function showResult(r, trace) {
  const u = (p) => r.utilities[p].toFixed(3) + ' (no treaty ' + r.reservation[p].toFixed(3) + ')';
  el('t-summary').innerHTML = '';
  const strong = document.createElement('strong');
  strong.textContent = r.agreement ? 'Agreement on ' + r.agreed_on + ': ' + termsText(r.agreement)
    : 'No agreement (' + r.end + '): no treaty after ' + talks.scenario.deadline + '.';
  el('t-summary').appendChild(strong);
  el('t-summary').appendChild(document.createTextNode(' Value to US ' + u('US') + ', to Russia ' + u('RU')
    + '. Distance to the Pareto frontier ' + r.pareto_distance.toFixed(3) + '. Nash terms: ' + termsText(r.nash.agreement) + '.'));
  drawSpace(trace, r);
  drawCeilings(trace);
  drawStability(r.stability);
  const rows = [];
  if (r.compared_to_new_start) {
    const ju = r.compared_to_new_start.joint_understanding;
    const ns = r.compared_to_new_start.new_start;
    ['warheads', 'deployed_launchers', 'total_launchers'].forEach((k) => rows.push([k, ju[k].agreed === null ? 'no limit' : ju[k].agreed,
      ju[k].range + ' (' + ju[k].position + ')', ns[k].signed, ns[k].difference]));
    rows.push(['missile_defense', ns.missile_defense.agreed, 'a provision on the interrelationship', ns.missile_defense.signed,
      ns.missile_defense.same ? 'same' : 'differs']);
  }
  table(el('t-compare'), ['term', 'agreed', 'Joint Understanding 2009-07-06', 'New START (signed)', 'difference'], rows);
  table(el('t-trace'), ['round', 'date', 'delegation', 'move', 'terms', 'US value', 'RU value'],
    trace.map((t) => [t.round, t.date, t.party, t.move, termsText(t.terms), t.utilities ? t.utilities[0].toFixed(3) : '',
      t.utilities ? t.utilities[1].toFixed(3) : '']), (i) => (i === 4 ? 'long' : null));
}

function drawSpace(trace, r) {
  TreatyCharts.draw(el('t-space'), 'talksSpace', { analysis: talks.analysis, trace, result: r });
}

function drawCeilings(trace) {
  if (!trace.some((t) => t.move === 'offer')) { return; }
  TreatyCharts.draw(el('t-ceilings'), 'talksCeilings', { scenario: talks.scenario, trace });
}

function drawStability(st) {
  TreatyCharts.draw(el('t-stability'), 'talksStability', { stability: st, parties: talks.scenario.parties });
}

async function startSession(party) {
  el('t-error').textContent = '';
  const s = await api.post('/api/talks/sessions', { scenario: 'start-2009', play: party, seed: Number(el('t-seed').value || 1), agents: agentsChosen() });
  talks.session = s.id; talks.play = party;
  el('t-live').hidden = false;
  buildForm();
  renderSession(s);
}

function buildForm() {
  const f = el('t-form');
  f.innerHTML = '';
  const head = f.createTHead().insertRow();
  ['issue', 'your offer'].forEach((h) => { const th = document.createElement('th'); th.textContent = h; head.appendChild(th); });
  const body = f.createTBody();
  talks.scenario.issues.forEach((i) => {
    const tr = body.insertRow();
    tr.insertCell().textContent = i.label;
    const sel = document.createElement('select');
    sel.id = 't-issue-' + i.id;
    sel.setAttribute('aria-label', i.label);
    i.values.forEach((v) => sel.add(new Option(v, v)));
    tr.insertCell().appendChild(sel);
  });
}

function renderSession(s) {
  el('t-calendar').textContent = (s.over ? 'Talks over. ' : '') + 'Round ' + s.round + ' of ' + s.rounds + ', ' + s.date
    + ' — ' + s.days_left + ' days to the deadline ' + s.deadline + '. You play ' + s.play + '.';
  const tbl = s.offer_on_table;
  el('t-table').innerHTML = '';
  const strong = document.createElement('strong');
  strong.textContent = tbl ? 'On the table (from ' + tbl.by + '): ' + termsText(tbl.terms) : 'No offer on the table yet.';
  el('t-table').appendChild(strong);
  el('t-table').appendChild(document.createTextNode(tbl ? ' — your value ' + tbl.your_value.toFixed(3) + ' (no treaty: '
    + s.your_reservation.toFixed(3) + ')' : ' Your value of no treaty: ' + s.your_reservation.toFixed(3)));
  if (tbl) { Object.entries(tbl.options).forEach(([k, v]) => { const sel = el('t-issue-' + k); if (sel) { sel.value = v; } }); }
  ['t-offer', 't-accept', 't-end'].forEach((b) => { el(b).disabled = s.over || !s.your_turn; });
  el('t-accept').disabled = el('t-accept').disabled || !tbl;
  const trace = s.history.map((h) => ({ round: h.round, date: h.date, party: h.party, move: h.move, terms: h.terms, utilities: h.utilities }));
  if (s.result) { showResult(s.result, trace); } else {
    el('t-summary').textContent = '';
    drawSpace(trace, null); drawCeilings(trace);
    table(el('t-trace'), ['round', 'date', 'delegation', 'move', 'terms', 'your value'],
      s.history.map((h) => [h.round, h.date, h.party, h.move, termsText(h.terms), h.your_value === null ? '' : h.your_value.toFixed(3)]),
      (i) => (i === 4 ? 'long' : null));
  }
}

async function move(kind) {
  el('t-error').textContent = '';
  const body = { move: kind };
  if (kind === 'offer') {
    body.terms = {};
    talks.scenario.issues.forEach((i) => { body.terms[i.id] = el('t-issue-' + i.id).value; });
  }
  try {
    renderSession(await api.post('/api/talks/sessions/' + talks.session + '/moves', body));
  } catch (e) { el('t-error').textContent = e.message; }
}

window.addEventListener('load', () => Nav.apply());
