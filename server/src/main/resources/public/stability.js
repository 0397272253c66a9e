// TreatyLab web page, stability: survivors and the first-strike stability index against the warhead ceiling, and
// the stability consequences of a draft in the treaty editor. Every number comes from /api/stability/...; this file
// only lays them out. Uses api, el, chart, table, SYMBOLS, DASHES, COLOURS and views from app.js.
'use strict';

// One scope, so that names here cannot collide with app.js or other views' files.
(() => {
  const stability = {
    CEILINGS: [6000, 5000, 4000, 3000, 2500, 2000, 1550, 1200, 1000, 800, 700, 600, 500, 400, 300],
    MARKED: 500,
    CUT: 90,
    setup: null,
    pending: null,
    drawn: false,
    lastDraft: null
  };

  const fmt = (v, digits) => (v === null || v === undefined ? '–'
    : Number(v).toLocaleString('en', { minimumFractionDigits: digits || 0, maximumFractionDigits: digits || 0 }));

  views.stability = async function () {
    // One set-up even when the view is shown twice before the first answers arrive.
    stability.setup = stability.setup || Promise.all([api.get('/api/postures'), api.get('/api/stability/rules')])
      .then(([postures, rules]) => {
        postures.forEach((p) => el('s-posture').add(new Option(p, p)));
        el('s-posture').value = 'us-russia-2009';
        rules.forEach((r) => el('s-rule').add(new Option(r.id, r.id)));
        el('s-posture').onchange = () => { Nav.record('stability'); drawStabilityView(); };
        el('s-rule').onchange = () => { Nav.record('stability'); drawStabilityView(); };
      });
    await stability.setup;
    const wanted = stability.pending || {};
    stability.pending = null;
    const pick = (id, v, dflt) => {
      const sel = el(id);
      const value = v && Array.from(sel.options).some((o) => o.value === v) ? v : dflt;
      if (value && sel.value !== value) { sel.value = value; return true; }
      return false;
    };
    const changed = pick('s-posture', wanted.posture, stability.drawn ? null : 'us-russia-2009')
      | pick('s-rule', wanted.rule, null);
    if (changed || !stability.drawn) { stability.drawn = true; await drawStabilityView(); }
  };

  async function drawStabilityView() {
    const status = el('s-status');
    status.textContent = 'Computing…';
    status.className = '';
    let r;
    try {
      r = await api.post('/api/stability/sweep', { posture_a: el('s-posture').value, ceilings: stability.CEILINGS,
        rule: el('s-rule').value, cuts: [stability.CUT] });
    } catch (e) {
      status.textContent = e.message;
      status.className = 'error';
      return;
    }
    const points = r.points.filter((p) => p.ceiling !== null);
    const cut = r.points.find((p) => p.cut_share !== null);
    const at = points.find((p) => p.ceiling === stability.MARKED);
    const a = r.a;
    const b = r.b;
    const ratio = (p, side) => p.assessment['ratio_' + (a === b ? side : (side === 'a' ? a : b).toLowerCase())];
    status.className = 'ok';
    status.textContent = at ? 'At ' + fmt(stability.MARKED) + ' warheads each (' + at.rule + '): ' + a + ' keeps '
      + fmt(at.a_survivors) + ' of ' + fmt(at.a_warheads) + ' warheads after a ' + b + ' first strike; ' + b + ' keeps '
      + fmt(at.b_survivors) + ' of ' + fmt(at.b_warheads) + ' after a ' + a + ' first strike; stability index '
      + fmt(at.assessment.index, 3) + ' (forces as they are: ' + fmt(points[0].assessment.index, 3) + ').' : '';
    drawSweepChart(r);
    // The columns a reader looks for first (ceiling, index, survivors) lead, so a phone shows them without scrolling.
    const row = (label, p) => [label, fmt(p.assessment.index, 3), fmt(p.a_survivors), fmt(p.b_survivors),
      fmt(p.a_warheads), fmt(p.b_warheads), fmt(p.a_vehicles), fmt(p.b_vehicles), fmt(ratio(p, 'a'), 3), fmt(ratio(p, 'b'), 3)];
    const rows = points.map((p) => row(fmt(p.ceiling), p));
    if (cut) { rows.push(row(fmt(cut.cut_share * 100) + '% cut', cut)); }
    table(el('s-table'), ['warhead ceiling', 'stability index', a + ' survivors of a ' + b + ' first strike',
      b + ' survivors of a ' + a + ' first strike', a + ' weapons on deployed forces', b + ' weapons on deployed forces', a + ' vehicles', b + ' vehicles',
      a + ' ratio', b + ' ratio'], rows);
    el('s-table').querySelectorAll('tbody tr').forEach((tr, i) => {
      const p = i < points.length ? points[i] : cut;
      tr.dataset.ceiling = p.ceiling === null ? 'cut' : String(p.ceiling);
      if (p.ceiling === stability.MARKED || p === cut) { tr.className = 'marked'; }
    });
    listItems(el('s-assumptions'), r.sides.concat(r.rules.map((x) => 'rule ' + x.id + ': ' + x.description), r.assumptions));
    // Every value the engine used, marked confirmed / estimate / assumption; a published range stays in its note.
    table(el('s-parameters'), ['party', 'system', 'parameter', 'value used', 'status', 'from', 'source or rationale'],
      r.parameters.map((u) => [u.party, u.system, u.parameter, u.value === null ? 'missing' : fmt(u.value, u.value % 1 ? 2 : 0),
        u.status || 'posture row', u.from + ' ' + u.where, u.note || '']), (i) => (i === 6 ? 'long' : null));
    el('s-parameters').querySelectorAll('tbody tr').forEach((tr, k) => {
      tr.className = 'status-' + (r.parameters[k].status || 'row');
    });
  }

  function listItems(list, texts) {
    list.innerHTML = '';
    texts.forEach((t) => { const li = document.createElement('li'); li.textContent = t; list.appendChild(li); });
  }

  function drawSweepChart(r) {
    TreatyCharts.draw(el('s-chart'), 'stabilitySweep', { result: r, marked: stability.MARKED });
  }

  // ---- the treaty editor's stability consequences (app.js dispatches treatylab:draft-counted) ----

  function editorPanel() {
    let panel = el('e-stability');
    if (panel) { return panel; }
    panel = document.createElement('div');
    panel.id = 'e-stability';
    panel.innerHTML = '<h3>Stability consequences</h3><div class="controls"><label>Reduction rule '
      + '<select id="e-rule"></select></label></div><p id="e-stability-status" role="status"></p>'
      + '<table id="e-stability-table" class="data"></table><p class="hint" id="e-stability-vocabulary">Warheads'
      + ' here: weapons on deployed forces (what the exchange model uses: bomber weapons as loaded), not the treaty\'s'
      + ' counting above.</p>'
      + '<details><summary>Assumptions</summary><ul id="e-stability-assumptions"></ul></details>';
    el('e-result').after(panel);
    api.get('/api/stability/rules').then((rules) => rules.forEach((x) => el('e-rule').add(new Option(x.id, x.id))));
    el('e-rule').onchange = () => { if (stability.lastDraft) { editorStability(stability.lastDraft); } };
    return panel;
  }

  function clearEditorStability() {
    editorPanel();
    el('e-stability-status').textContent = '';
    el('e-stability-table').innerHTML = '';
    el('e-stability-assumptions').innerHTML = '';
  }

  async function editorStability(draft) {
    editorPanel();
    stability.lastDraft = draft;
    const status = el('e-stability-status');
    status.className = '';
    status.textContent = 'Computing the stability consequences…';
    let r;
    try {
      r = await api.post('/api/stability/treaty', Object.assign({ rule: el('e-rule').value }, draft));
    } catch (e) {
      status.textContent = e.message;
      status.className = 'error';
      el('e-stability-table').innerHTML = '';
      return;
    }
    const c = r.ceilings;
    const ceilingText = (x, what) => (x ? fmt(x.ceiling) + ' ' + what + ' (' + x.limit + ', from ' + x.from + ')' : 'no ' + what + ' ceiling');
    status.className = 'ok';
    status.textContent = r.treaty + ' on ' + r.posture + ', cut by rule ' + r.rule + ' to ' + ceilingText(c.warheads, 'warheads')
      + ' and ' + ceilingText(c.delivery_vehicles, 'deployed delivery vehicles') + ': stability index '
      + fmt(r.under_treaty.assessment.index, 3) + ' against ' + fmt(r.as_is.assessment.index, 3) + ' as the forces are.';
    const row = (label, p) => [label, fmt(p.a_warheads), fmt(p.b_warheads), fmt(p.a_vehicles), fmt(p.b_vehicles),
      fmt(p.a_survivors), fmt(p.b_survivors), fmt(p.assessment.index, 3)];
    const diff = (k) => { const d = r.under_treaty[k] - r.as_is[k]; return (d > 0 ? '+' : '') + fmt(d); };
    const di = r.under_treaty.assessment.index - r.as_is.assessment.index;
    table(el('e-stability-table'), ['', r.a + ' weapons on deployed forces', r.b + ' weapons on deployed forces', r.a + ' vehicles', r.b + ' vehicles',
      r.a + ' survivors of a ' + r.b + ' first strike', r.b + ' survivors of a ' + r.a + ' first strike', 'stability index'],
    [row('forces as they are', r.as_is), row('under the draft', r.under_treaty),
      ['change', diff('a_warheads'), diff('b_warheads'), diff('a_vehicles'), diff('b_vehicles'), diff('a_survivors'),
        diff('b_survivors'), (di > 0 ? '+' : '') + fmt(di, 3)]]);
    // One vocabulary of force totals: the treaty's count beside what the exchange model uses, with the reason.
    const counted = Object.entries(r.counted_warheads_under_treaty).map(([p, n]) => p + ' ' + fmt(n)).join(', ');
    el('e-stability-vocabulary').textContent = 'Warheads in this table: weapons on deployed forces (what the exchange'
      + ' model uses: bomber weapons as loaded). Counted under ' + r.treaty_name + ' after the cut: ' + counted
      + ' (bombers count ' + r.bombers_count + '). They differ by the bomber weapons the treaty does not count.';
    listItems(el('e-stability-assumptions'), r.sides.concat(r.assumptions));
  }

  document.addEventListener('treatylab:draft-counted', (e) => editorStability(e.detail));
  ['e-validate', 'e-save'].forEach((id) => el(id).addEventListener('click', clearEditorStability));

  // Permalinks (nav.js): the postures and the rule are in the address.
  Nav.register('stability', {
    get: () => ({ posture: el('s-posture').value, rule: el('s-rule').value }),
    // A state without a posture or rule (an older address) means the defaults.
    before: (p) => { stability.pending = { posture: p.posture || 'us-russia-2009', rule: p.rule || 'proportional' }; },
    set: async () => { }
  });
})();
