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
}

async function saveDraft() {
  try {
    const t = await api.post('/api/treaties', el('e-text').value, 'text/plain');
    treatiesCache = null;
    await countDraft({ treaty: t.id });
    status('Saved draft ' + t.id + ' and counted it against ' + el('e-posture').value + '.', 'ok');
  } catch (e) { status(e.message, 'error'); }
}

show((location.hash || '#compliance').substring(1));
