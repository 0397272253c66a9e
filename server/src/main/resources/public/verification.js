// TreatyLab web page: the verification view. Inclusion proofs are checked here, in the browser (WebCrypto SHA-256),
// with the RFC 9162 algorithm: nothing in the check is taken from the server but the data it reveals.
'use strict';

const ledger = { token: sessionStorage.getItem('treatylab.token') || '', party: null };

// Every ledger write carries a fresh nonce: the server refuses the same nonce twice (a replay) with 409.
function nonce() {
  if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
  const b = new Uint8Array(16); crypto.getRandomValues(b);
  return Array.from(b, x => x.toString(16).padStart(2, '0')).join('');
}

async function ledgerApi(method, path, body, type) {
  const headers = { Authorization: 'Bearer ' + ledger.token };
  if (body !== undefined) { headers['Content-Type'] = type || 'application/json'; }
  const res = await fetch(path, { method, headers,
    body: body === undefined ? undefined : (type ? body : JSON.stringify(body)) });
  return api.handle(res);
}

const hex = {
  toBytes(h) { const out = new Uint8Array(h.length / 2); for (let i = 0; i < out.length; i++) { out[i] = parseInt(h.substr(2 * i, 2), 16); } return out; },
  of(bytes) { return Array.from(new Uint8Array(bytes)).map((b) => b.toString(16).padStart(2, '0')).join(''); }
};

async function sha256(...parts) {
  const len = parts.reduce((n, p) => n + p.length, 0);
  const buf = new Uint8Array(len);
  let at = 0;
  parts.forEach((p) => { buf.set(p, at); at += p.length; });
  return new Uint8Array(await crypto.subtle.digest('SHA-256', buf));
}

/** RFC 9162 section 2.1.3.2: the root computed from a leaf hash and its inclusion path. */
async function rootFromPath(index, size, leafHash, path) {
  if (index >= size) { throw new Error('index ' + index + ' is not below tree size ' + size); }
  let fn = BigInt(index);
  let sn = BigInt(size - 1);
  let r = leafHash;
  const one = new Uint8Array([1]);
  for (const p of path) {
    if (sn === 0n) { throw new Error('the path is longer than the tree needs'); }
    if ((fn & 1n) === 1n || fn === sn) {
      r = await sha256(one, p, r);
      if ((fn & 1n) === 0n) { while ((fn & 1n) === 0n && fn !== 0n) { fn >>= 1n; sn >>= 1n; } }
    } else {
      r = await sha256(one, r, p);
    }
    fn >>= 1n; sn >>= 1n;
  }
  if (sn !== 0n) { throw new Error('the path is shorter than the tree needs'); }
  return r;
}

/** Recomputes an opening's commitment from its clear text and salt, then its path to the signed root. */
async function verifyOpening(reveal, o) {
  const encoding = new TextEncoder().encode(['item/v1', reveal.party, o.uid, o.system, o.category, o.status,
    o.facility, o.warheads].join('|'));
  const commitment = await sha256(hex.toBytes(o.salt), encoding);
  if (hex.of(commitment) !== o.commitment) {
    return { ok: false, why: 'commitment: computed ' + hex.of(commitment) + ', expected ' + o.commitment };
  }
  const leaf = await sha256(new Uint8Array([0]), commitment);
  const root = await rootFromPath(o.index, reveal.tree_size, leaf, o.proof.map(hex.toBytes));
  return hex.of(root) === reveal.snapshot_root ? { ok: true }
    : { ok: false, why: 'root: computed ' + hex.of(root) + ', expected ' + reveal.snapshot_root };
}

async function showReveal(reveal, container) {
  const box = document.createElement('div');
  box.className = 'reveal';
  const h = document.createElement('h4');
  h.textContent = reveal.party + ' reveals ' + reveal.facility + ' (exchange of ' + reveal.date + ', entry ' + reveal.entry
    + '; signed snapshot root ' + reveal.snapshot_root.substring(0, 16) + '…, ' + reveal.tree_size + ' items)';
  box.appendChild(h);
  const t = document.createElement('table');
  t.className = 'data';
  box.appendChild(t);
  container.prepend(box);
  const rows = [];
  for (const o of reveal.openings) {
    let v;
    try { v = await verifyOpening(reveal, o); } catch (e) { v = { ok: false, why: e.message }; }
    rows.push([o.uid, o.system, o.status, o.warheads, o.index, o.proof.length, v.ok ? 'verified' : 'FAILED: ' + v.why]);
  }
  table(t, ['uid', 'system', 'status', 'warheads', 'leaf', 'proof hashes', 'inclusion proof'], rows,
    (i, v) => (i === 6 ? (String(v).startsWith('verified') ? 'verdict-WITHIN proof-ok' : 'verdict-EXCEEDS proof-bad') : null));
}

