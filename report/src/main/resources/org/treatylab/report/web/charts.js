// TreatyLab charts: the one definition of every chart, used by the web page (served as /charts.js) and inlined into
// the CLI's HTML reports beside ECharts. Each builder takes the JSON the API answers (the records of report.Json)
// and a width, and returns ECharts options; nothing here computes a figure, it only lays figures out.
'use strict';

const TreatyCharts = (() => {
  // One vocabulary of marks across outputs: a party's offers, the Nash point, an agreement, no treaty.
  const PARTY = { US: { colour: '#0b5cad', symbol: 'circle' }, RU: { colour: '#b35900', symbol: 'triangle' },
    CN: { colour: '#7b3fa0', symbol: 'rect' } };
  const MARK = { nash: { symbol: 'diamond', colour: '#2f7d32', size: 14 }, agreement: { symbol: 'pin', colour: '#a40e26', size: 22 },
    ks: { symbol: 'arrow', colour: '#00838f', size: 14 }, noTreaty: { symbol: 'rect', colour: '#222', size: 10 } };
  const COLOURS = ['#0b5cad', '#b35900', '#2f7d32', '#7b3fa0', '#a40e26', '#00838f'];
  const SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'pin', 'arrow'];
  const DASHES = ['solid', 'dashed', 'dotted'];
  const NARROW = 600;
  const UTILITY_SCALE = '1 = this delegation\'s best possible treaty, 0 = its worst';

  const party = (p, i) => PARTY[p] || { colour: COLOURS[i % COLOURS.length], symbol: SYMBOLS[i % SYMBOLS.length] };
  const fmt = (v, digits) => (v === null || v === undefined ? '–'
    : Number(v).toLocaleString('en', { minimumFractionDigits: digits || 0, maximumFractionDigits: digits || 0 }));

  /** A number just above the largest value on a round step: where "no limit" is drawn, above every ceiling. */
  function noLimitLevel(values) {
    const max = Math.max(1, ...values.filter((v) => v !== null && v !== undefined));
    const step = Math.pow(10, Math.floor(Math.log10(max))) / 2;
    return Math.ceil((max * 1.12) / step) * step;
  }

  /**
   * The legend and the space it takes. Desktop: a plain legend on top, as many rows as the names need. Phone: one
   * entry per line under the chart, so that every marker keeps its meaning (never a "1/2" pager).
   */
  function legendLayout(names, width, top) {
    const narrow = width < NARROW;
    if (narrow) {
      const rows = names.length;
      return { narrow, legend: { type: 'plain', orient: 'vertical', left: 4, bottom: 4, itemGap: 6, itemWidth: 22,
        textStyle: { fontSize: 11, width: width - 50, overflow: 'break' } }, gridTop: (top || 0) + 36,
      gridBottom: 62 + rows * 20, height: 300 + rows * 20 };
    }
    let rows = 1;
    let used = 0;
    names.forEach((n) => {
      const w = 40 + 7 * String(n).length;
      if (used + w > width - 40) { rows += 1; used = 0; }
      used += w;
    });
    return { narrow, legend: { type: 'plain', top: (top || 0) + 4, left: 'center' }, gridTop: (top || 0) + 28 + rows * 22,
      gridBottom: 64, height: 380 + rows * 22 };
  }

  function base(layout, title) {
    return { animation: false, aria: { enabled: true, decal: { show: false } },
      title: title ? { text: title, left: 8, top: 4, textStyle: { fontSize: layout.narrow ? 12 : 14, width: 0 } } : undefined,
      legend: layout.legend, tooltip: { trigger: 'item', confine: true } };
  }

  const valueAxis = (name, extra) => Object.assign({ type: 'value', name, nameLocation: 'middle', nameGap: 44,
    nameTextStyle: { fontWeight: 'bold' }, axisLabel: { formatter: (v) => fmt(v) } }, extra || {});

  // ---- talks ----

  /** Offers in value space: the Pareto frontier, each delegation's offers, no treaty, Nash point, agreement. */
  function talksSpace(d, width) {
    const a = d.analysis;
    const parties = a.parties;
    const r = d.result;
    const trace = d.trace || (r && r.trace) || [];
    const front = a.pareto.map((p) => p.slice()).sort((x, y) => x[0] - y[0]);
    const names = ['Pareto frontier'].concat(parties.map((p) => p + ' offers'), ['no treaty', 'Nash point']);
    if (r && r.agreement) { names.push('agreement'); }
    if (d.draft) { names.push(d.draft.label); }
    const layout = legendLayout(names, width, 24);
    const offers = (p) => trace.filter((t) => t.party === p && t.move === 'offer' && t.utilities).map((t) => t.utilities.concat([t.round, t.date]));
    const series = [{ name: 'Pareto frontier', type: 'line', data: front, symbol: 'none', color: '#555', lineStyle: { type: 'dashed' } }];
    parties.forEach((p, i) => series.push({ name: p + ' offers', type: 'scatter', data: offers(p), symbol: party(p, i).symbol,
      symbolSize: 9, color: party(p, i).colour }));
    series.push({ name: 'no treaty', type: 'scatter', data: [a.reservations], symbol: MARK.noTreaty.symbol, symbolSize: MARK.noTreaty.size, color: MARK.noTreaty.colour });
    series.push({ name: 'Nash point', type: 'scatter', data: a.nash ? [a.nash.utilities] : [], symbol: MARK.nash.symbol, symbolSize: MARK.nash.size, color: MARK.nash.colour });
    if (r && r.agreement) {
      series.push({ name: 'agreement', type: 'scatter', data: [parties.map((p) => r.utilities[p])], symbol: MARK.agreement.symbol,
        symbolSize: MARK.agreement.size, color: MARK.agreement.colour });
    }
    if (d.draft) {
      series.push({ name: d.draft.label, type: 'scatter', data: [d.draft.point], symbol: 'emptyCircle', symbolSize: 16, color: '#000',
        itemStyle: { borderWidth: 2 } });
    }
    const all = front.concat([a.reservations]).concat(trace.filter((t) => t.utilities).map((t) => t.utilities));
    // Bounds on a 0.05 grid just outside the points, so that ticks fall on round values (0.30, 0.35, ...).
    const lo = (k) => Math.max(0, Math.floor(Math.min(...all.map((p) => p[k])) * 20 - 0.2) / 20);
    const hi = (k) => Math.min(1, Math.ceil(Math.max(...all.map((p) => p[k])) * 20 + 0.2) / 20);
    const o = base(layout, 'Offers by their value to each delegation');
    o.tooltip.formatter = (x) => x.seriesName + '<br>' + parties[0] + ' value ' + fmt(x.value[0], 3) + ', ' + parties[1] + ' value '
      + fmt(x.value[1], 3) + (x.value.length > 3 ? '<br>round ' + x.value[2] + ', ' + x.value[3] : '');
    o.grid = { left: 64, right: 20, top: layout.gridTop, bottom: layout.gridBottom };
    const step = (k) => (hi(k) - lo(k) > 0.3 ? 0.1 : 0.05);
    o.xAxis = valueAxis(parties[0] + ' value (' + (layout.narrow ? '0 worst – 1 best' : UTILITY_SCALE) + ')', { min: lo(0), max: hi(0), nameGap: 30,
      interval: step(0), axisLabel: { formatter: (v) => fmt(v, 2) } });
    o.yAxis = valueAxis(parties[1] + ' value', { min: lo(1), max: hi(1), interval: step(1), axisLabel: { formatter: (v) => fmt(v, 2) } });
    o.series = series;
    return { option: o, height: layout.height };
  }

  /** The two ceilings each delegation offered round by round, each on its own axis; "no limit" drawn as such. */
  function talksCeilings(d, width) {
    const s = d.scenario;
    const trace = d.trace || [];
    const dates = s.dates.slice(0, s.rounds);
    const narrow = width < NARROW;
    const keys = [['warheads', narrow ? 'warheads' : 'warhead ceiling (warheads)'],
      ['deployed_launchers', narrow ? 'launchers' : 'deployed-launcher ceiling (launchers)']];
    const offers = trace.filter((t) => t.move === 'offer' && t.terms);
    const levels = keys.map(([k]) => noLimitLevel(offers.map((t) => t.terms[k]).concat(s.issues ? issueValues(s, k) : [])));
    const names = [];
    s.parties.forEach((p) => keys.forEach(([k]) => names.push(p + ' ' + k.replace('_', ' '))));
    const layout = legendLayout(names, width, 24);
    const series = [];
    s.parties.forEach((p, pi) => keys.forEach(([k], ki) => {
      const level = levels[ki];
      series.push({ name: p + ' ' + k.replace('_', ' '), type: 'line', step: 'end', connectNulls: true, yAxisIndex: ki,
        symbol: ki === 0 ? party(p, pi).symbol : 'empty' + capital(party(p, pi).symbol), symbolSize: 8,
        color: party(p, pi).colour, lineStyle: { type: DASHES[ki + (pi ? 1 : 0)] || 'dotted', width: ki === 0 ? 2 : 1.5 },
        data: dates.map((date) => {
          const t = offers.find((x) => x.date === date && x.party === p);
          if (!t) { return null; }
          const v = t.terms[k];
          return v === null ? { value: level, noLimit: true } : v;
        }) });
    }));
    const o = base(layout, layout.narrow ? 'Ceilings offered by round' : 'Ceilings offered by dated round (deadline ' + s.deadline + ')');
    o.tooltip = { trigger: 'axis', confine: true, formatter: (xs) => xs[0].axisValue + '<br>' + xs.map((x) => x.seriesName + ': '
      + (x.data && x.data.noLimit ? 'no limit' : fmt(x.value))).join('<br>') };
    o.grid = { left: 64, right: 64, top: layout.gridTop, bottom: layout.gridBottom };
    o.xAxis = { type: 'category', data: dates, name: 'round date', nameLocation: 'middle', nameGap: 30,
      nameTextStyle: { fontWeight: 'bold' }, axisLabel: { hideOverlap: true } };
    o.yAxis = keys.map(([, label], i) => valueAxis(label, { min: 0, max: levels[i], position: i ? 'right' : 'left',
      nameGap: i ? 50 : 46, splitLine: { show: i === 0 },
      axisLabel: { formatter: (v) => (v === levels[i] ? 'no limit' : fmt(v)), showMaxLabel: true } }));
    o.series = series;
    return { option: o, height: layout.height };
  }

  function issueValues(s, key) {
    const issue = s.issues.find((i) => i.id === key);
    return issue ? issue.values.map(Number).filter((v) => !Number.isNaN(v)) : [];
  }

  const capital = (x) => x.charAt(0).toUpperCase() + x.slice(1);

  /** Surviving warheads after the other side's first strike, agreed against no treaty. */
  function talksStability(d, width) {
    const st = d.stability;
    const parties = d.parties;
    const layout = legendLayout(['agreed', 'no treaty'], width, 24);
    const o = base(layout, (layout.narrow ? 'Survivors of a first strike\n' : 'Warheads surviving a first strike by the other side')
      + ' (index agreed ' + fmt(st.agreed.stability_index, 3) + ', no treaty ' + fmt(st.no_treaty.stability_index, 3) + ')');
    o.title.textStyle.fontSize = layout.narrow ? 11 : 13;
    o.grid = { left: 48, right: 110, top: layout.gridTop, bottom: layout.gridBottom - 10 };
    o.yAxis = { type: 'category', data: parties, inverse: true };
    o.xAxis = valueAxis('surviving warheads (expected)', { min: 0, nameGap: 26, splitNumber: layout.narrow ? 3 : 5 });
    o.tooltip = { trigger: 'axis', confine: true, axisPointer: { type: 'shadow' } };
    o.series = [['agreed', st.agreed, 0], ['no treaty', st.no_treaty, 1]].map(([name, v, i]) => ({ name, type: 'bar',
      data: parties.map((p) => Math.round(v.surviving_warheads[p])), color: i ? '#9aa7b4' : '#0b5cad',
      itemStyle: i ? { decal: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: 0.8, color: 'rgba(0,0,0,0.35)' } } : {},
      label: { show: true, position: 'right', formatter: (x) => fmt(x.value) + ' of ' + fmt(v.warheads[parties[x.dataIndex]]) } }));
    if (layout.narrow) { o.grid.top += 16; }
    return { option: o, height: layout.narrow ? 300 : 240 };
  }

  /** A talks sweep: the agreed ceilings (and the Nash point's) as one delegation's weight changes. */
  function talksSweep(d, width) {
    const runs = d.runs;
    const keys = [['warheads', 'warhead ceiling (warheads)'], ['deployed_launchers', 'deployed-launcher ceiling (launchers)']];
    const agreed = (r, k) => (r.result.agreement ? r.result.agreement[k] : undefined);
    const levels = keys.map(([k]) => noLimitLevel(runs.map((r) => agreed(r, k)).concat(runs.map((r) => (r.result.nash.agreement || {})[k]))));
    const point = (r, v, level) => (v === undefined ? null : v === null ? { value: [r.value, level], noLimit: true } : [r.value, v]);
    const names = ['agreed warheads', 'agreed deployed launchers', 'Nash-point warheads'];
    const layout = legendLayout(names, width, 24);
    const o = base(layout, 'Agreed ceilings as ' + d.vary + ' changes');
    o.grid = { left: 64, right: 64, top: layout.gridTop, bottom: layout.gridBottom };
    o.xAxis = valueAxis(d.vary + ' weight (before normalisation)', { nameGap: 30, scale: true,
      axisLabel: { formatter: (v) => fmt(v, 2) } });
    o.yAxis = keys.map(([, label], i) => valueAxis(label, { min: 0, max: levels[i], position: i ? 'right' : 'left', nameGap: i ? 50 : 46,
      splitLine: { show: i === 0 }, axisLabel: { formatter: (v) => (v === levels[i] ? 'no limit' : fmt(v)), showMaxLabel: true } }));
    o.tooltip.formatter = (x) => x.seriesName + ' at ' + fmt(x.value[0], 2) + ': ' + (x.data.noLimit ? 'no limit' : fmt(x.value[1]));
    o.series = [
      { name: names[0], type: 'line', yAxisIndex: 0, symbol: 'circle', symbolSize: 8, color: COLOURS[0],
        data: runs.map((r) => point(r, agreed(r, 'warheads'), levels[0])).filter((x) => x) },
      { name: names[1], type: 'line', yAxisIndex: 1, symbol: 'rect', symbolSize: 8, color: COLOURS[1], lineStyle: { type: 'dashed' },
        data: runs.map((r) => point(r, agreed(r, 'deployed_launchers'), levels[1])).filter((x) => x) },
      { name: names[2], type: 'line', yAxisIndex: 0, symbol: MARK.nash.symbol, symbolSize: 12, color: MARK.nash.colour, lineStyle: { type: 'dotted' },
        data: runs.map((r) => point(r, (r.result.nash.agreement || {}).warheads, levels[0])).filter((x) => x) }];
    return { option: o, height: layout.height };
  }

  // ---- stability ----

  /**
   * Survivors and the stability index against the warhead ceiling (a numeric axis, deeper cuts to the right). One
   * rule: both sides' survivors and the index on a right axis; several rules: `view` picks 'a', 'b' or 'index'.
   */
  function stabilitySweep(d, width, view) {
    const r = d.result;
    const rules = r.rules.map((x) => x.id);
    const pts = r.points.filter((p) => p.ceiling !== null);
    const cuts = r.points.filter((p) => p.cut_share !== null);
    const one = rules.length === 1;
    const series = [];
    const survivors = (rule, side, i, name) => ({ name, type: 'line', yAxisIndex: 0, symbol: SYMBOLS[i], symbolSize: 9, color: COLOURS[i],
      lineStyle: { type: DASHES[i % DASHES.length], width: 2 },
      data: pts.filter((p) => p.rule === rule).map((p) => [p.ceiling, side === 'index' ? p.assessment.index : p[side + '_survivors']]) });
    if (one && !view) {
      series.push(survivors(rules[0], 'a', 0, r.a + ' survivors of a ' + r.b + ' first strike'));
      series.push(survivors(rules[0], 'b', 1, r.b + ' survivors of a ' + r.a + ' first strike'));
      const idx = survivors(rules[0], 'index', 2, 'stability index (right axis)');
      idx.yAxisIndex = 1;
      series.push(idx);
      cuts.forEach((c) => {
        series.push({ name: fmt(c.cut_share * 100) + '% cut (each side keeps ' + fmt(100 - c.cut_share * 100) + '% of its own)',
          type: 'scatter', yAxisIndex: 0, symbol: 'emptyRect', symbolSize: 12, color: '#000', itemStyle: { borderWidth: 2 },
          data: [{ value: [Math.max(c.a_warheads, c.b_warheads), c.a_survivors], side: r.a }, { value: [Math.max(c.a_warheads, c.b_warheads), c.b_survivors], side: r.b }] });
      });
    } else {
      rules.forEach((rule, i) => series.push(survivors(rule, view || 'a', i, rule)));
    }
    if (d.marked && series.length) {
      series[0].markLine = { symbol: 'none', silent: true, lineStyle: { type: 'dashed', color: '#333', width: 1.5 },
        label: { formatter: '{b}', position: 'insideEndTop', color: '#222' }, data: [{ xAxis: d.marked, name: fmt(d.marked) + ' warheads' }] };
    }
    const layout = legendLayout(series.map((s) => s.name), width, 0);
    const o = base(layout, null);
    o.grid = { left: 64, right: one && !view ? 56 : 24, top: layout.gridTop, bottom: layout.gridBottom };
    const ceilings = pts.map((p) => p.ceiling);
    o.xAxis = valueAxis('warhead ceiling for each side (warheads)', { inverse: true, min: 0,
      max: Math.ceil(Math.max(...ceilings) / 500) * 500, nameGap: 30 });
    const narrow = width < NARROW;
    const yName = view === 'index' ? (narrow ? 'index (1 = stable)' : 'stability index (1 = neither side gains by striking first)')
      : view === 'b' ? r.b + ' surviving warheads' : view === 'a' ? r.a + ' surviving warheads' : narrow ? 'survivors (warheads)' : 'surviving warheads (expected)';
    o.yAxis = [valueAxis(yName, view === 'index' ? { min: 0, max: 1, nameGap: 40, axisLabel: { formatter: (v) => fmt(v, 1) } } : { min: 0, nameGap: 50 })];
    if (one && !view) {
      o.yAxis.push(valueAxis(narrow ? 'index' : 'stability index (1 = stable)', { min: 0, max: 1, position: 'right', nameGap: 36, splitLine: { show: false },
        axisLabel: { formatter: (v) => fmt(v, 1) } }));
    }
    o.tooltip = { trigger: 'item', confine: true, formatter: (x) => x.seriesName + (x.data && x.data.side ? ' (' + x.data.side + ')' : '')
      + '<br>' + (x.seriesType === 'scatter' ? 'larger side ' : 'ceiling ') + fmt(x.value[0]) + ' warheads: '
      + (x.seriesName.startsWith('stability') || view === 'index' ? 'index ' + fmt(x.value[1], 3) : fmt(x.value[1]) + ' surviving') };
    o.series = series;
    return { option: o, height: layout.height };
  }

  // ---- compliance ----

  const STATUS = {
    V: 'confirmed: every figure seen in a published source',
    D: 'derived by arithmetic from published figures',
    U: 'unconfirmed: treat as approximate'
  };

  /** Explains a status code of the New START series such as V-except-US-WH-D-launchers-U, part by part. */
  function explainStatus(code) {
    if (!code) { return 'no status given'; }
    if (STATUS[code]) { return code + ' = ' + STATUS[code]; }
    const words = { WH: 'warheads', DV: 'deployed launchers', L: 'total launchers', launchers: 'total launchers', US: 'U.S.', RU: 'Russian' };
    const m = code.match(/^V-except-(.*)$/);
    if (m) {
      const parts = m[1].split('-');
      const out = [];
      let who = [];
      parts.forEach((p) => {
        if (STATUS[p]) { out.push(who.map((w) => words[w] || w).join(' ') + ' ' + STATUS[p].split(':')[0]); who = []; } else { who.push(p); }
      });
      return code + ' = confirmed except: ' + out.join('; ');
    }
    if (code === 'V-WH-only') { return code + ' = only the warhead figures confirmed; the others unconfirmed'; }
    if (code === 'V-partial') { return code + ' = some figures confirmed, the others unconfirmed'; }
    return code;
  }

  const isWarheads = (limit) => /warhead/.test(limit.counts || limit.id);

  /**
   * One party's counted numbers against the treaty's dated ceilings: warheads on the left axis, launchers and
   * delivery vehicles on the right. Official exchanges are joined by a line, filled where confirmed (status V) and
   * hollow where not; shipped postures (open-source estimates) are hollow diamonds.
   */
  function compliance(d, width) {
    const t = d.treaty;
    const p = d.party;
    const rows = d.points.filter((x) => x.party === p);
    const exchanges = rows.filter((x) => x.kind !== 'POSTURE');
    const postures = rows.filter((x) => x.kind === 'POSTURE');
    const names = [];
    t.limits.forEach((l) => {
      if (exchanges.length) { names.push(l.id + ' declared'); }
      if (postures.length) { names.push(l.id + ' posture (estimate)'); }
      names.push(l.id + ' ceiling');
    });
    const layout = legendLayout(names, width, 24);
    const end = t.termination || t.expiry || (rows.length ? rows[rows.length - 1].date : null);
    const point = (r, l, symbol) => {
      const x = r.limits.find((y) => y.id === l.id) || {};
      if (x.counted === null || x.counted === undefined) { return null; }
      return { value: [r.date, x.counted], symbol, status: r.status, kind: r.kind, from: r.from, source: r.source,
        verdict: x.verdict, ceiling: x.limit, warnings: (r.warnings || []).filter((w) => w.startsWith(l.id + ':')) };
    };
    const series = [];
    t.limits.forEach((l, i) => {
      const axis = isWarheads(l) ? 0 : 1;
      const colour = COLOURS[i % COLOURS.length];
      const symbol = SYMBOLS[i % SYMBOLS.length];
      if (exchanges.length) {
        series.push({ name: l.id + ' declared', type: 'line', yAxisIndex: axis, color: colour, symbolSize: 9, symbol,
          lineStyle: { width: 2, type: 'solid' },
          data: exchanges.map((r) => point(r, l, r.confirmed ? symbol : 'empty' + capital(symbol))).filter((x) => x) });
      }
      if (postures.length) {
        series.push({ name: l.id + ' posture (estimate)', type: 'scatter', yAxisIndex: axis, color: colour, symbolSize: 13,
          symbol: 'emptyDiamond', itemStyle: { borderWidth: 2 }, data: postures.map((r) => point(r, l, 'emptyDiamond')).filter((x) => x) });
      }
      const steps = (l.steps || [{ from: l.binding_from, ceiling: l.ceiling }]).filter((s) => s.ceiling !== null);
      const line = [];
      // A ceiling is drawn only while the treaty is in force: SORT's 2,200 would have bound from 2012-12-31, after
      // New START superseded it, so it is not drawn at all.
      steps.forEach((s, k) => {
        if (end && s.from >= end) { return; }
        let stop = k + 1 < steps.length ? steps[k + 1].from : end;
        if (end && stop > end) { stop = end; }
        line.push([s.from, s.ceiling], [stop, s.ceiling]);
        if (k + 1 < steps.length && steps[k + 1].from < end) { line.push([stop, s.ceiling], [stop, steps[k + 1].ceiling]); }
      });
      series.push({ name: l.id + ' ceiling', type: 'line', yAxisIndex: axis, symbol: 'none', color: colour, silent: true,
        lineStyle: { type: DASHES[(i % 2) + 1], width: 1.5 }, data: line });
    });
    const marks = [];
    if (t.entry_into_force) { marks.push({ name: 'in force ' + t.entry_into_force, xAxis: t.entry_into_force }); }
    if (end) { marks.push({ name: (t.termination ? 'terminated ' : 'expired ') + end, xAxis: end }); }
    if (series.length) {
      series[0].markLine = { symbol: 'none', silent: true, lineStyle: { type: 'dotted', color: '#555' },
        label: { formatter: '{b}', position: 'insideEndTop', fontSize: 10 }, data: marks };
    }
    const o = base(layout, (PARTY_NAMES[p] || p) + ' under ' + t.name);
    o.grid = { left: 64, right: 64, top: layout.gridTop, bottom: layout.gridBottom };
    const dates = rows.map((r) => r.date).concat([t.entry_into_force, end].filter((x) => x));
    o.xAxis = { type: 'time', name: 'date', nameLocation: 'middle', nameGap: 28, nameTextStyle: { fontWeight: 'bold' },
      min: dates.length ? yearBefore(dates.reduce((a, b) => (a < b ? a : b))) : undefined,
      max: dates.length ? yearAfter(dates.reduce((a, b) => (a > b ? a : b))) : undefined };
    const hasW = t.limits.some(isWarheads);
    const hasL = t.limits.some((l) => !isWarheads(l));
    o.yAxis = [valueAxis(hasW ? 'warheads' : '', { min: 0, nameGap: 50, show: hasW }),
      valueAxis(hasL ? (layout.narrow ? 'launchers' : 'launchers, delivery vehicles') : '', { min: 0, position: 'right',
        nameGap: 46, splitLine: { show: !hasW }, show: hasL })];
    o.tooltip.formatter = (x) => {
      if (!x.data || !x.data.value) { return x.seriesName; }
      const v = x.data;
      return escapeHtml(x.seriesName) + ' on ' + v.value[0] + ': ' + fmt(v.value[1]) + (v.ceiling !== null && v.ceiling !== undefined
        ? ' (ceiling ' + fmt(v.ceiling) + ')' : '') + (v.verdict ? ', ' + v.verdict : '') + '<br>'
        + (v.kind === 'POSTURE' ? 'estimate: the shipped posture ' + escapeHtml(v.from) + ' counted under the treaty'
          : escapeHtml(v.from) + ', status ' + escapeHtml(explainStatus(v.status)))
        + (v.warnings && v.warnings.length ? '<br>⚠ ' + escapeHtml(v.warnings.join('; ')) : '')
        + (v.source && v.kind !== 'POSTURE' ? '<br>source: ' + escapeHtml(v.source.length > 110 ? v.source.slice(0, 110) + '…' : v.source) : '');
    };
    o.series = series;
    return { option: o, height: layout.height };
  }

  const PARTY_NAMES = { US: 'United States', RU: 'Russia', CN: 'China' };
  const yearBefore = (iso) => (Number(iso.slice(0, 4)) - 1) + iso.slice(4);
  const yearAfter = (iso) => (Number(iso.slice(0, 4)) + 1) + iso.slice(4);
  const escapeHtml = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

  const BUILDERS = { talksSpace, talksCeilings, talksStability, talksSweep, stabilitySweep, compliance };

  // ---- drawing, downloads ----

  /** The points of every drawn series as CSV rows: series, x, y (what the chart shows, nothing recomputed). */
  function csvOf(instance) {
    const o = instance.getOption();
    const cats = (o.xAxis && o.xAxis[0] && o.xAxis[0].data) || (o.yAxis && o.yAxis[0] && o.yAxis[0].data) || null;
    const lines = [['series', 'x', 'y', 'note']];
    (o.series || []).forEach((s) => (s.data || []).forEach((v, i) => {
      if (v === null || v === undefined) { return; }
      const raw = v && typeof v === 'object' && !Array.isArray(v) ? v.value : v;
      const note = v && v.noLimit ? 'no limit' : (v && v.status ? 'status ' + v.status : (v && v.kind ? v.kind : ''));
      if (Array.isArray(raw)) { lines.push([s.name, raw[0], v && v.noLimit ? '' : raw[1], note]); } else {
        lines.push([s.name, cats ? cats[i] : i, v && v.noLimit ? '' : raw, note]);
      }
    }));
    return lines.map((l) => l.map((c) => {
      const t = c === null || c === undefined ? '' : String(c);
      return /[",\n]/.test(t) ? '"' + t.replace(/"/g, '""') + '"' : t;
    }).join(',')).join('\n') + '\n';
  }

  function download(name, href) {
    const a = document.createElement('a');
    a.href = href;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
  }

  /** PNG and CSV buttons under a chart (added once per chart element). */
  function tools(elem, instance) {
    if (elem.dataset.tools) { return; }
    elem.dataset.tools = '1';
    const bar = document.createElement('div');
    bar.className = 'chart-tools';
    const name = elem.id || 'chart';
    const button = (label, title, act) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = label;
      b.title = title;
      b.className = 'chart-download';
      b.dataset.chart = name;
      b.addEventListener('click', act);
      bar.appendChild(b);
    };
    button('PNG', 'Download this chart as a PNG image', () => download(name + '.png',
      instance.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' })));
    button('CSV', 'Download the points of this chart as CSV', () => download(name + '.csv',
      URL.createObjectURL(new Blob([csvOf(instance)], { type: 'text/csv' }))));
    elem.after(bar);
  }

  const drawn = new Map();

  /** Draws a builder's chart into an element; on resize it is rebuilt for the new width (phone or desktop). */
  function draw(elem, kind, data, view) {
    elem.hidden = false;
    const build = () => BUILDERS[kind](data, elem.clientWidth || 800, view);
    let built = build();
    if (built.height) { elem.style.height = built.height + 'px'; }
    const instance = echarts.getInstanceByDom(elem) || echarts.init(elem);
    if (built.height) { instance.resize(); built = build(); }
    instance.setOption(built.option, true);
    tools(elem, instance);
    drawn.set(elem, { build, instance });
    return instance;
  }

  function resizeAll() {
    drawn.forEach((d, elem) => {
      if (!elem.isConnected) { drawn.delete(elem); return; }
      const built = d.build();
      if (built.height) { elem.style.height = built.height + 'px'; }
      d.instance.resize();
      d.instance.setOption(built.option, true);
    });
  }
  if (typeof window !== 'undefined') { window.addEventListener('resize', resizeAll); }

  /** For a report: draws every element with data-chart from the JSON script it names. */
  function drawAll() {
    document.querySelectorAll('[data-chart]').forEach((elem) => {
      const data = JSON.parse(document.getElementById(elem.dataset.source).textContent);
      draw(elem, elem.dataset.chart, data, elem.dataset.view || undefined);
    });
  }

  return { draw, drawAll, resizeAll, tools, csvOf, explainStatus, builders: BUILDERS, PARTY, MARK, COLOURS, SYMBOLS, DASHES, UTILITY_SCALE, fmt };
})();
