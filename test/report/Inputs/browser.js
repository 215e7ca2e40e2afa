// Drives the HTML report in headless Chromium (Debian's chromium, through
// playwright-core from test/npm) as a person would: reads the chart, filters
// it, selects functions with the mouse and the keyboard, follows a witness
// chain, scrolls the graph, reads the findings, and looks at the page on a
// desktop's and a phone's width. Exits non-zero at the first thing wrong.
//   node browser.js <samples.html> <findings.html> <wide.html> <huge.html> <screenshot-dir>
'use strict';
const assert = require('node:assert/strict');
const { chromium } = require('playwright-core');

const [samplesHtml, findingsHtml, wideHtml, hugeHtml, screenshots] = process.argv.slice(2);

// Where each function of samples/ belongs, worked out from the samples and
// docs/rules.md rather than from the tool's output. "name file".
const EXPECTED_CELLS = {
  'sync-blocking': [
    'task tasks_sequential.cpp', // std::this_thread::sleep_for
    'run_sequentially tasks_sequential.cpp', // calls task on its own thread
    'main tasks_sequential.cpp',
    'task tasks_async.cpp', // sleeps, wherever it runs
    'collect tasks_async.cpp', // future::get waits and starts nothing
    'send_standard mpi_send_modes.cpp', // MPI_Send may wait for the receiver
    'send_synchronous mpi_send_modes.cpp', // MPI_Ssend waits for the receiver
    'receive_all mpi_send_modes.cpp', // MPI_Recv waits for each message
    'slow_work uv_event_loop.cpp', // uv_sleep, on libuv's thread pool
    'add_to_total worker_threads.cpp', // std::lock_guard waits for the mutex
    'worker worker_threads.cpp', // calls add_to_total
    'compute_in_child forked_child.cpp', // write to a pipe
    'wait_for_child forked_child.cpp', // read from a pipe, waitpid
  ],
  'sync-nonblocking': [
    // A generator that only co_yields is sync; co_yield is labeled, so it is
    // not pure computation.
    'count_to coroutine.cpp',
    // read on a pipe made O_NONBLOCK by pipe2, and try_lock.
    'poll_pipe nonblocking_poll.cpp',
    // close() of the pipe poll_pipe made: closing a pipe returns at once.
    'main nonblocking_poll.cpp',
  ],
  'async-blocking': [
    'event_loop select_loop.cpp', // poll() with a 50 ms timeout
    'main select_loop.cpp',
    'launch_and_wait tasks_async.cpp', // std::async, then future::get
    'main tasks_async.cpp',
    'overlap mpi_send_modes.cpp', // MPI_Isend, then MPI_Wait
    'main mpi_send_modes.cpp',
    'main uv_event_loop.cpp', // uv_run, and uv_fs_stat with no callback
    'main worker_threads.cpp', // starts threads, then joins them
    'main forked_child.cpp', // fork, then waits for the child
  ],
  'async-nonblocking': [
    'worker coroutine.cpp', // co_await suspends the coroutine, not the thread
    'main coroutine.cpp',
    'launch_all tasks_async.cpp', // std::async(std::launch::async, ...)
    'read_in_background async_io.cpp', // aio_read queues the read; aio_error only asks
    'main async_io.cpp', // calls read_in_background; closes the pipe it made
    'start_send mpi_send_modes.cpp', // MPI_Isend returns a request at once
    'on_open uv_event_loop.cpp', // uv_fs_read with a callback
    'on_read uv_event_loop.cpp', // uv_fs_close with a callback
  ],
};
// No concurrency-relevant call anywhere below them.
const EXPECTED_PURE = [
  'handle select_loop.cpp', 'run_all coroutine.cpp', 'other_work async_io.cpp',
  'Reschedule::await_ready coroutine.cpp', 'Reschedule::await_suspend coroutine.cpp',
  'Reschedule::await_resume coroutine.cpp', 'Coro::Coro coroutine.cpp', 'Coro::Coro coroutine.cpp',
  'Coro::~Coro coroutine.cpp', 'TaskPromise::get_return_object coroutine.cpp',
  'TaskPromise::initial_suspend coroutine.cpp', 'TaskPromise::final_suspend coroutine.cpp',
  'TaskPromise::return_void coroutine.cpp', 'TaskPromise::unhandled_exception coroutine.cpp',
  'GenPromise::get_return_object coroutine.cpp', 'GenPromise::initial_suspend coroutine.cpp',
  'GenPromise::yield_value coroutine.cpp', 'compute mpi_send_modes.cpp',
  'on_closed uv_event_loop.cpp', 'on_tick uv_event_loop.cpp', 'work_done uv_event_loop.cpp',
  'sum_range worker_threads.cpp',
];