async function refreshLedger() {
  el('v-error').textContent = '';
  try {
    const status = await ledgerApi('GET', '/api/ledger');
    ledger.party = status.you;
    el('v-who').textContent = 'You are ' + status.you + '; parties ' + status.parties.join(', ') + '; ' + status.entries + ' ledger entries.';
    el('v-panel').hidden = false;
    const items = await ledgerApi('GET', '/api/ledger/items');
    const byFacility = {};
    items.forEach((i) => { byFacility[i.facility] = (byFacility[i.facility] || 0) + 1; });
    const facilities = Object.keys(byFacility).sort();
    chart('v-facilities').setOption({ animation: false, grid: { left: 120, right: 40, top: 20, bottom: 30 },
      xAxis: { type: 'value', name: 'items' }, yAxis: { type: 'category', data: facilities },
      series: [{ type: 'bar', data: facilities.map((f) => byFacility[f]), color: COLOURS[0], label: { show: true, position: 'right' } }] }, true);
    table(el('v-items'), ['uid', 'system', 'category', 'status', 'facility', 'warheads'],
      items.map((i) => [i.uid, i.system, i.category, i.status, i.facility, i.warheads]));
    const sel = el('v-facility');
    sel.innerHTML = '';
    facilities.forEach((f) => sel.add(new Option(f, f)));
    const exchanges = await ledgerApi('GET', '/api/ledger/exchanges');
    table(el('v-exchanges'), ['entry', 'party', 'date', 'items', 'aggregates', 'signed snapshot root'],
      exchanges.map((x) => [x.seq, x.party, x.payload.date, x.payload.items, Object.entries(x.payload)
        .filter(([k]) => k.startsWith('aggregate.')).map(([k, v]) => k.substring(10) + ' ' + v).join(', '),
        (x.payload.snapshot_root || '').substring(0, 16) + '…']));
    const reveals = await ledgerApi('GET', '/api/ledger/reveals');
    el('v-reveals').innerHTML = '';
    for (const r of reveals) { await showReveal(r, el('v-reveals')); }
  } catch (e) {
    el('v-error').textContent = e.message;
    el('v-panel').hidden = true;
  }
}

async function drawDetection() {
  const f = Number(el('v-fac').value || 35);
  const v = Number(el('v-viol').value || 1);
  try {
    const d = await api.get('/api/verify/inspections?facilities=' + f + '&violating=' + v + '&max=' + Math.min(f, 60)
      + '&target=0.9');
    chart('v-detect').setOption({ animation: false, tooltip: { trigger: 'axis' }, grid: { left: 60, right: 30, top: 30, bottom: 40 },
      xAxis: { type: 'value', name: 'inspections a year', nameLocation: 'middle', nameGap: 26 },
      yAxis: { type: 'value', name: 'P(detect)', min: 0, max: 1 },
      series: [{ type: 'line', symbol: 'circle', color: COLOURS[0], data: d.points.map((p) => [p.inspections, p.probability]),
        markLine: { symbol: 'none', label: { formatter: '{b}' }, lineStyle: { type: 'dashed' }, data: [
          { name: 'New START: ' + d.new_start_per_year + ' a year', xAxis: d.new_start_per_year },
          { name: Math.round(d.target * 100) + '%: ' + d.inspections_needed, xAxis: d.inspections_needed }] } }] }, true);
  } catch (e) { el('v-error').textContent = e.message; }
}

el('v-use').onclick = () => { ledger.token = el('v-token').value.trim(); sessionStorage.setItem('treatylab.token', ledger.token); refreshLedger(); };
el('v-plan').onclick = drawDetection;
el('v-exchange').onclick = async () => {
  try { await ledgerApi('POST', '/api/ledger/exchanges', { date: el('v-date').value, nonce: nonce() }); await refreshLedger(); } catch (e) { el('v-error').textContent = e.message; }
};
el('v-reveal').onclick = async () => {
  el('v-error').textContent = '';
  try { await showReveal(await ledgerApi('POST', '/api/ledger/reveals', { facility: el('v-facility').value, nonce: nonce() }), el('v-reveals')); } catch (e) { el('v-error').textContent = e.message; }
};
el('v-verify-ledger').onclick = async () => {
  try {
    const r = await ledgerApi('GET', '/api/ledger/verify');
    el('v-ledger').textContent = 'Ledger verified: ' + r.entries + ' entries in ' + r.batches + ' signed batches, root ' + r.root.substring(0, 16) + '…';
  } catch (e) { el('v-ledger').textContent = 'Ledger check failed: ' + e.message; }
};
views.verification = async function () {
  el('v-token').value = ledger.token;
  if (ledger.token) { await refreshLedger(); }
  await drawDetection();
};
