// TreatyLab web page, playing a delegation: the offer being composed stays as the player left it (app.js fills the
// form from the offer on the table only until the player touches it), and "Best options for me" lists the terms
// with the player's highest values (GET /api/talks/sessions/{id}/best, the console's 'b N'), each one click away
// from the form. Uses api, el, table, talks, seatQuery and termsText from app.js.
'use strict';

(() => {
  const box = document.createElement('div');
  box.id = 't-best-box';
  box.innerHTML = '<div class="controls"><button id="t-best" type="button">Best options for me</button>'
    + '<span class="hint">the terms with your highest values (yours exactly; the other side\'s value of them is unknown'
    + ' to you)</span></div><table id="t-best-table" class="data"></table>';
  el('t-form').after(box);

  el('t-form').addEventListener('change', () => { talks.draftTouched = true; });
  // Shown with the form: a watcher, or a player whose talks are over, has no offer to compose.
  new MutationObserver(() => { box.hidden = el('t-form').hidden; if (box.hidden) { el('t-best-table').innerHTML = ''; } })
    .observe(el('t-form'), { attributes: true, attributeFilter: ['hidden'] });

  el('t-best').addEventListener('click', async () => {
    el('t-error').textContent = '';
    let best;
    try {
      best = await api.get('/api/talks/sessions/' + encodeURIComponent(talks.session) + '/best' + seatQuery()
        + (seatQuery() ? '&' : '?') + 'n=10');
    } catch (e) { el('t-error').textContent = e.message; return; }
    table(el('t-best-table'), ['your value', 'terms', ''], best.map((b) => [b.your_value.toFixed(3), termsText(b.terms), '']),
      (i) => (i === 1 ? 'long' : null));
    el('t-best-table').querySelectorAll('tbody tr').forEach((tr, k) => {
      const use = document.createElement('button');
      use.type = 'button';
      use.textContent = 'Put in my offer';
      use.addEventListener('click', () => {
        Object.entries(best[k].options).forEach(([issue, v]) => { const sel = el('t-issue-' + issue); if (sel) { sel.value = v; } });
        talks.draftTouched = true;
      });
      tr.cells[2].appendChild(use);
    });
  });
})();
