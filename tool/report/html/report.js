// The quadrant HTML report draws itself from the JSON in #quadrant-data
// (tool/report/HtmlReporter.cpp writes it; docs/report.md describes the page).
// No library and nothing fetched: it works opened from disk. Every piece of
// the report's text goes in through textContent, never as markup.
'use strict';
(function () {
  const data = JSON.parse(document.getElementById('quadrant-data').textContent);
  const fns = data.functions;
  // Functions in files the configuration excludes are here only for the
  // chains that go through them: they are not listed or counted.
  const reported = fns.map((f, i) => i).filter((i) => !fns[i].excluded);
  const QUADRANTS = ['sync-blocking', 'sync-nonblocking', 'async-blocking', 'async-nonblocking'];
  // README's table: the classic calls of each quadrant.
  const EXAMPLES = {
    'sync-blocking': 'read() on a blocking fd, sleep, future.get(), join()',
    'sync-nonblocking': 'O_NONBLOCK read + EAGAIN polling, try_lock, wait_for(0s)',
    'async-blocking': 'select / poll / epoll_wait waiting',
    'async-nonblocking': 'std::thread, std::async, co_await',
  };
  // Past this many functions the graph draws the selected function's
  // neighbourhood only: thousands of boxes help nobody.
  const GRAPH_LIMIT = 300;
  const SVG_NS = 'http://www.w3.org/2000/svg';

  let current = null;

  for (const [key, colour] of Object.entries(data.colors))
    document.documentElement.style.setProperty('--q-' + key, colour);

  // el('p', {class: 'x'}, 'text', child, ...): an element with attributes and children.
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {}))
      if (v !== undefined && v !== null && v !== false) node.setAttribute(k, v === true ? '' : v);
    node.append(...children.filter((c) => c !== null && c !== undefined));
    return node;
  }
  function svg(tag, attrs) {
    const node = document.createElementNS(SVG_NS, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    return node;
  }
  const basename = (path) => path.slice(path.lastIndexOf('/') + 1);
  const plural = (n, word) => n + ' ' + word + (n === 1 ? '' : 's');
  const cellColour = (q) => 'var(--q-' + q + ')';
  function badge(q) {
    return el('span', { class: 'badge', style: '--cell: ' + cellColour(q) }, q);
  }

  // A button that selects function i; every mention of a function is one.
  function fnButton(i, withWhere) {
    const f = fns[i];
    const b = el('button', { type: 'button', class: 'fn', 'data-index': i, title: f.signature }, f.name);
    if (withWhere) b.append(el('span', { class: 'where' }, basename(f.file) + ':' + f.line));
    if (i === current) b.setAttribute('aria-current', 'true');
    b.addEventListener('click', () => select(i));
    return b;
  }

  // The chain of calls from function i that explains one axis ('blocks' or
  // 'async'): each function's hop names the next function or, last, the call
  // site that decides. Ends early at a coroutine, whose being one decides.
  function chain(i, axis) {
    const links = [];
    const seen = new Set([i]);
    for (let f = i, hop = fns[f][axis]; hop && !hop.coroutine; hop = fns[f][axis]) {
      const link = { file: hop.file, line: hop.line, column: hop.column };
      if (hop.target === undefined) {
        links.push(Object.assign(link, { name: hop.callee }));
        break;
      }
      links.push(Object.assign(link, { name: fns[hop.target].name, index: hop.target }));
      f = hop.target;
      if (seen.has(f)) break;
      seen.add(f);
    }
    return links;
  }

  // ---- Page skeleton -------------------------------------------------------

  function summary() {
    const counts = Object.fromEntries(QUADRANTS.map((q) => [q, 0]));
    for (const i of reported) counts[fns[i].quadrant]++;
    const pure = reported.filter((i) => fns[i].pure).length;
    return plural(reported.length, 'function') + ' in ' + plural(Object.keys(data.sources).length, 'file') + ': ' +
      QUADRANTS.map((q) => counts[q] + ' ' + q + (q === 'sync-nonblocking' && pure ? ' (' + pure + ' pure computation)' : '')).join(', ') +
      '. ' + plural(data.findings.length, 'finding') + '. quadrant ' + data.version + '.';
  }

  // The chart's lists: one per cell, and the pure functions. Each shows at
  // most LIST_LIMIT of the functions that match the search.
  const LIST_LIMIT = 200;
  const lists = [];
  function functionList(members) {
    const list = { members, items: el('ul', { class: 'fnlist' }), more: el('p', { class: 'more' }),
      count: el('span', { class: 'count' }) };
    lists.push(list);
    return list;
  }

  function buildChart() {
    const section = el('section', { id: 'chart', 'aria-labelledby': 'chart-title' },
      el('h2', { id: 'chart-title' }, 'The four quadrants'),
      el('p', { class: 'hint' }, 'Blocking: the calling thread waits. Async: the outcome is delivered later or elsewhere, not on return. ' +
        'Select a function to see why it is where it is.'));
    const search = el('input', { type: 'search', id: 'search', placeholder: 'part of a name', autocomplete: 'off' });
    search.addEventListener('input', applyFilter);
    section.append(el('p', { class: 'search' }, el('label', { for: 'search' }, 'Find a function: '), search,
      el('span', { id: 'search-status', role: 'status' })));

    const indices = reported;
    const pure = indices.filter((i) => fns[i].pure);
    const cell = (q) => {
      const list = functionList(indices.filter((i) => fns[i].quadrant === q && !fns[i].pure));
      const td = el('td', { class: 'cell', 'data-quadrant': q, style: '--cell: ' + cellColour(q) },
        el('h3', {}, el('span', { class: 'swatch', 'aria-hidden': 'true' }), q, list.count),
        el('p', { class: 'examples' }, 'e.g. ' + EXAMPLES[q]),
        list.members.length ? list.items : el('p', { class: 'empty' }, 'none'), list.more);
      if (q === 'sync-nonblocking' && pure.length)
        td.append(el('p', { class: 'more' }, el('a', { href: '#pure' }, 'and ' + pure.length + ' pure computation'), ', listed below'));
      return td;
    };
    const axisHead = (name, note) => el('th', { scope: 'row' }, name, el('small', {}, note));
    section.append(el('table', { class: 'grid' },
      el('caption', { class: 'visually-hidden' }, 'Functions by quadrant: rows sync and async, columns blocking and non-blocking'),
      el('thead', {}, el('tr', {}, el('td', {}),
        el('th', { scope: 'col' }, 'blocking', el('small', {}, 'the thread waits')),
        el('th', { scope: 'col' }, 'non-blocking', el('small', {}, 'returns at once')))),
      el('tbody', {},
        el('tr', {}, axisHead('sync', 'done on return'), cell('sync-blocking'), cell('sync-nonblocking')),
        el('tr', {}, axisHead('async', 'done later'), cell('async-blocking'), cell('async-nonblocking')))));

    const pureList = functionList(pure);
    section.append(el('section', { id: 'pure', 'aria-labelledby': 'pure-title', style: '--cell: ' + cellColour('pure') },
      el('h3', { id: 'pure-title' }, el('span', { class: 'swatch', 'aria-hidden': 'true' }), ' Pure computation ', pureList.count),
      el('p', { class: 'hint' }, 'No blocking or asynchronous call in them or in anything they call: sync-nonblocking, kept out of the chart.'),
      pure.length ? pureList.items : el('p', { class: 'empty' }, 'none'), pureList.more));
    return section;
  }

  const searchText = () => document.getElementById('search').value.trim().toLowerCase();
  const matchesSearch = (i, text) => !text || fns[i].name.toLowerCase().includes(text);

  function applyFilter() {
    const text = searchText();
    let shown = 0;
    for (const list of lists) {
      const matching = text ? list.members.filter((i) => matchesSearch(i, text)) : list.members;
      list.items.replaceChildren(...matching.slice(0, LIST_LIMIT).map((i) => el('li', {}, fnButton(i, true))));
      list.more.textContent = matching.length > LIST_LIMIT ? '\u2026 and ' + (matching.length - LIST_LIMIT) + ' more: narrow them down with the search box' : '';
      list.count.textContent = text ? matching.length + ' of ' + list.members.length : String(list.members.length);
      shown += matching.length;
    }
    document.getElementById('search-status').textContent = text ? shown + ' of ' + plural(reported.length, 'function') + ' match' : '';
    dimGraph();
  }

  function dimGraph() {
    const text = searchText();
    for (const node of document.querySelectorAll('svg.callgraph .node'))
      node.classList.toggle('dim', !matchesSearch(Number(node.dataset.index), text));
  }

  // ---- The selected function ----------------------------------------------

  // A chain longer than MAX_LINKS shows its first links and its last, as the
  // text report does.
  const MAX_LINKS = 16;
  function chainList(i, axis, label) {
    const ol = el('ol', { class: 'chain', 'aria-label': label, 'data-axis': axis }, el('li', {}, fnButton(i)));
    const links = chain(i, axis);
    const shown = links.length <= MAX_LINKS ? links : links.slice(0, MAX_LINKS - 1).concat([null], links.slice(-1));
    for (const link of shown) {
      if (link === null) {
        ol.append(el('li', { class: 'omitted' }, '\u2026 ' + (links.length - MAX_LINKS) + ' more'));
        continue;
      }
      ol.append(el('li', {},
        link.index !== undefined ? fnButton(link.index) : el('code', { class: 'leaf' }, link.name),
        el('span', { class: 'at' }, 'at ' + basename(link.file) + ':' + link.line + ':' + link.column)));
    }
    return ol;
  }

  function explanation(i) {
    const f = fns[i];
    const why = el('section', { class: 'why', 'aria-labelledby': 'why-title' }, el('h3', { id: 'why-title' }, 'Why'));
    if (f.blocks) why.append(el('p', {}, 'It blocks: the calling thread waits, through this chain of calls:'), chainList(i, 'blocks', 'why it blocks'));
    else why.append(el('p', {}, 'It does not block: nothing it runs on its own thread waits.'));
    if (f.async && f.async.coroutine) why.append(el('p', {}, 'It is async: it is a coroutine; its caller gets a handle now and the result later.'));
    else if (f.async) why.append(el('p', {}, 'It is async: its outcome is delivered later or elsewhere, through this chain of calls:'), chainList(i, 'async', 'why it is async'));
    else why.append(el('p', {}, 'It is sync: what it starts is done when it returns.'));
    if (f.pure) why.append(el('p', {}, 'Pure computation: no blocking or asynchronous call found in it or in anything it calls.'));
    if (f.partial) why.append(el('p', {}, 'Incomplete: its file does not compile, so some of its calls may be missing.'));
    return why;
  }

  function callTable(f) {
    const rows = f.calls.map((c) => el('tr', {},
      el('td', {}, c.line + ':' + c.column),
      el('td', {}, c.targets.length ? el('span', {}, ...c.targets.map((t) => fnButton(t))) : el('code', {}, c.callee)),
      el('td', {}, badge(c.quadrant)),
      el('td', {}, c.reason, c.rule ? el('span', { class: 'rule' }, ' [' + c.rule + ']') : null)));
    return el('table', { class: 'calls' },
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'line'), el('th', { scope: 'col' }, 'call'),
        el('th', { scope: 'col' }, 'quadrant'), el('th', { scope: 'col' }, 'reason'))),
      el('tbody', {}, ...rows));
  }

  // Line text with the called name at each column marked.
  function markedLine(text, calls) {
    const out = [];
    let at = 0;
    for (const c of [...calls].sort((a, b) => a.column - b.column)) {
      const start = c.column - 1;
      if (start < at || start >= text.length) continue;
      const token = /^[A-Za-z_~][\w:~]*/.exec(text.slice(start));
      const end = start + (token ? token[0].length : 1);
      out.push(text.slice(at, start), el('mark', { style: '--cell: ' + cellColour(c.quadrant) }, text.slice(start, end)));
      at = end;
    }
    out.push(text.slice(at));
    return out;
  }

  function sourceView(i) {
    const f = fns[i];
    const lines = data.sources[f.file];
    if (!lines || !lines.length) return el('p', { class: 'empty' }, 'The source of ' + f.file + ' could not be read when the report was written.');
    // The comment or template head just above the definition belongs to it.
    let first = f.line;
    while (first > 1 && f.line - first < 4 && /^\s*(\/\/|\/?\*|template\b)/.test(lines[first - 2])) first--;
    const MAX_LINES = 1000;
    const last = Math.min(lines.length, f.end_line, first + MAX_LINES - 1);
    const callsAt = new Map(), findingsAt = new Map();
    for (const c of f.calls)
      if (c.file === f.file) callsAt.set(c.line, (callsAt.get(c.line) || []).concat([c]));
    for (const x of data.findings)
      if (x.function_index === i && x.file === f.file) findingsAt.set(x.line, (findingsAt.get(x.line) || []).concat([x]));
    const body = el('tbody');
    for (let n = first; n <= last; n++) {
      const calls = callsAt.get(n) || [], found = findingsAt.get(n) || [];
      const row = el('tr', { class: 'line', 'data-line': n }, el('th', { scope: 'row' }, String(n)),
        el('td', {}, ...markedLine(lines[n - 1], calls)));
      if (calls.length) row.classList.add('hit');
      if (found.length) row.classList.add('finding-line');
      body.append(row);
      if (!calls.length && !found.length) continue;
      const notes = el('td', {});
      for (const c of calls)
        notes.append(el('div', {}, '\u21b3 ', el('code', {}, c.callee), ' is ', badge(c.quadrant), ': ' + c.reason,
          c.rule ? el('span', { class: 'rule' }, ' [' + c.rule + ']') : null));
      for (const x of found)
        notes.append(el('div', {}, '\u21b3 ', el('span', { class: 'sev ' + x.severity }, x.severity), ' ' + x.message + ' ',
          el('span', { class: 'rule' }, '[' + x.check + ']')));
      body.append(el('tr', { class: 'annotation', 'data-line': n }, el('td', {}), notes));
    }
    if (last < Math.min(lines.length, f.end_line))
      body.append(el('tr', {}, el('td', {}), el('td', { class: 'empty' }, '\u2026 ' + plural(f.end_line - last, 'more line'))));
    return el('table', { class: 'source', 'aria-label': 'source of ' + f.name }, body);
  }

  function renderDetail(i) {
    const f = fns[i];
    const detail = document.getElementById('detail');
    const findings = data.findings.filter((x) => x.function_index === i);
    detail.replaceChildren(...[
      el('h2', { id: 'detail-title' }, f.name),
      el('p', { class: 'where' }, el('code', {}, f.signature), ' \u2014 ' + f.file + ':' + f.line + ':' + f.column),
      el('p', { class: 'verdict' }, 'Quadrant: ', badge(f.quadrant), f.pure ? ' (pure computation)' : null),
      explanation(i),
      el('h3', {}, 'Calls that matter'),
      f.calls.length ? callTable(f) : el('p', { class: 'empty' }, 'No labeled call site and no call of a blocking or async function.'),
      el('h3', {}, 'Source'),
      sourceView(i),
      findings.length ? el('h3', {}, 'Findings here') : null,
      findings.length ? el('ol', { class: 'findings' }, ...findings.map(findingItem)) : null,
    ].filter((part) => part !== null));
  }

  function select(i) {
    if (!(i >= 0 && i < fns.length)) return;
    current = i;
    renderDetail(i);
    // Said by screen readers, which would otherwise not notice the panel change.
    document.getElementById('announce').textContent = 'Showing ' + fns[i].name + ': ' + fns[i].quadrant;
    for (const b of document.querySelectorAll('button.fn'))
      if (Number(b.dataset.index) === i) b.setAttribute('aria-current', 'true');
      else b.removeAttribute('aria-current');
    drawGraph();
    if (location.hash !== '#fn-' + i) location.hash = 'fn-' + i;
    const detail = document.getElementById('detail');
    detail.scrollTop = 0;
    if (detail.getBoundingClientRect().top > window.innerHeight || detail.getBoundingClientRect().bottom < 0)
      detail.scrollIntoView({ block: 'start' });
  }

  // ---- The call graph -------------------------------------------------------

  // Layered layout, left to right by call depth, one connected group of
  // functions under the other: cycles are broken at the edges a depth-first
  // walk finds going back, each function sits one column right of its
  // deepest caller, and each column of a group is ordered by the mean row of
  // its neighbours (a few sweeps) so that arrows cross little. Returns each
  // function's column and row (rows may be halves, to centre short columns).
  function layout(nodes, edges) {
    const n = nodes.length;
    const id = new Map(nodes.map((f, k) => [f, k]));
    const out = Array.from({ length: n }, () => []);
    const into = Array.from({ length: n }, () => []);
    const group = [...Array(n).keys()];
    const find = (k) => {
      while (group[k] !== k) k = group[k] = group[group[k]];
      return k;
    };
    for (const e of edges) {
      const a = id.get(e.from), b = id.get(e.to);
      if (a === undefined || b === undefined || a === b) continue;
      out[a].push(b);
      into[b].push(a);
      group[find(a)] = find(b);
    }
    const state = new Uint8Array(n); // 0 new, 1 on the stack, 2 done
    const back = new Set();
    const roots = [...Array(n).keys()].filter((k) => !into[k].length).concat([...Array(n).keys()]);
    for (const root of roots) {
      if (state[root]) continue;
      const stack = [[root, 0]];
      state[root] = 1;
      while (stack.length) {
        const top = stack[stack.length - 1];
        if (top[1] === out[top[0]].length) {
          state[top[0]] = 2;
          stack.pop();
          continue;
        }
        const next = out[top[0]][top[1]++];
        if (state[next] === 1) back.add(top[0] + '>' + next);
        else if (!state[next]) {
          state[next] = 1;
          stack.push([next, 0]);
        }
      }
    }
    const forward = (a, b) => !back.has(a + '>' + b);
    const layer = new Array(n).fill(0);
    const pending = into.map((callers, b) => callers.filter((a) => forward(a, b)).length);
    const queue = [...Array(n).keys()].filter((k) => !pending[k]);
    for (let q = 0; q < queue.length; q++) {
      const a = queue[q];
      for (const b of out[a]) {
        if (!forward(a, b)) continue;
        layer[b] = Math.max(layer[b], layer[a] + 1);
        if (--pending[b] === 0) queue.push(b);
      }
    }
    const groups = new Map();
    for (let k = 0; k < n; k++) {
      const g = find(k);
      if (!groups.has(g)) groups.set(g, []);
      groups.get(g).push(k);
    }
    const row = new Array(n);
    let top = 0;
    for (const members of groups.values()) {
      const columns = new Map();
      for (const k of members) {
        if (!columns.has(layer[k])) columns.set(layer[k], []);
        columns.get(layer[k]).push(k);
      }
      const ordered = [...columns.keys()].sort((a, b) => a - b).map((c) => columns.get(c));
      ordered.forEach((col) => col.forEach((k, r) => { row[k] = r; }));
      const mean = (list, fallback) => (list.length ? list.reduce((s, k) => s + row[k], 0) / list.length : fallback);
      for (let sweep = 0; sweep < 4; sweep++) {
        for (const col of sweep % 2 ? [...ordered].reverse() : ordered) {
          const key = new Map(col.map((k) => [k, mean((sweep % 2 ? out[k] : into[k]).filter((m) => layer[m] !== layer[k]), row[k])]));
          col.sort((a, b) => key.get(a) - key.get(b) || row[a] - row[b]);
          col.forEach((k, r) => { row[k] = r; });
        }
      }
      const height = Math.max(...ordered.map((col) => col.length));
      for (const col of ordered) col.forEach((k, r) => { row[k] = top + (height - col.length) / 2 + r; });
      top += height;
    }
    return { id, layer, row, rows: top };
  }

  // The functions the graph draws: all, or around the selection in a big program.
  function graphScope() {
    const all = data.graph.nodes;
    if (all.length <= GRAPH_LIMIT) return { nodes: all, note: null };
    if (current === null) return { nodes: [], note: 'The program has ' + all.length + ' functions in its call graph: select one to draw its neighbourhood.' };
    // The chains as the detail shows them: a very long one by its ends.
    const keep = new Set([current]);
    for (const axis of ['blocks', 'async']) {
      const links = chain(current, axis).filter((l) => l.index !== undefined);
      for (const l of links.slice(0, MAX_LINKS - 1).concat(links.slice(-1))) keep.add(l.index);
    }
    for (const e of data.graph.edges) {
      if (keep.size >= GRAPH_LIMIT) break;
      if (e.from === current) keep.add(e.to);
      if (e.to === current) keep.add(e.from);
    }
    return { nodes: all.filter((f) => keep.has(f)), note: 'Drawn: the selected function, its chains, callers and callees (' + keep.size + ' of ' + all.length + ' functions).' };
  }

  // The functions and calls on the selected function's chains.
  function selectedPath() {
    const nodes = new Set(), edges = new Set();
    if (current === null) return { nodes, edges };
    for (const axis of ['blocks', 'async']) {
      let from = current;
      for (const l of chain(current, axis)) {
        if (l.index === undefined) break;
        nodes.add(from).add(l.index);
        edges.add(from + '>' + l.index);
        from = l.index;
      }
    }
    return { nodes, edges };
  }

  const measure = document.createElement('canvas').getContext('2d');
  function textWidth(text, px) {
    measure.font = px + 'px system-ui, "DejaVu Sans", sans-serif';
    return measure.measureText(text).width;
  }

  function drawGraph() {
    const holder = document.getElementById('graph-drawing');
    const scope = graphScope();
    document.getElementById('graph-note').textContent = scope.note || '';
    const nodes = scope.nodes;
    const { id, layer, row, rows } = layout(nodes, data.graph.edges);
    const H = 38, VGAP = 14, HGAP = 70, PAD = 16;
    const width = nodes.map((f) => Math.ceil(Math.max(textWidth(fns[f].name, 13), textWidth(basename(fns[f].file) + ':' + fns[f].line, 11))) + 20);
    const colWidth = [];
    nodes.forEach((f, k) => { colWidth[layer[k]] = Math.max(colWidth[layer[k]] || 0, width[k]); });
    const colX = [];
    colWidth.reduce((x, w, c) => { colX[c] = x; return x + w + HGAP; }, PAD);
    const x = (k) => colX[layer[k]];
    const y = (k) => PAD + row[k] * (H + VGAP);
    const totalW = colX.length ? colX[colX.length - 1] + colWidth[colWidth.length - 1] + PAD : 0;
    const totalH = PAD * 2 + rows * (H + VGAP) + 30;

    const path = selectedPath();
    const root = svg('svg', { class: 'callgraph', width: totalW, height: totalH, viewBox: '0 0 ' + totalW + ' ' + totalH, role: 'group', 'aria-label': 'call graph' });
    const defs = svg('defs');
    for (const name of ['arrow', 'arrow-on']) {
      const marker = svg('marker', { id: name, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: 'userSpaceOnUse', orient: 'auto' });
      marker.append(svg('path', { d: 'M0,0 L10,5 L0,10 z' }));
      defs.append(marker);
    }
    root.append(defs);

    const edgeLayer = svg('g'), nodeLayer = svg('g');
    root.append(edgeLayer, nodeLayer);
    for (const e of data.graph.edges) {
      const a = id.get(e.from), b = id.get(e.to);
      if (a === undefined || b === undefined) continue;
      let d;
      if (a === b) {
        const sx = x(a) + width[a] - 14, sy = y(a);
        d = 'M' + sx + ',' + sy + ' c 0,-22 26,-22 26,0 s -12,14 -12,14';
      } else if (layer[a] < layer[b]) {
        const sx = x(a) + width[a], sy = y(a) + H / 2, tx = x(b), ty = y(b) + H / 2, dx = (tx - sx) / 2;
        d = 'M' + sx + ',' + sy + ' C' + (sx + dx) + ',' + sy + ' ' + (tx - dx) + ',' + ty + ' ' + tx + ',' + ty;
      } else {
        // A call back to the left or within a column (recursion): below the boxes.
        const sx = x(a) + width[a] / 2, sy = y(a) + H, tx = x(b) + width[b] / 2, ty = y(b) + H, dip = 30 + Math.abs(sx - tx) / 8;
        d = 'M' + sx + ',' + sy + ' C' + sx + ',' + (Math.max(sy, ty) + dip) + ' ' + tx + ',' + (Math.max(sy, ty) + dip) + ' ' + tx + ',' + ty;
      }
      const on = path.edges.has(e.from + '>' + e.to);
      const edge = svg('path', { d, class: 'edge' + (e.witness ? ' witness' : '') + (on ? ' on-path' : ''), 'marker-end': 'url(#' + (on ? 'arrow-on' : 'arrow') + ')', 'data-from': e.from, 'data-to': e.to });
      const title = svg('title');
      title.textContent = fns[e.from].name + ' calls ' + fns[e.to].name;
      edge.append(title);
      edgeLayer.append(edge);
    }
    nodes.forEach((f, k) => {
      const fn = fns[f];
      const q = fn.quadrant;
      const classes = ['node', q.startsWith('async') ? 'async' : 'sync'];
      if (path.nodes.has(f)) classes.push('on-path');
      if (f === current) classes.push('selected');
      const g = svg('g', { class: classes.join(' '), 'data-index': f, 'data-quadrant': q, tabindex: 0, role: 'button',
        'aria-label': fn.name + ', ' + q + (fn.pure ? ', pure computation' : '') + ', ' + basename(fn.file) + ':' + fn.line,
        transform: 'translate(' + x(k) + ',' + y(k) + ')' });
      const title = svg('title');
      title.textContent = fn.name + ' is ' + q + (fn.pure ? ' (pure computation)' : '');
      const rounded = q.endsWith('nonblocking') ? 9 : 0;
      g.append(title, svg('rect', { width: width[k], height: H, rx: rounded, fill: fn.pure ? 'var(--q-pure)' : cellColour(q) }));
      const name = svg('text', { x: 10, y: 16 });
      name.textContent = fn.name;
      const sub = svg('text', { x: 10, y: 31, class: 'sub' });
      sub.textContent = basename(fn.file) + ':' + fn.line;
      g.append(name, sub);
      g.addEventListener('click', () => select(f));
      g.addEventListener('keydown', (ev) => {
        if (ev.key === 'Enter' || ev.key === ' ') {
          ev.preventDefault();
          select(f);
        }
      });
      nodeLayer.append(g);
    });
    holder.replaceChildren(root);
    dimGraph();
  }

  function buildGraph() {
    const swatch = (fill, extra) => el('span', { class: 'swatch', 'aria-hidden': 'true', style: '--cell: ' + fill + (extra || '') });
    const legend = el('ul', { class: 'legend', 'aria-label': 'legend' },
      ...QUADRANTS.map((q) => el('li', {}, swatch(cellColour(q)), q)),
      el('li', {}, swatch('var(--q-pure)'), 'pure computation'),
      el('li', {}, 'square corners: blocking; rounded: non-blocking; dashed border: async'),
      el('li', {}, 'darker arrow: first call of the caller\u2019s witness chain'));
    return el('section', { id: 'graph', 'aria-labelledby': 'graph-title' },
      el('h2', { id: 'graph-title' }, 'Call graph'),
      el('p', { class: 'hint' }, 'Each box is an analyzed function, coloured by its quadrant; an arrow is a call, callers on the left. ' +
        'Select a function to draw in bold the chains of calls that explain it, and follow them by clicking along.'),
      legend,
      el('p', { id: 'graph-note', class: 'hint', role: 'status' }),
      el('div', { id: 'graph-drawing', class: 'graph-scroll' }));
  }

  // ---- Findings ----------------------------------------------------------------

  function placeButton(x, i) {
    const text = x.file + ':' + x.line + ':' + x.column;
    if (i === undefined) return el('code', {}, text);
    const b = el('button', { type: 'button', class: 'loc' }, text);
    b.addEventListener('click', () => select(i));
    return b;
  }

  function findingItem(x) {
    return el('li', { class: 'finding', 'data-check': x.check },
      el('p', {}, el('span', { class: 'sev ' + x.severity }, x.severity), ' ', placeButton(x, x.function_index), ': ' + x.message + ' ',
        el('code', { class: 'rule' }, '[' + x.check + ']')),
      x.notes.length ? el('ul', { class: 'notes' }, ...x.notes.map((note) =>
        el('li', {}, placeButton(note), ': note: ' + note.message))) : null);
  }

  function buildFindings() {
    const section = el('section', { id: 'findings', 'aria-labelledby': 'findings-title' },
      el('h2', { id: 'findings-title' }, 'Findings of the lint checks (' + data.findings.length + ')'));
    section.append(data.findings.length ? el('ol', { class: 'findings' }, ...data.findings.map(findingItem))
      : el('p', { class: 'empty' }, 'No check found anything.'));
    if (data.diagnostics.length)
      section.append(el('h2', {}, 'Files not analyzed completely'),
        el('ul', {}, ...data.diagnostics.map((d) => el('li', {}, el('code', {}, d.file), ': ' + d.severity + ': ' + d.message))));
    return section;
  }

  // ---- Start -------------------------------------------------------------------

  document.body.append(
    el('header', { class: 'top' }, el('h1', {}, 'quadrant report'), el('p', {}, summary())),
    el('div', { class: 'layout' },
      el('main', { class: 'content' }, buildChart(), buildGraph(), buildFindings()),
      el('p', { id: 'announce', class: 'visually-hidden', role: 'status' }),
      el('aside', { id: 'detail', 'aria-labelledby': 'detail-title' },
        el('h2', { id: 'detail-title' }, 'No function selected'),
        el('p', { class: 'hint' }, 'Select a function in the chart, the graph or a finding to see its quadrant, why, and its code.'))));
  applyFilter();
  drawGraph();
  const fromHash = () => {
    const m = /^#fn-(\d+)$/.exec(location.hash);
    if (m && Number(m[1]) !== current) select(Number(m[1]));
  };
  window.addEventListener('hashchange', fromHash);
  fromHash();
})();
