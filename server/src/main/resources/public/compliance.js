// TreatyLab web page, compliance: any treaty (shipped or draft) over time, both parties side by side. The official
// data exchanges that count its limits and the shipped postures on their dates come from
// /api/compliance/overview; charts.js draws them. Uses api, el, table, treaties and views from app.js.
'use strict';

(() => {
  const fmt = TreatyCharts.fmt;
  let pending = null;

  // Permalinks (nav.js): the treaty is in the address; a draft's id works too.
  Nav.register('compliance', {
    get: () => ({ treaty: el('c-treaty').value }),
    before: (p) => { pending = p.treaty || 'new-start'; },
    set: async () => { }
  });

  views.compliance = async function () {
    const sel = el('c-treaty');
    const list = await treaties();
    const chosen = sel.value || 'new-start';
    sel.innerHTML = '';
    list.forEach((t) => sel.add(new Option(t.name + (t.draft ? ' (draft)' : ''), t.id)));
    const wanted = pending || chosen;
    pending = null;
    sel.value = list.some((t) => t.id === wanted) ? wanted : 'new-start';
    sel.onchange = () => { Nav.record('compliance'); drawCompliance(); };
    await drawCompliance();
  };

  /** The first web address in a source text, or null. */
  const address = (text) => { const m = /https?:\/\/[^\s,;)'"]+/.exec(text || ''); return m ? m[0] : null; };

  async function drawCompliance() {
    const treatyId = el('c-treaty').value || 'new-start';
    const status = el('c-status');
    status.textContent = 'Loading…';
    let ov;
    let treaty;
    try {
      [ov, treaty] = await Promise.all([
        api.get('/api/compliance/overview?treaty=' + encodeURIComponent(treatyId)),
        api.get('/api/treaties/' + encodeURIComponent(treatyId))]);
    } catch (e) { status.textContent = e.message; status.className = 'error'; return; }
    status.className = '';
    status.textContent = treaty.name + ': ' + (ov.series.length ? 'official figures from ' + ov.series.join(', ') : 'no official'
      + ' data exchange counts its limits') + '; shipped postures counted on their dates: ' + (ov.postures.join(', ') || 'none')
      + '. Filled marks: confirmed figures (status V); hollow: unconfirmed or derived; hollow diamonds: TreatyLab\'s'
      + ' open-source posture estimates.' + (ov.notes.length ? ' Not counted: ' + ov.notes.join('; ') + '.' : '');
    treaty.parties.forEach((party) => TreatyCharts.draw(el('c-chart-' + party), 'compliance', { treaty, party, points: ov.points }));
    const rows = [];
    ov.points.forEach((r) => r.limits.forEach((l) => rows.push({ r, l })));
    // The columns read first (limit, counted, ceiling, verdict) lead, so that a phone shows them without scrolling.
    table(el('c-table'), ['date', 'party', 'limit', 'counted', 'ceiling', 'verdict', 'margin', 'status', 'figure', 'source'],
      rows.map(({ r, l }) => [r.date, r.party, l.id, fmt(l.counted), fmt(l.limit), l.verdict, fmt(l.margin), r.status || '',
        r.kind === 'POSTURE' ? 'posture ' + r.from : r.from, r.kind === 'POSTURE' ? 'posture file' : (r.source ? 'source' : '–')]),
      (i, v) => (i === 5 && v ? 'verdict-' + v : null));
    el('c-table').querySelectorAll('tbody tr').forEach((tr, k) => {
      const { r } = rows[k];
      tr.className = r.kind === 'POSTURE' ? 'estimate' : (r.confirmed ? 'confirmed' : 'unconfirmed');
      tr.cells[7].title = TreatyCharts.explainStatus(r.status);
      tr.cells[7].classList.add('explained');
      if (r.warnings && r.warnings.length) {
        // A posture more than 5% off the nearest official figure of its year: said where the number is.
        tr.classList.add('warned');
        tr.cells[8].textContent += ' ⚠';
        tr.cells[8].title = 'Differs from the official figures: ' + r.warnings.join('; ');
      }
      const cell = tr.cells[9];
      const href = r.kind === 'POSTURE' ? '/docs/data-sources.md' : address(r.source);
      if (href) {
        const a = document.createElement('a');
        a.href = href;
        a.textContent = r.kind === 'POSTURE' ? 'sources of ' + r.from : 'source';
        a.title = r.source || '';
        if (r.kind !== 'POSTURE') { a.rel = 'noopener'; a.target = '_blank'; }
        cell.textContent = '';
        cell.appendChild(a);
      } else if (r.source) { cell.textContent = r.source; cell.classList.add('long'); }
    });
  }
})();
