// TreatyLab web page, treaty editor: line numbers beside the treaty file, and the line an error names marked and
// selected (the validator's messages read "line N: ..."). Watches #e-status, which app.js writes.
'use strict';

(() => {
  const text = el('e-text');
  const wrap = document.createElement('div');
  wrap.className = 'editor';
  const gutter = document.createElement('pre');
  gutter.className = 'gutter';
  gutter.id = 'e-gutter';
  gutter.setAttribute('aria-hidden', 'true');
  text.parentNode.insertBefore(wrap, text);
  wrap.appendChild(gutter);
  wrap.appendChild(text);
  let marked = null;

  function number() {
    const lines = text.value.split('\n').length;
    gutter.innerHTML = '';
    for (let i = 1; i <= lines; i++) {
      const span = document.createElement('span');
      span.textContent = String(i);
      if (i === marked) { span.className = 'bad'; span.title = 'the line the error names'; }
      gutter.appendChild(span);
      gutter.appendChild(document.createTextNode('\n'));
    }
    gutter.scrollTop = text.scrollTop;
  }

  function mark(line) {
    marked = line;
    number();
    if (line === null) { return; }
    const lines = text.value.split('\n');
    const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
    text.setSelectionRange(start, start + (lines[line - 1] || '').length);
    const height = text.scrollHeight / Math.max(1, lines.length);
    text.scrollTop = Math.max(0, (line - 4) * height);
    gutter.scrollTop = text.scrollTop;
  }

  text.addEventListener('input', () => { marked = null; number(); });
  text.addEventListener('scroll', () => { gutter.scrollTop = text.scrollTop; });
  // app.js sets the text without an input event (loading a treaty): follow every change of the value.
  const desc = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value');
  Object.defineProperty(text, 'value', { get() { return desc.get.call(this); },
    set(v) { desc.set.call(this, v); marked = null; number(); } });
  new MutationObserver(() => {
    const s = el('e-status');
    const m = s.className === 'error' ? /line (\d+)/.exec(s.textContent) : null;
    mark(m ? Number(m[1]) : null);
  }).observe(el('e-status'), { childList: true, characterData: true, subtree: true, attributes: true });
  number();
})();
