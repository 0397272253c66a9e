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
        el('s-posture').onchange = drawStabilityView;
        el('s-rule').onchange = drawStabilityView;
      });
    await stability.setup;
    await drawStabilityView();
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
    drawSweepChart(r, points, cut);
    const rows = points.map((p) => [fmt(p.ceiling), fmt(p.a_warheads), fmt(p.b_warheads), fmt(p.a_vehicles),
      fmt(p.b_vehicles), fmt(p.a_survivors), fmt(p.b_survivors), fmt(ratio(p, 'a'), 3), fmt(ratio(p, 'b'), 3),
      fmt(p.assessment.index, 3)]);
    if (cut) {
      rows.push([fmt(cut.cut_share * 100) + '% cut', fmt(cut.a_warheads), fmt(cut.b_warheads), fmt(cut.a_vehicles),
        fmt(cut.b_vehicles), fmt(cut.a_survivors), fmt(cut.b_survivors), fmt(ratio(cut, 'a'), 3), fmt(ratio(cut, 'b'), 3),
        fmt(cut.assessment.index, 3)]);
    }
    table(el('s-table'), ['warhead ceiling', a + ' warheads', b + ' warheads', a + ' vehicles', b + ' vehicles',
      a + ' survivors of a ' + b + ' first strike', b + ' survivors of a ' + a + ' first strike', a + ' ratio', b + ' ratio',
      'stability index'], rows);
    el('s-table').querySelectorAll('tbody tr').forEach((tr, i) => {
      const p = i < points.length ? points[i] : cut;
      tr.dataset.ceiling = p.ceiling === null ? 'cut' : String(p.ceiling);
      if (p.ceiling === stability.MARKED || p === cut) { tr.className = 'marked'; }
    });
    listItems(el('s-assumptions'), r.sides.concat(r.rules.map((x) => 'rule ' + x.id + ': ' + x.description), r.assumptions));
  }

  function listItems(list, texts) {
    list.innerHTML = '';
    texts.forEach((t) => { const li = document.createElement('li'); li.textContent = t; list.appendChild(li); });
  }

  function drawSweepChart(r, points, cut) {
    // Ceilings left to right as the forces shrink; the cut stands apart after a gap, since it is no common ceiling.
    const cutLabel = cut ? fmt(cut.cut_share * 100) + '% cut' : null;
    const categories = points.map((p) => String(p.ceiling)).concat(cut ? [' ', cutLabel] : []);
    const values = (key) => points.map((p) => (key === 'index' ? p.assessment.index : p[key]))
      .concat(cut ? [null, key === 'index' ? cut.assessment.index : cut[key]] : []);
    const marks = [{ xAxis: String(stability.MARKED), name: fmt(stability.MARKED) + ' warheads' }];
    if (cut) { marks.push({ xAxis: cutLabel, name: cutLabel + ': each side to ' + fmt(100 - cut.cut_share * 100) + '% of its own' }); }
    const line = (name, key, i, axis) => ({ name, type: 'line', yAxisIndex: axis, data: values(key), symbol: SYMBOLS[i],
      symbolSize: 9, color: COLOURS[i], lineStyle: { type: DASHES[i % DASHES.length], width: 2 }, connectNulls: false });
    const series = [
      line(r.a + ' survivors of a ' + r.b + ' first strike', 'a_survivors', 0, 0),
      line(r.b + ' survivors of a ' + r.a + ' first strike', 'b_survivors', 1, 0),
      line('stability index (right axis)', 'index', 2, 1)];
    series[0].markLine = { symbol: 'none', silent: true, lineStyle: { type: 'dashed', color: '#333', width: 1.5 },
      label: { formatter: '{b}', position: 'insideEndTop', color: '#222' }, data: marks };
    // On a phone the legend stacks so that every entry stays readable.
    const narrow = el('s-chart').clientWidth < 600;
    chart('s-chart').setOption({
      animation: false,
      aria: { enabled: true },
      legend: narrow ? { top: 4, left: 4, orient: 'vertical' } : { top: 8 },
      tooltip: { trigger: 'axis' },
      grid: { left: narrow ? 44 : 60, right: narrow ? 36 : 60, top: narrow ? 100 : 60, bottom: 56 },
      xAxis: { type: 'category', data: categories, name: 'warhead ceiling for each side', nameLocation: 'middle',
        nameGap: 32, axisLabel: { hideOverlap: true } },
      yAxis: [{ type: 'value', name: 'surviving warheads', min: 0, nameTextStyle: { align: 'left' } },
        { type: 'value', name: 'index', min: 0, max: 1, splitLine: { show: false }, nameTextStyle: { align: 'right' } }],
      series
    }, true);
  }

  // ---- the treaty editor's stability consequences (app.js dispatches treatylab:draft-counted) ----

  function editorPanel() {
    let panel = el('e-stability');
    if (panel) { return panel; }
    panel = document.createElement('div');
    panel.id = 'e-stability';
    panel.innerHTML = '<h3>Stability consequences</h3><div class="controls"><label>Reduction rule '
      + '<select id="e-rule"></select></label></div><p id="e-stability-status" role="status"></p>'
      + '<table id="e-stability-table" class="data"></table><p class="hint">Warheads here are all the warheads the'
      + ' stability model counts (bomber weapons as loaded), not the treaty\'s counting above.</p>'
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
    table(el('e-stability-table'), ['', r.a + ' warheads', r.b + ' warheads', r.a + ' vehicles', r.b + ' vehicles',
      r.a + ' survivors of a ' + r.b + ' first strike', r.b + ' survivors of a ' + r.a + ' first strike', 'stability index'],
    [row('forces as they are', r.as_is), row('under the draft', r.under_treaty),
      ['change', diff('a_warheads'), diff('b_warheads'), diff('a_vehicles'), diff('b_vehicles'), diff('a_survivors'),
        diff('b_survivors'), (di > 0 ? '+' : '') + fmt(di, 3)]]);
    listItems(el('e-stability-assumptions'), r.sides.concat(r.assumptions));
  }

  document.addEventListener('treatylab:draft-counted', (e) => editorStability(e.detail));
  ['e-validate', 'e-save'].forEach((id) => el(id).addEventListener('click', clearEditorStability));

  // app.js showed the first view before this file was loaded.
  if (location.hash === '#stability') { views.stability(); }
})();
