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
  if (!charts[id]) { charts[id] = echarts.init(el(id)); }
  return charts[id];
}
window.addEventListener('resize', () => Object.values(charts).forEach((c) => c.resize()));

// Marker shapes and dash styles so that series read without colour.
const SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'pin', 'arrow'];
const DASHES = ['solid', 'dashed', 'dotted'];
const COLOURS = ['#0b5cad', '#b35900', '#2f7d32', '#7b3fa0', '#a40e26', '#00838f'];

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
      const cls = cellClass && cellClass(i, v);
      if (cls) { td.className = cls; }
    });
  });
}

// ---- tabs ----
const views = {};
function show(view) {
  document.querySelectorAll('#tabs button').forEach((b) => b.setAttribute('aria-selected', b.dataset.view === view));
  document.querySelectorAll('.view').forEach((s) => { s.hidden = s.id !== 'view-' + view; });
  if (views[view]) { views[view](); }
  Object.values(charts).forEach((c) => c.resize());
  history.replaceState(null, '', '#' + view);
}
document.querySelectorAll('#tabs button').forEach((b) => b.addEventListener('click', () => show(b.dataset.view)));

// ---- compliance ----
let treatiesCache = null;
async function treaties() { treatiesCache = treatiesCache || await api.get('/api/treaties'); return treatiesCache; }

views.compliance = async function () {
  const sel = el('c-treaty');
  if (!sel.options.length) {
    (await treaties()).filter((t) => t.id === 'new-start').forEach((t) => sel.add(new Option(t.name, t.id)));
    sel.onchange = drawCompliance;
    el('c-party').onchange = drawCompliance;
  }
  await drawCompliance();
};

async function drawCompliance() {
  const treatyId = el('c-treaty').value || 'new-start';
  const party = el('c-party').value;
  const [data, treaty] = await Promise.all([
    api.get('/api/compliance?treaty=' + encodeURIComponent(treatyId) + '&aggregates=new-start-aggregates'),
    api.get('/api/treaties/' + encodeURIComponent(treatyId))]);
  const rows = data.results.filter((r) => r.party === party);
  const limitIds = treaty.limits.map((l) => l.id);
  const series = [];
  limitIds.forEach((id, i) => {
    const pts = rows.map((r) => [r.date, (r.limits.find((l) => l.id === id) || {}).counted]).filter((p) => p[1] !== null && p[1] !== undefined);
    const lim = treaty.limits[i];
    const colour = COLOURS[i % COLOURS.length];
    series.push({ name: id + ' (counted)', type: 'line', data: pts, symbol: SYMBOLS[i % SYMBOLS.length], symbolSize: 8,
      color: colour, lineStyle: { type: 'solid', width: 2 } });
    series.push({ name: id + ' ceiling', type: 'line', symbol: 'none', color: colour, lineStyle: { type: DASHES[(i % 2) + 1], width: 1.5 },
      data: [[treaty.entry_into_force, lim.ceiling], [treaty.termination || treaty.expiry || rows[rows.length - 1].date, lim.ceiling]],
      markLine: i === 0 ? { symbol: 'none', label: { formatter: '{b}', position: 'insideEndTop' }, lineStyle: { type: 'dotted', color: '#555' }, data: [
        { name: 'limits bind ' + lim.binding_from, xAxis: lim.binding_from },
        { name: 'expired ' + (treaty.expiry || ''), xAxis: treaty.expiry }].filter((m) => m.xAxis) } : undefined });
  });
  chart('c-chart').setOption({
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { type: 'scroll', top: 0 },
    grid: { left: 60, right: 30, top: 50, bottom: 40 },
    xAxis: { type: 'time', max: treaty.expiry },
    yAxis: { type: 'value', name: party + ' counted', min: 0 },
    series
  }, true);
  const tableRows = [];
  rows.forEach((r) => r.limits.forEach((l) => tableRows.push([r.date, r.party, r.status || '', l.id, l.counted, l.limit, l.margin, l.verdict])));
  table(el('c-table'), ['date', 'party', 'source status', 'limit', 'counted', 'ceiling', 'margin', 'verdict'], tableRows,
    (i, v) => (i === 7 && v ? 'verdict-' + v : null));
}

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
    status('Valid: ' + v.treaty.name + ' (' + v.treaty.id + '), ' + v.treaty.limits.length + ' limits; counted against '
      + el('e-posture').value + '.', 'ok');
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
  drawSpace([], null, null);
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
  drawSpace(trace, r, r.nash);
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
      t.utilities ? t.utilities[1].toFixed(3) : '']));
}

