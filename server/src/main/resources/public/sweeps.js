// TreatyLab web page, sweeps: uncertainty bands on the stability view and the robustness distribution on the talks
// view, from a small sweep the server runs (/api/sweeps/run) or from any run's summary.json loaded from disk. This
// file only lays out the summary's numbers. Uses api, el, chart, table and COLOURS from app.js.
'use strict';

(() => {
  const fmt = (v, d) => (v === null || v === undefined ? '–'
    : Number(v).toLocaleString('en', { minimumFractionDigits: d || 0, maximumFractionDigits: d || 0 }));

  function readFile(input) {
    return new Promise((resolve, reject) => {
      const f = input.files[0];
      if (!f) { reject(new Error('choose a summary.json')); return; }
      const r = new FileReader();
      r.onload = () => { try { resolve(JSON.parse(r.result)); } catch (e) { reject(new Error('not JSON: ' + e.message)); } };
      r.onerror = () => reject(new Error('could not read the file'));
      r.readAsText(f);
    });
  }

  function side(s, o) {
    const p = s.parties || [];
    return o.replace(/_a$/, p[0] ? ' ' + p[0] : '_a').replace(/_b$/, p[1] ? ' ' + p[1] : '_b');
  }

  // ---- stability: bands of survivors and index per ceiling ----
  function drawBands(s) {
    const t = (s.tables || []).find((x) => x.group_by.indexOf('ceiling') === 0);
    if (s.kind !== 'stability-uncertainty' || !t) {
      throw new Error('not a stability-uncertainty summary grouped by ceiling (kind ' + s.kind + ')');
    }
    const ps = t.percentiles.map((p) => 'p' + p);
    const lo = ps[0];
    const hi = ps[ps.length - 1];
    const mid = ps.indexOf('p50') >= 0 ? 'p50' : ps[Math.floor(ps.length / 2)];
    const rule = t.groups[0].key.rule;
    const groups = t.groups.filter((g) => g.key.rule === rule);
    const xs = groups.map((g) => String(g.key.ceiling));
    const series = [];
    ['survivors_a', 'survivors_b', 'index'].forEach((o, i) => {
      if (!groups[0].outputs[o]) { return; }
      const axis = o === 'index' ? 1 : 0;
      const v = (g, p) => g.outputs[o].percentiles[p];
      series.push({ name: side(s, o) + ' ' + lo, type: 'line', yAxisIndex: axis, stack: o, symbol: 'none',
        lineStyle: { opacity: 0 }, data: groups.map((g) => v(g, lo)), color: COLOURS[i] });
      series.push({ name: side(s, o) + ' ' + lo + '–' + hi, type: 'line', yAxisIndex: axis, stack: o, symbol: 'none',
        lineStyle: { opacity: 0 }, areaStyle: { opacity: 0.25 }, color: COLOURS[i],
        data: groups.map((g) => v(g, hi) - v(g, lo)) });
      series.push({ name: side(s, o) + ' ' + mid, type: 'line', yAxisIndex: axis, color: COLOURS[i],
        lineStyle: { type: o === 'index' ? 'dashed' : 'solid' }, data: groups.map((g) => v(g, mid)) });
    });
    chart('sw-bands').setOption({ animation: false, tooltip: { trigger: 'axis' }, legend: { type: 'scroll' },
      xAxis: { type: 'category', name: 'warhead ceiling', data: xs, inverse: false },
      yAxis: [{ type: 'value', name: 'surviving warheads' }, { type: 'value', name: 'index', min: 0, max: 1 }],
      series: series }, true);
    table(el('sw-bands-table'), ['ceiling', 'output', 'n', 'mean'].concat(ps),
      [].concat(...groups.map((g) => Object.keys(g.outputs).map((o) => [g.key.ceiling, side(s, o), g.outputs[o].count,
        fmt(g.outputs[o].mean, o.startsWith('survivors') ? 0 : 3)].concat(ps.map((p) => fmt(g.outputs[o].percentiles[p],
        o.startsWith('survivors') ? 0 : 3)))))));
    el('sw-bands-status').textContent = s.evaluations + ' evaluations of ' + s.job + ' (seed ' + s.seed + ', rule '
      + rule + '): the band is ' + lo + '–' + hi + ' of the drawn parameters, the line ' + mid + '.';
  }

  async function runBands() {
    const status = el('sw-bands-status');
    status.textContent = 'Running the sweep…';
    try {
      drawBands(await api.post('/api/sweeps/run', { example: 'stability-bands-2011',
        draws: Number(el('sw-draws').value) }));
    } catch (e) { status.textContent = 'Error: ' + e.message; }
  }

  // ---- talks: the distribution of what is agreed ----
  function drawRobustness(s) {
    const t = (s.tables || []).find((x) => x.group_by.length === 0 && x.groups.length
      && x.groups[0].frequencies && x.groups[0].frequencies.warheads);
    if (s.kind !== 'talks-robustness' || !t) {
      throw new Error('not a talks-robustness summary with warhead frequencies (kind ' + s.kind + ')');
    }
    const g = t.groups[0];
    const f = g.frequencies.warheads;
    chart('sw-robust').setOption({ animation: false, tooltip: {},
      xAxis: { type: 'category', name: 'warheads agreed', data: f.map((x) => (x.value === null ? 'no agreement'
        : fmt(x.value))) },
      yAxis: { type: 'value', name: 'talks' },
      series: [{ type: 'bar', data: f.map((x) => x.count), color: COLOURS[2] }] }, true);
    const agreed = g.outputs.agreed;
    el('sw-robust-status').textContent = s.evaluations + ' talks of ' + s.job + ' (seed ' + s.seed + ')'
      + (agreed ? ': ' + fmt(100 * agreed.mean, 0) + '% agreed' : '') + '.';
  }

  async function runRobustness() {
    const status = el('sw-robust-status');
    status.textContent = 'Playing the talks…';
    const job = { name: 'web-robustness', kind: 'talks-robustness', seed: Number(el('sw-seed').value), draws: 2,
      model: { type: 'talks', scenario: 'start-2009' },
      grid: { agent_a: ['boulware', 'conceder'], agent_b: ['boulware', 'conceder'], session_seed: [1] },
      vary: [{ name: 'w', parameter: 'weight', relative: true,
        distribution: { type: 'uniform', low: 0.75, high: 1.25 },
        rationale: 'each weight x0.75-1.25, as in the example talks-robustness-2009' }],
      summary: { tables: [{ group_by: [], outputs: ['agreed', 'warheads'], frequencies: ['warheads'] }] } };
    try {
      drawRobustness(await api.post('/api/sweeps/run', { job: job }));
    } catch (e) { status.textContent = 'Error: ' + e.message; }
  }

  function loader(inputId, draw, statusId) {
    el(inputId).addEventListener('change', async () => {
      try { draw(await readFile(el(inputId))); } catch (e) { el(statusId).textContent = 'Error: ' + e.message; }
    });
  }

  el('sw-run').addEventListener('click', runBands);
  loader('sw-file', drawBands, 'sw-bands-status');
  el('sw-robust-run').addEventListener('click', runRobustness);
  loader('sw-robust-file', drawRobustness, 'sw-robust-status');
})();
