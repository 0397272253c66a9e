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
// A game is a room: a code, a seat per delegation played by a person (its secret is the seat's link), watchers.
const talks = { scenario: null, analysis: null, session: null, play: null, seat: null, state: null, events: null };

el('t-run').onclick = runTalks;
el('t-play-US').onclick = () => startSession('US');
el('t-play-RU').onclick = () => startSession('RU');
el('t-offer').onclick = () => move('offer');
el('t-accept').onclick = () => move('accept');
el('t-end').onclick = () => move('end');
el('t-room-open').onclick = () => roomAction(openRoom);
el('t-room-join').onclick = () => roomAction(() => joinRoom(el('t-room-code').value));
el('t-room-watch').onclick = () => roomAction(() => watchRoom(el('t-room-code').value));
const TALKS_BUTTONS = ['t-run', 't-play-US', 't-play-RU', 't-room-open', 't-room-join', 't-room-watch'];
TALKS_BUTTONS.forEach((b) => { el(b).disabled = true; });

let talksLoading = null;
views.talks = function () {
  if (!talksLoading) { talksLoading = loadTalks(); }
  return talksLoading;
};

async function loadTalks() {
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
  TALKS_BUTTONS.forEach((b) => { el(b).disabled = false; });
}

function agentsChosen() { return { US: el('t-agent-US').value, RU: el('t-agent-RU').value }; }

async function runTalks() {
  leaveRoom();
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
  enterRoom(s, s.seat_secret);
}

function roomCode(typed) {
  const c = typed.trim().toUpperCase().replace(/\s+/g, '');
  return /^[2-9A-HJKMNP-Z]{8}$/.test(c) ? c.substring(0, 4) + '-' + c.substring(4) : c;
}

async function roomAction(action) {
  el('t-error').textContent = '';
  try { await action(); } catch (e) { el('t-room').textContent = ''; el('t-error').textContent = e.message; el('t-live').hidden = false; }
}

async function openRoom() {
  const play = el('t-room-play').value;
  const body = { scenario: 'start-2009', people: ['US', 'RU'], seed: Number(el('t-seed').value || 1), classroom: el('t-classroom').checked };
  if (play) { body.play = play; }
  const s = await api.post('/api/talks/sessions', body);
  enterRoom(s, s.seat_secret);
}

async function joinRoom(code) {
  const s = await api.post('/api/talks/sessions/' + encodeURIComponent(roomCode(code)) + '/seats', {});
  enterRoom(s, s.seat_secret);
}

async function watchRoom(code) {
  enterRoom(await api.get('/api/talks/sessions/' + encodeURIComponent(roomCode(code))), null);
}

/** Back to a seat (its link) or to watching a room, after a reload or from another tab. */
async function resumeRoom(code, seat) {
  await views.talks();
  await roomAction(async () => enterRoom(await api.get('/api/talks/sessions/' + encodeURIComponent(code)
    + (seat ? '?seat=' + encodeURIComponent(seat) : '')), seat));
}

function seatQuery() { return talks.seat ? '?seat=' + encodeURIComponent(talks.seat) : ''; }

function leaveRoom() {
  if (talks.events) { talks.events.close(); talks.events = null; }
  talks.session = null; talks.seat = null; talks.play = null;
  el('t-room').textContent = '';
  history.replaceState(null, '', location.pathname + location.hash);
}

function enterRoom(s, secret) {
  leaveRoom();
  talks.session = s.id; talks.seat = secret; talks.play = s.play;
  // the page's address is the seat's link (or the room's, for a watcher): a reload or a copy comes back here
  const query = '?room=' + encodeURIComponent(s.id) + (secret ? '&seat=' + encodeURIComponent(secret) : '');
  history.replaceState(null, '', location.pathname + query + '#talks');
  el('t-room-code').value = s.id;
  el('t-live').hidden = false;
  buildForm();
  renderSession(s);
  el('t-room').scrollIntoView({ block: 'start' });
  talks.events = new EventSource('/api/talks/sessions/' + encodeURIComponent(s.id) + '/events' + seatQuery());
  talks.events.addEventListener('state', (e) => renderSession(JSON.parse(e.data)));
}