// std::async hands task to another thread: a hand-off, not a call.
const EXPECTED_HAND_OFFS = [
  'launch_all hands task to std::async at line 37: spawns',
  'launch_and_wait hands task to std::async at line 51: spawns',
  // uv_event_loop.cpp: callbacks run on the loop; uv_queue_work takes the
  // work for the thread pool, and its completion callback for the loop.
  'main hands on_open to uv_fs_open at line 66: runs as handler',
  'main hands on_tick to uv_timer_start at line 68: runs as handler',
  'main hands slow_work to uv_queue_work at line 69: posted to',
  'main hands work_done to uv_queue_work at line 69: runs as handler',
  // worker_threads.cpp: each worker thread runs worker.
  'main hands worker to std::vector::emplace_back at line 46: spawns',
  'on_open hands on_read to uv_fs_read at line 48: runs as handler',
  'on_read hands on_closed to uv_fs_close at line 42: runs as handler',
];
// The library calls that decide a colour, one leaf per function and axis:
// launch_and_wait is async for std::async and blocks for future::get.
const EXPECTED_CAUSES = [
  // mpi_send_modes.cpp: send_standard, send_synchronous, start_send and
  // overlap (async), overlap (blocks), receive_all.
  'MPI_Isend', 'MPI_Recv', 'MPI_Send', 'MPI_Ssend', 'MPI_Wait',
  'aio_read', // read_in_background
  'close', 'close', // main of nonblocking_poll.cpp (its first labeled call) and of select_loop.cpp
  'co_await', 'co_yield', // worker, count_to
  'pipe2', // poll_pipe's first labeled call
  'poll', // event_loop
  'std::async', 'std::async', // launch_all, launch_and_wait
  'std::future::get', 'std::future::get', // collect, launch_and_wait
  'std::this_thread::sleep_for', 'std::this_thread::sleep_for', // the two tasks
  // uv_event_loop.cpp: on_read, main (async), on_open, main (blocks: the
  // stat without a callback), slow_work.
  'uv_fs_close', 'uv_fs_open', 'uv_fs_read', 'uv_fs_stat', 'uv_sleep',
  // worker_threads.cpp: add_to_total, main (blocks, async).
  'std::lock_guard::lock_guard', 'std::thread::join', 'std::vector::emplace_back',
  // forked_child.cpp: compute_in_child, wait_for_child, main (async; it
  // blocks through compute_in_child).
  'write', 'read', 'fork',
];

// The visible function buttons of a part of the page, as "name file".
async function functionsIn(page, selector) {
  return page.$$eval(selector + ' li button.fn', (buttons) => buttons.map((b) =>
    b.firstChild.textContent + ' ' + b.querySelector('.where').textContent.replace(/:\d+$/, '')));
}
const sorted = (list) => [...list].sort();
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// The button of function "name file" in a part of the page.
const button = (page, scope, nameAndFile) => {
  const [name, file] = nameAndFile.split(' ');
  return page.locator(scope + ' button.fn', { hasText: new RegExp('^' + escape(name) + '\\s*' + escape(file) + ':') });
};
// The links of the selected function's witness chain for one axis.
const chainOf = (page, axis) => page.$$eval('#detail ol.chain[data-axis="' + axis + '"] li', (lis) => lis.map((li) => li.firstChild.textContent));
const detailText = (page, selector) => page.locator('#detail ' + selector).innerText();

async function open(browser, file, width = 1400) {
  const page = await browser.newPage({ viewport: { width, height: 1000 } });
  const problems = [];
  page.on('pageerror', (e) => problems.push('script error: ' + e.message));
  page.on('console', (m) => m.type() === 'error' && problems.push('console error: ' + m.text()));
  // Self-contained: the page itself is the only thing the browser loads.
  const url = 'file://' + file;
  page.on('request', (r) => r.url().split('#')[0] !== url && problems.push('fetched ' + r.url()));
  await page.goto(url);
  return { page, problems };
}

