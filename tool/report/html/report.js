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

  // ---- Where code runs: one lane per execution context -------------------

  const LANE_LIMIT = 40;
  function buildLanes() {
    const program = data.program;
    const shared = new Set(program.shared);
    const section = el('section', { id: 'lanes', 'aria-labelledby': 'lanes-title' },
      el('h2', { id: 'lanes-title' }, 'Where code runs'),
      el('p', { class: 'verdict' }, el('strong', {}, program.verdict), ': ' + program.why + '.'),
      el('p', { class: 'hint' }, 'Each lane is a thread, a pool, an event loop, a coroutine or a process, with the functions that run in it, coloured by quadrant. ' +
        'A function marked \u2016 could run on two threads at the same instant: what it shares needs synchronization.'));
    const lanes = el('ol', { class: 'lanes' });
    for (const lane of program.lanes) {
      if (!lane.functions.length) continue;
      const items = el('ul', { class: 'fnlist' });
      for (const i of lane.functions.slice(0, LANE_LIMIT)) {
        const b = fnButton(i, true);
        b.style.setProperty('--cell', cellColour(fns[i].pure ? 'pure' : fns[i].quadrant));
        b.classList.add('in-lane');
        if (shared.has(i)) {
          b.classList.add('shared');
          b.prepend(el('span', { class: 'shared-mark', title: 'could run on two threads at once' }, '\u2016 '));
        }
        items.append(el('li', {}, b));
      }
      const more = lane.functions.length > LANE_LIMIT ? el('p', { class: 'more' }, 'and ' + (lane.functions.length - LANE_LIMIT) + ' more') : '';
      lanes.append(el('li', { class: 'lane' + (lane.separate_memory ? ' process' : '') },
        el('h3', {}, lane.title), items, more));
    }
    section.append(lanes);
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
    for (const cause of document.querySelectorAll('svg.callgraph .cause'))
      cause.classList.toggle('dim', !matchesSearch(Number(cause.dataset.function), text));
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

  // The functions, calls and deciding library calls on the selected
  // function's chains.
  function selectedPath() {
    const nodes = new Set(), edges = new Set(), causes = new Set();
    if (current === null) return { nodes, edges, causes };
    for (const axis of ['blocks', 'async']) {
      let from = current;
      for (const l of chain(current, axis)) {
        if (l.index === undefined) {
          causes.add(from + '@' + l.line + ':' + l.column);
          break;
        }
        nodes.add(from).add(l.index);
        edges.add(from + '>' + l.index);
        from = l.index;
      }
    }
    return { nodes, edges, causes };
  }

  const measure = document.createElement('canvas').getContext('2d');
  // A text of the graph, squeezed into its box when the font is wider than
  // the width quadrant estimated for it when Graphviz placed the box.
  function boxText(text, x, y, px, room, cls) {
    const t = svg('text', { x, y });
    if (cls) t.setAttribute('class', cls);
    t.textContent = text;
    measure.font = px + 'px system-ui, "DejaVu Sans", sans-serif';
    if (measure.measureText(text).width > room) {
      t.setAttribute('textLength', room);
      t.setAttribute('lengthAdjust', 'spacingAndGlyphs');
    }
    return t;
  }

  // The graph as Graphviz placed it (HtmlGraph.cpp): boxes are the
  // graph's nodes, then its causes; arrows its edges, then one to each cause.
  function drawGraph() {
    const holder = document.getElementById('graph-drawing');
    const graph = data.graph;
    const layout = graph.layout;
    const note = document.getElementById('graph-note');
    if (!layout) {
      note.textContent = 'The call graph has ' + plural(graph.nodes.length, 'function') + ' and ' + plural(graph.causes.length, 'deciding call') +
        ': too many to draw in a page. Each function\u2019s chains and calls are shown when it is selected; quadrant --format=dot draws the whole graph.';
      holder.replaceChildren();
      return;
    }
    note.textContent = '';
    const PAD = 12;
    const nodeCount = graph.nodes.length;
    const box = (k) => layout.boxes[k];
    const path = selectedPath();
    const root = svg('svg', { class: 'callgraph', width: layout.width + 2 * PAD, height: layout.height + 2 * PAD,
      viewBox: -PAD + ' ' + -PAD + ' ' + (layout.width + 2 * PAD) + ' ' + (layout.height + 2 * PAD), role: 'group', 'aria-label': 'call graph' });
    const defs = svg('defs');
    for (const name of ['arrow', 'arrow-on', 'arrow-hand-off']) {
      const marker = svg('marker', { id: name, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: 'userSpaceOnUse', orient: 'auto' });
      marker.append(svg('path', { d: name === 'arrow-hand-off' ? 'M0,0 L10,5 L0,10' : 'M0,0 L10,5 L0,10 z' }));
      defs.append(marker);
    }
    root.append(defs);
    // Hand-off labels go on top: an arrow between close ranks is shorter
    // than its label.
    const edgeLayer = svg('g'), nodeLayer = svg('g'), labelLayer = svg('g');
    root.append(edgeLayer, nodeLayer, labelLayer);

    const titled = (node, text) => {
      const title = svg('title');
      title.textContent = text;
      node.append(title);
      return node;
    };
    graph.edges.forEach((e, k) => {
      const handOff = e.kind !== 'calls';
      const on = !handOff && path.edges.has(e.from + '>' + e.to);
      const classes = ['edge', handOff ? 'hand-off' : e.witness ? 'witness' : '', on ? 'on-path' : ''].filter(Boolean).join(' ');
      const arrow = layout.arrows[k];
      edgeLayer.append(titled(svg('path', { d: arrow.d, class: classes, 'data-from': e.from, 'data-to': e.to, 'data-kind': e.kind,
        'marker-end': 'url(#' + (handOff ? 'arrow-hand-off' : on ? 'arrow-on' : 'arrow') + ')' }),
        handOff ? fns[e.from].name + ' hands ' + fns[e.to].name + ' to ' + e.via + ' at line ' + e.line + ': ' + e.kind
          : fns[e.from].name + ' calls ' + fns[e.to].name));
      if (handOff && arrow.label_x !== undefined) {
        const label = svg('text', { x: arrow.label_x, y: arrow.label_y - 4, class: 'edge-label' });
        label.textContent = e.kind;
        labelLayer.append(label);
      }
    });
    graph.causes.forEach((c, k) => {
      const on = path.causes.has(c.function + '@' + c.line + ':' + c.column);
      edgeLayer.append(svg('path', { d: layout.arrows[graph.edges.length + k].d, class: 'edge witness cause-edge' + (on ? ' on-path' : ''),
        'data-from': c.function, 'marker-end': 'url(#' + (on ? 'arrow-on' : 'arrow') + ')' }));
      const b = box(nodeCount + k);
      const g = titled(svg('g', { class: 'cause', 'data-function': c.function, transform: 'translate(' + b.x + ',' + b.y + ')' }),
        c.callee + ' is ' + c.quadrant + ': ' + c.reason);
      const fold = 8;
      g.append(svg('path', { d: 'M0,0 H' + (b.width - fold) + ' L' + b.width + ',' + fold + ' V' + b.height + ' H0 z', fill: cellColour(c.quadrant) }),
        boxText(c.callee, 10, 16, 13, b.width - 14, 'call'), boxText('line ' + c.line, 10, 31, 11, b.width - 14, 'sub'));
      nodeLayer.append(g);
    });
    graph.nodes.forEach((n, k) => {
      const f = n.function, fn = fns[f], q = fn.quadrant, b = box(k);
      const classes = ['node', q.startsWith('async') ? 'async' : 'sync'];
      if (path.nodes.has(f)) classes.push('on-path');
      if (f === current) classes.push('selected');
      const where = basename(fn.file) + ':' + fn.line;
      const g = titled(svg('g', { class: classes.join(' '), 'data-index': f, 'data-quadrant': q, tabindex: 0, role: 'button',
        'aria-label': fn.name + ', ' + q + (fn.pure ? ', pure computation' : '') + ', ' + where,
        transform: 'translate(' + b.x + ',' + b.y + ')' }), fn.name + ' is ' + q + (fn.pure ? ' (pure computation)' : ''));
      g.append(svg('rect', { width: b.width, height: b.height, rx: q.endsWith('nonblocking') ? 9 : 0, fill: fn.pure ? 'var(--q-pure)' : cellColour(q) }),
        boxText(fn.name, 10, 16, 13, b.width - 14), boxText(where, 10, 31, 11, b.width - 14, 'sub'));
      if (n.note) g.append(boxText(n.note, 10, 46, 11, b.width - 14, 'sub'));
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
    showScrollCues();
  }

  // A graph wider or taller than its frame scrolls; scroll bars are hidden
  // by some systems until touched, so the cut edges say there is more and
  // their buttons scroll to it.
  function showScrollCues() {
    const scroller = document.getElementById('graph-drawing');
    const frame = scroller.parentElement;
    const slack = 2;
    frame.classList.toggle('more-left', scroller.scrollLeft > slack);
    frame.classList.toggle('more-right', scroller.scrollLeft + scroller.clientWidth < scroller.scrollWidth - slack);
  }

  function buildGraph() {
    const swatch = (fill, extra) => el('span', { class: 'swatch', 'aria-hidden': 'true', style: '--cell: ' + fill + (extra || '') });
    const legend = el('ul', { class: 'legend', 'aria-label': 'legend' },
      ...QUADRANTS.map((q) => el('li', {}, swatch(cellColour(q)), q)),
      el('li', {}, swatch('var(--q-pure)'), 'pure computation'),
      el('li', {}, 'square corners: blocking; rounded: non-blocking; dashed border: async'),
      el('li', {}, 'darker arrow: first call of the caller\u2019s witness chain'),
      el('li', {}, 'folded corner: the library call that decides its caller\u2019s colour'),
      el('li', { class: 'hand-off' }, 'dashed blue arrow: code handed to another thread or an event loop (spawns, runs as handler, posted to)'));
    const scroller = el('div', { id: 'graph-drawing', class: 'graph-scroll', tabindex: 0, 'aria-label': 'call graph, scrolls' });
    scroller.addEventListener('scroll', showScrollCues);
    window.addEventListener('resize', showScrollCues);
    const cue = (side, text) => {
      const b = el('button', { type: 'button', class: 'scroll-cue ' + side, 'aria-label': 'scroll the graph ' + side }, text);
      b.addEventListener('click', () => scroller.scrollBy({ left: (side === 'left' ? -0.8 : 0.8) * scroller.clientWidth, behavior: 'instant' }));
      return b;
    };
    return el('section', { id: 'graph', 'aria-labelledby': 'graph-title' },
      el('h2', { id: 'graph-title' }, 'Call graph'),
      el('p', { class: 'hint' }, 'Each box is an analyzed function, coloured by its quadrant; an arrow is a call, callers on the left. ' +
        'Select a function to draw in bold the chains of calls that explain it, and follow them by clicking along.'),
      legend,
      el('p', { id: 'graph-note', class: 'hint', role: 'status' }),
      el('div', { class: 'graph-frame' }, scroller, cue('left', '\u2190 more'), cue('right', 'more \u2192')));
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
      el('main', { class: 'content' }, buildLanes(), buildChart(), buildGraph(), buildFindings()),
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