function renderRoom(s) {
  const r = el('t-room');
  r.innerHTML = '';
  const people = Object.keys(s.agents).filter((p) => s.agents[p] === 'person');
  const add = (text, cls) => { const span = document.createElement('span'); span.textContent = text; if (cls) { span.className = cls; } r.appendChild(span); return span; };
  add('Room ', null);
  add(s.id, 'room-code').id = 't-room-id';
  add(' · ' + (s.play ? 'your seat: ' + s.play : 'you watch' + (s.over ? '' : s.classroom ? ' (classroom: both sides\' values live)' : ' (both sides\' values shown when the talks end)')), null);
  add(people.length > 1 || s.open_seats.length ? ' · open seats: ' + (s.open_seats.length ? s.open_seats.join(', ') : 'none') : '', null);
  if (talks.seat) {
    add(' · ', null);
    const a = document.createElement('a');
    a.id = 't-seat-link';
    a.href = location.origin + location.pathname + '?room=' + encodeURIComponent(s.id) + '&seat=' + encodeURIComponent(talks.seat) + '#talks';
    a.textContent = 'your seat\'s link (keep it to come back)';
    r.appendChild(a);
  }
}

function buildForm() {
  talks.draftTouched = false;
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
  if (s.id !== talks.session) { return; }
  talks.state = s;
  renderRoom(s);
  const watching = s.play === null;
  const who = watching ? 'You watch.' : 'You play ' + s.play + '.';
  const waiting = s.over ? '' : s.your_turn ? ' Your move.' : s.turn && s.open_seats.includes(s.turn)
    ? ' Waiting for someone to take the ' + s.turn + ' seat.' : ' Waiting for ' + s.turn + ' to move.';
  el('t-calendar').textContent = (s.over ? 'Talks over. ' : '') + 'Round ' + s.round + ' of ' + s.rounds + ', ' + s.date
    + ' — ' + s.days_left + ' days to the deadline ' + s.deadline + '. ' + who + waiting;
  const tbl = s.offer_on_table;
  el('t-table').innerHTML = '';
  const strong = document.createElement('strong');
  strong.textContent = tbl ? 'On the table (from ' + tbl.by + '): ' + termsText(tbl.terms) : 'No offer on the table yet.';
  el('t-table').appendChild(strong);
  const v = (x) => (x === null || x === undefined ? '–' : x.toFixed(3));
  if (!watching) {
    el('t-table').appendChild(document.createTextNode(tbl ? ' — your value ' + v(tbl.your_value) + ' (no treaty: '
      + v(s.your_reservation) + ')' : ' Your value of no treaty: ' + v(s.your_reservation)));
  } else if (s.reservations) {
    el('t-table').appendChild(document.createTextNode(' No treaty: US ' + v(s.reservations.US) + ', RU ' + v(s.reservations.RU) + '.'));
  }
  // a watcher has no moves; at the end the result takes the form's place
  el('t-form').hidden = watching || s.over;
  el('t-moves').hidden = watching || s.over;
  // The form starts from the offer on the table; once the player edits it, it keeps the player's draft (talks-play.js).
  if (tbl && s.your_turn && !talks.draftTouched) { Object.entries(tbl.options).forEach(([k, x]) => { const sel = el('t-issue-' + k); if (sel) { sel.value = x; } }); }
  ['t-offer', 't-accept', 't-end'].forEach((b) => { el(b).disabled = s.over || !s.your_turn; });
  el('t-accept').disabled = el('t-accept').disabled || !tbl;
  const trace = s.history.map((h) => ({ round: h.round, date: h.date, party: h.party, move: h.move, terms: h.terms, utilities: h.utilities }));
  if (s.result) { showResult(s.result, trace); } else {
    el('t-summary').textContent = '';
    drawSpace(trace, null); drawCeilings(trace);
    const both = s.history.some((h) => h.utilities);
    table(el('t-trace'), ['round', 'date', 'delegation', 'move', 'terms'].concat(both ? ['US value', 'RU value'] : watching ? [] : ['your value']),
      s.history.map((h) => [h.round, h.date, h.party, h.move, termsText(h.terms)].concat(both
        ? [h.utilities ? v(h.utilities[0]) : '', h.utilities ? v(h.utilities[1]) : ''] : watching ? [] : [h.your_value === null ? '' : v(h.your_value)])),
      (i) => (i === 4 ? 'long' : null));
  }
}

async function move(kind) {
  el('t-error').textContent = '';
  const body = { move: kind, round: talks.state.round };
  if (kind === 'offer') {
    body.terms = {};
    talks.scenario.issues.forEach((i) => { body.terms[i.id] = el('t-issue-' + i.id).value; });
  }
  try {
    renderSession(await api.post('/api/talks/sessions/' + encodeURIComponent(talks.session) + '/moves' + seatQuery(), body));
  } catch (e) { el('t-error').textContent = e.message; }
}

window.addEventListener('load', () => {
  // A room's link (?room=CODE&seat=SECRET) opens the talks in that room; any other address is a view's permalink.
  const q = new URLSearchParams(location.search);
  if (q.get('room')) { show('talks'); resumeRoom(q.get('room'), q.get('seat')); } else { Nav.apply(); }
});