async function checkSamples(browser) {
  const { page, problems } = await open(browser, samplesHtml);

  // The chart: each function in its cell, the counts, the pure ones apart.
  for (const [quadrant, expected] of Object.entries(EXPECTED_CELLS)) {
    const cell = 'td.cell[data-quadrant="' + quadrant + '"]';
    assert.deepEqual(sorted(await functionsIn(page, cell)), sorted(expected), 'the ' + quadrant + ' cell');
    assert.equal(await page.locator(cell + ' .count').innerText(), String(expected.length), quadrant + ' count');
  }
  assert.deepEqual(sorted(await functionsIn(page, '#pure')), sorted(EXPECTED_PURE), 'pure computation');
  // The rows and columns are labeled as in the README's table.
  assert.deepEqual(await page.$$eval('table.grid thead th', (ths) => ths.map((th) => th.firstChild.textContent)), ['blocking', 'non-blocking']);
  assert.deepEqual(await page.$$eval('table.grid tbody th', (ths) => ths.map((th) => th.firstChild.textContent)), ['sync', 'async']);

  // The search box filters the chart (and dims the rest of the graph).
  await page.fill('#search', 'launch');
  assert.deepEqual(await functionsIn(page, 'td.cell[data-quadrant="async-blocking"]'), ['launch_and_wait tasks_async.cpp']);
  assert.deepEqual(await functionsIn(page, 'td.cell[data-quadrant="async-nonblocking"]'), ['launch_all tasks_async.cpp']);
  assert.deepEqual(await functionsIn(page, 'td.cell[data-quadrant="sync-blocking"]'), []);
  const asyncBlocking = EXPECTED_CELLS['async-blocking'].length;
  const everyFunction = Object.values(EXPECTED_CELLS).flat().length + EXPECTED_PURE.length;
  assert.equal(await page.locator('td.cell[data-quadrant="async-blocking"] .count').innerText(), '1 of ' + asyncBlocking);
  assert.equal(await page.locator('#search-status').innerText(), '2 of ' + everyFunction + ' functions match');
  assert.equal(await page.locator('svg.callgraph .node:not(.dim)').count(), 2);
  await page.fill('#search', '');
  assert.deepEqual(sorted(await functionsIn(page, 'td.cell[data-quadrant="sync-blocking"]')), sorted(EXPECTED_CELLS['sync-blocking']));
  assert.equal(await page.locator('td.cell[data-quadrant="async-blocking"] .count').innerText(), String(asyncBlocking));
  assert.equal(await page.locator('svg.callgraph .node.dim').count(), 0);

  // Clicking a function shows its quadrant, why, and its code with the
  // deciding call's line highlighted and the rule's reason beside it.
  await button(page, '#chart', 'event_loop select_loop.cpp').click();
  assert.equal(await detailText(page, 'h2'), 'event_loop');
  assert.equal(await detailText(page, '.verdict .badge'), 'async-blocking');
  assert.match(await detailText(page, '.why'), /It blocks[^]*It is async/);
  assert.deepEqual(await chainOf(page, 'blocks'), ['event_loop', 'poll']);
  assert.deepEqual(await chainOf(page, 'async'), ['event_loop', 'poll']);
  const pollLine = page.locator('#detail table.source tr.line[data-line="48"]');
  assert.ok((await pollLine.getAttribute('class')).split(' ').includes('hit'), 'line 48 is highlighted');
  assert.match(await pollLine.innerText(), /int ready = poll\(fds, 2, 50\);/);
  assert.equal(await pollLine.locator('mark').innerText(), 'poll');
  assert.match(await page.locator('#detail tr.annotation[data-line="48"]').innerText(),
    /poll is async-blocking: waits until one of the descriptors is ready or the timeout expires \[posix\.poll\]/);
  assert.match(await page.locator('#detail tr.annotation[data-line="56"]').innerText(), /read is sync-nonblocking: the descriptor is non-blocking/);
  assert.equal(await page.locator('#detail tr.line[data-line="47"].hit').count(), 0, 'a line without a labeled call is not highlighted');

  // The keyboard selects as well, and the witness chain is a path to follow,
  // in the detail and in the graph.
  await button(page, '#chart', 'main tasks_sequential.cpp').focus();
  await page.keyboard.press('Enter');
  assert.equal(await detailText(page, 'h2'), 'main');
  assert.match(await detailText(page, '.where'), /tasks_sequential\.cpp:37/);
  assert.deepEqual(await chainOf(page, 'blocks'), ['main', 'run_sequentially', 'task', 'std::this_thread::sleep_for']);
  const onPath = () => page.$$eval('svg.callgraph .node.on-path', (gs) => gs.map((g) => g.getAttribute('aria-label').split(',')[0]).sort());
  assert.deepEqual(await onPath(), ['main', 'run_sequentially', 'task']);
  // Two calls, and the arrow to the leaf: the sleep_for that decides.
  assert.equal(await page.locator('svg.callgraph .edge.on-path').count(), 3);
  assert.equal(await page.locator('svg.callgraph .edge.cause-edge.on-path').count(), 1);
  await page.locator('#detail ol.chain[data-axis="blocks"] button.fn', { hasText: 'run_sequentially' }).click();
  assert.equal(await detailText(page, 'h2'), 'run_sequentially');
  assert.deepEqual(await onPath(), ['run_sequentially', 'task']);
  await page.locator('svg.callgraph .node.on-path[aria-label^="task, "]').click();
  assert.equal(await detailText(page, 'h2'), 'task');
  assert.match(await page.locator('#detail tr.line.hit').innerText(), /std::this_thread::sleep_for\(duration\);/);
  assert.match(page.url(), /#fn-\d+$/);

  // A link to a function (the address with #fn-N) opens on it.
  const taskUrl = page.url();
  await page.goto('about:blank');
  await page.goto(taskUrl);
  assert.equal(await detailText(page, 'h2'), 'task');

  // The picture: launch_and_wait, which is in two chains at once.
  await button(page, '#chart', 'launch_and_wait tasks_async.cpp').click();
  // The detail panel is as tall as the window at most (it scrolls): a tall
  // window shows all of it.
  await page.setViewportSize({ width: 1400, height: 1500 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: screenshots + '/report.png', fullPage: true });
  assert.deepEqual(problems, []);
  await page.close();
}

// The boxes of the drawn graph (functions and deciding calls) as
// {name, x, y, width, height} in the page.
const graphBoxes = (page) => page.$$eval('svg.callgraph .node rect, svg.callgraph .cause path', (shapes) => shapes.map((s) => {
  const r = s.getBoundingClientRect();
  return { name: s.parentElement.querySelector('text').textContent, x: r.x, y: r.y, width: r.width, height: r.height };
}));
function assertNoOverlap(boxes) {
  for (let a = 0; a < boxes.length; a++)
    for (let b = a + 1; b < boxes.length; b++) {
      const p = boxes[a], q = boxes[b];
      const apart = p.x + p.width <= q.x + 1 || q.x + q.width <= p.x + 1 || p.y + p.height <= q.y + 1 || q.y + q.height <= p.y + 1;
      assert.ok(apart, p.name + ' and ' + q.name + ' overlap');
    }
}

// The graph as drawn: hand-offs where the samples start threads, a visible
// cause for every colour, boxes where Graphviz put them (apart), and a
// frame that shows it is cut and scrolls.
async function checkSamplesGraph(browser) {
  const { page, problems } = await open(browser, samplesHtml);
  const titles = (selector) => page.$$eval(selector, (paths) => paths.map((p) => p.querySelector('title').textContent).sort());
  assert.deepEqual(await titles('svg.callgraph path.edge.hand-off'), EXPECTED_HAND_OFFS);
  // A call is not a hand-off: std::async's task is not drawn as called.
  assert.equal(await page.locator('svg.callgraph path.edge:not(.hand-off) title', { hasText: 'launch_all calls' }).count(), 0);
  // Every coloured box has a bold arrow out: to the function that decides
  // it, or to the library call (a leaf), or it is a coroutine.
  const unexplained = await page.evaluate(() => {
    const fns = JSON.parse(document.getElementById('quadrant-data').textContent).functions;
    return [...document.querySelectorAll('svg.callgraph .node')].map((g) => Number(g.dataset.index)).filter((i) => {
      const f = fns[i];
      if (f.pure || (f.async && f.async.coroutine)) return false;
      return !document.querySelector('svg.callgraph path.witness[data-from="' + i + '"], svg.callgraph path.cause-edge[data-from="' + i + '"]');
    }).map((i) => fns[i].name);
  });
  assert.deepEqual(unexplained, []);
  assert.deepEqual(await page.$$eval('svg.callgraph .cause[data-function] text.call', (ts) => ts.map((t) => t.textContent)).then(sorted), sorted(EXPECTED_CAUSES));
  // The promise helpers of the coroutine sample are folded away.
  assert.equal(await page.locator('svg.callgraph .node[aria-label^="Coro::Coro,"]').count(), 0);
  assertNoOverlap(await graphBoxes(page));

  // At 1,400 pixels the graph is wider than its frame: the cut edge says so
  // and its button scrolls; at the far end the cue is gone.
  const scroller = page.locator('#graph-drawing');
  const extent = () => scroller.evaluate((s) => ({ left: s.scrollLeft, width: s.scrollWidth, client: s.clientWidth }));
  const before = await extent();
  assert.ok(before.width > before.client, 'the graph is wider than its frame (' + before.width + ' > ' + before.client + ')');
  assert.ok(await page.locator('.graph-frame .scroll-cue.right').isVisible(), 'the right edge says there is more');
  assert.ok(!(await page.locator('.graph-frame .scroll-cue.left').isVisible()), 'nothing more on the left');
  await page.locator('.graph-frame .scroll-cue.right').click();
  assert.ok((await extent()).left > 0, 'the cue scrolled the graph');
  assert.ok(await page.locator('.graph-frame .scroll-cue.left').isVisible(), 'now there is more on the left');
  await scroller.evaluate((s) => { s.scrollLeft = s.scrollWidth; });
  await page.waitForFunction(() => !document.querySelector('.graph-frame').classList.contains('more-right'));
  assert.deepEqual(problems, []);
  await page.close();
}

// Where code runs: the program's verdict, and a lane per context with the
// functions that run in it, worked out from the samples: the worker
// threads' lane holds what they call, the forked child's lane only what
// its branch calls, and what runs on two threads at once is marked.
async function checkLanes(browser) {
  const { page, problems } = await open(browser, samplesHtml);
  assert.match(await page.locator('#lanes p.verdict').innerText(), /^concurrent and parallel: .*1 child process has its own copy of memory/);
  const lane = (title) => page.locator('#lanes li.lane', { has: page.locator('h3', { hasText: title }) });
  const namesIn = (locator) => locator.locator('button.fn').evaluateAll((bs) =>
    bs.map((b) => b.querySelector('.where').previousSibling.textContent + ' ' + b.querySelector('.where').textContent.replace(/:\d+$/, '')).sort());
  const workers = lane(/^4 threads started by 'std::vector::emplace_back' at \S*samples\/worker_threads\.cpp:46:17$/);
  assert.deepEqual(await namesIn(workers), ['add_to_total worker_threads.cpp', 'sum_range worker_threads.cpp', 'worker worker_threads.cpp']);
  assert.equal(await workers.locator('button.fn.shared').count(), 3, 'all three run on four threads at once');
  const child = lane(/^a child process forked at \S*samples\/forked_child\.cpp:42:17, with its own copy of memory$/);
  assert.deepEqual(await namesIn(child), ['compute_in_child forked_child.cpp']);
  assert.ok(await child.evaluate((li) => li.classList.contains('process')), 'a process lane looks apart');
  assert.equal(await child.locator('button.fn.shared').count(), 0, 'a child process shares no memory');
  // Coloured by quadrant, and a lane's button selects the function.
  const addToTotal = workers.locator('button.fn', { hasText: 'add_to_total' });
  assert.equal(await addToTotal.evaluate((b) => b.style.getPropertyValue('--cell')), 'var(--q-sync-blocking)');
  await addToTotal.click();
  assert.match(await page.locator('#detail-title').innerText(), /add_to_total/);
  await page.locator('#lanes').screenshot({ path: screenshots + '/lanes.png' });
  assert.deepEqual(problems, []);
  await page.close();
}

// A phone, 420 pixels wide: nothing wider than the screen but the graph's
// own scrolling frame, and every function's button inside its cell.
async function checkPhone(browser) {
  const { page, problems } = await open(browser, samplesHtml, 420);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 420, 'the page is ' + width + ' pixels wide on a 420-pixel screen');
  const spilled = await page.$$eval('td.cell, #pure, li.lane', (cells) => cells.flatMap((cell) => {
    const c = cell.getBoundingClientRect();
    return [...cell.querySelectorAll('button.fn')].filter((b) => {
      const r = b.getBoundingClientRect();
      return r.left < c.left || r.right > c.right;
    }).map((b) => b.textContent);
  }));
  assert.deepEqual(spilled, []);
  const frame = await page.locator('#graph-drawing').boundingBox();
  assert.ok(frame.x >= 0 && frame.x + frame.width <= 420, 'the graph frame fits the screen');
  await button(page, '#chart', 'launch_and_wait tasks_async.cpp').click();
  const detailWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(detailWidth <= 420, 'with a function selected the page is ' + detailWidth + ' pixels wide');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: screenshots + '/report-420.png', fullPage: true });
  assert.deepEqual(problems, []);
  await page.close();
}