function drawSpace(trace, r, nash) {
  const a = talks.analysis;
  const front = a.pareto.map((p) => p.slice()).sort((x, y) => x[0] - y[0]);
  const offers = (p) => trace.filter((t) => t.party === p && t.move === 'offer' && t.utilities).map((t) => t.utilities);
  const series = [
    { name: 'Pareto frontier', type: 'line', data: front, symbol: 'none', lineStyle: { type: 'dashed', color: '#555' }, color: '#555' },
    { name: 'US offers', type: 'scatter', data: offers('US'), symbol: 'circle', symbolSize: 8, color: COLOURS[0] },
    { name: 'RU offers', type: 'scatter', data: offers('RU'), symbol: 'triangle', symbolSize: 9, color: COLOURS[1] },
    { name: 'no treaty', type: 'scatter', data: [a.reservations], symbol: 'rect', symbolSize: 10, color: '#222' }];
  if (a.nash) { series.push({ name: 'Nash point', type: 'scatter', data: [a.nash.utilities], symbol: 'diamond', symbolSize: 14, color: COLOURS[2] }); }
  if (r && r.agreement) { series.push({ name: 'agreement', type: 'scatter', data: [[r.utilities.US, r.utilities.RU]], symbol: 'pin', symbolSize: 22, color: COLOURS[4] }); }
  chart('t-space').setOption({ animation: false, title: { text: 'Offers in utility space', textStyle: { fontSize: 14 } },
    legend: { top: 24, type: 'scroll' }, tooltip: { trigger: 'item' }, grid: { left: 60, right: 20, top: 60, bottom: 50 },
    xAxis: { type: 'value', name: 'US value', nameLocation: 'middle', nameGap: 28, scale: true },
    yAxis: { type: 'value', name: 'RU value', scale: true }, series }, true);
}

function drawCeilings(trace) {
  const dates = [];
  for (let i = 0; i < talks.scenario.rounds; i++) {
    const d = new Date(talks.scenario.first_round); d.setUTCDate(d.getUTCDate() + i * talks.scenario.round_days);
    dates.push(d.toISOString().substring(0, 10));
  }
  const line = (p, key, i) => ({ name: p + ' ' + key.replace('_', ' '), type: 'line', step: 'end', connectNulls: true,
    symbol: SYMBOLS[i], symbolSize: 7, lineStyle: { type: DASHES[i % 3] }, color: COLOURS[p === 'US' ? 0 : 1],
    data: dates.map((d) => { const t = trace.find((x) => x.date === d && x.party === p && x.move === 'offer');
      return t ? t.terms[key] : null; }) });
  chart('t-ceilings').setOption({ animation: false, title: { text: 'Ceilings offered by dated round (deadline ' + talks.scenario.deadline + ')', textStyle: { fontSize: 14 } },
    legend: { top: 24 }, tooltip: { trigger: 'axis' }, grid: { left: 60, right: 20, top: 60, bottom: 50 },
    xAxis: { type: 'category', data: dates }, yAxis: { type: 'value', name: 'ceiling (gaps: no limit)' },
    series: [line('US', 'warheads', 0), line('RU', 'warheads', 1), line('US', 'deployed_launchers', 2), line('RU', 'deployed_launchers', 3)] }, true);
}

function drawStability(st) {
  const cats = ['US agreed', 'US no treaty', 'RU agreed', 'RU no treaty'];
  const vals = [st.agreed.surviving_warheads.US, st.no_treaty.surviving_warheads.US, st.agreed.surviving_warheads.RU, st.no_treaty.surviving_warheads.RU];
  chart('t-stability').setOption({ animation: false, title: { text: 'Surviving warheads after a first strike by the other side '
    + '(stability index agreed ' + st.agreed.stability_index.toFixed(3) + ', no treaty ' + st.no_treaty.stability_index.toFixed(3) + ')', textStyle: { fontSize: 13 } },
    grid: { left: 100, right: 60, top: 40, bottom: 30 }, xAxis: { type: 'value' }, yAxis: { type: 'category', data: cats },
    series: [{ type: 'bar', data: vals.map((v, i) => ({ value: Math.round(v), itemStyle: { color: COLOURS[i < 2 ? 0 : 1],
      decal: i % 2 ? { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: 0.8 } : undefined } })),
      label: { show: true, position: 'right' } }], aria: { enabled: true, decal: { show: true } } }, true);
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
  if (tbl && s.your_turn) { Object.entries(tbl.options).forEach(([k, x]) => { const sel = el('t-issue-' + k); if (sel) { sel.value = x; } }); }
  ['t-offer', 't-accept', 't-end'].forEach((b) => { el(b).disabled = s.over || !s.your_turn; });
  el('t-accept').disabled = el('t-accept').disabled || !tbl;
  const trace = s.history.map((h) => ({ round: h.round, date: h.date, party: h.party, move: h.move, terms: h.terms, utilities: h.utilities }));
  if (s.result) { showResult(s.result, trace); } else {
    el('t-summary').textContent = '';
    drawSpace(trace, null, null); drawCeilings(trace);
    const both = s.history.some((h) => h.utilities);
    table(el('t-trace'), ['round', 'date', 'delegation', 'move', 'terms'].concat(both ? ['US value', 'RU value'] : watching ? [] : ['your value']),
      s.history.map((h) => [h.round, h.date, h.party, h.move, termsText(h.terms)].concat(both
        ? [h.utilities ? v(h.utilities[0]) : '', h.utilities ? v(h.utilities[1]) : ''] : watching ? [] : [h.your_value === null ? '' : v(h.your_value)])));
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
  const q = new URLSearchParams(location.search);
  show(q.get('room') ? 'talks' : (location.hash || '#compliance').substring(1));
  if (q.get('room')) { resumeRoom(q.get('room'), q.get('seat')); }
});