async function checkFindings(browser) {
  const { page, problems } = await open(browser, findingsHtml);
  const items = page.locator('#findings ol.findings > li');
  assert.equal(await items.count(), 2);
  assert.equal(await items.nth(0).getAttribute('data-check'), 'quadrant-blocking-under-lock');
  assert.match(await items.nth(0).innerText(), /warning findings\.cpp:12:3: call to 'flush_log', which blocks, while holding 'guard'/i);
  assert.deepEqual(await items.nth(0).locator('ul.notes li').allInnerTexts(),
    ["findings.cpp:11:31: note: 'guard' is locked here",
     "findings.cpp:8:26: note: 'write' is sync-blocking: waits until the data is accepted; the descriptor is not shown to be non-blocking"]);
  assert.equal(await items.nth(1).getAttribute('data-check'), 'quadrant-discarded-async-future');
  // Its place opens the function, with the finding on its line.
  await items.nth(0).locator('button.loc').click();
  assert.equal(await detailText(page, 'h2'), 'locked_write');
  assert.match(await page.locator('#detail tr.annotation[data-line="12"]').innerText(), /call to 'flush_log', which blocks/);
  assert.deepEqual(problems, []);
  await page.close();
}

// A program of 400 functions, f0 calling f1 ... calling f399, which sleeps:
// past 200 functions a list shows the first 200, the graph draws all 400 in
// one row that scrolls, and a long chain shows its ends.
async function checkWide(browser) {
  const { page, problems } = await open(browser, wideHtml);
  const cell = 'td.cell[data-quadrant="sync-blocking"]';
  assert.equal(await page.locator(cell + ' .count').innerText(), '400');
  assert.equal(await page.locator(cell + ' button.fn').count(), 200);
  assert.match(await page.locator(cell + ' p.more').innerText(), /and 200 more/);
  assert.equal(await page.locator('svg.callgraph .node').count(), 400);
  assert.equal(await page.locator('svg.callgraph .cause').count(), 1);
  assert.equal(await page.locator('#graph-note').innerText(), '');
  await page.fill('#search', 'f39');
  assert.deepEqual(sorted(await page.$$eval(cell + ' button.fn', (bs) => bs.map((b) => b.firstChild.textContent))),
    sorted(['f39', ...Array.from({ length: 10 }, (_, k) => 'f39' + k)]));
  assert.equal(await page.locator(cell + ' p.more').innerText(), '');
  assert.equal(await page.locator('svg.callgraph .node:not(.dim)').count(), 11);
  await page.fill('#search', '');
  await button(page, '#chart', 'f0 wide.cpp').click();
  assert.deepEqual(await chainOf(page, 'blocks'),
    ['f0', ...Array.from({ length: 15 }, (_, k) => 'f' + (k + 1)), '\u2026 384 more', 'sleep']);
  assert.equal(await page.locator('svg.callgraph .node.on-path').count(), 400);
  assert.deepEqual(problems, []);
  await page.close();
}

// Past 1,000 boxes the graph is not drawn, and the page says why; the
// chart and the detail still work.
async function checkHuge(browser) {
  const { page, problems } = await open(browser, hugeHtml);
  assert.equal(await page.locator('svg.callgraph').count(), 0);
  assert.match(await page.locator('#graph-note').innerText(), /1001 functions and 1 deciding call: too many to draw in a page[^]*--format=dot/);
  await page.fill('#search', 'f1000');
  await button(page, '#chart', 'f1000 huge.cpp').click();
  assert.deepEqual(await chainOf(page, 'blocks'), ['f1000', 'sleep']);
  assert.deepEqual(problems, []);
  await page.close();
}

(async () => {
  // As root, Chromium's sandbox cannot start; the page is our own.
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    await checkSamples(browser);
    await checkSamplesGraph(browser);
    await checkLanes(browser);
    await checkPhone(browser);
    await checkFindings(browser);
    await checkWide(browser);
    await checkHuge(browser);
  } finally {
    await browser.close();
  }
  console.log('browser checks passed; screenshots in ' + screenshots);
})().catch((e) => {
  console.error(e.stack || String(e));
  process.exit(1);
});
