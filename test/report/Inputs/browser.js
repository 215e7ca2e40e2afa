// Drives the HTML report in headless Chromium (Debian's chromium, through
// playwright-core from test/npm) as a person would: reads the chart, filters
// it, selects functions with the mouse and the keyboard, follows a witness
// chain, and reads the findings. Exits non-zero at the first thing wrong.
//   node browser.js <samples.html> <findings.html> <wide.html> <screenshot.png>
'use strict';
const assert = require('node:assert/strict');
const { chromium } = require('playwright-core');

const [samplesHtml, findingsHtml, wideHtml, screenshot] = process.argv.slice(2);

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

async function open(browser, file) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
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
  assert.equal(await page.locator('svg.callgraph .edge.on-path').count(), 2);
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
  await page.screenshot({ path: screenshot, fullPage: true });
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
// past 200 functions a list shows the first 200, past 300 the graph draws
// the selection's neighbourhood, and a long chain shows its ends.
async function checkWide(browser) {
  const { page, problems } = await open(browser, wideHtml);
  const cell = 'td.cell[data-quadrant="sync-blocking"]';
  assert.equal(await page.locator(cell + ' .count').innerText(), '400');
  assert.equal(await page.locator(cell + ' button.fn').count(), 200);
  assert.match(await page.locator(cell + ' p.more').innerText(), /and 200 more/);
  assert.equal(await page.locator('svg.callgraph .node').count(), 0);
  assert.match(await page.locator('#graph-note').innerText(), /400 functions in its call graph: select one/);
  await page.fill('#search', 'f39');
  assert.deepEqual(sorted(await page.$$eval(cell + ' button.fn', (bs) => bs.map((b) => b.firstChild.textContent))),
    sorted(['f39', ...Array.from({ length: 10 }, (_, k) => 'f39' + k)]));
  assert.equal(await page.locator(cell + ' p.more').innerText(), '');
  await page.fill('#search', '');
  await button(page, '#chart', 'f0 wide.cpp').click();
  assert.deepEqual(await chainOf(page, 'blocks'),
    ['f0', ...Array.from({ length: 15 }, (_, k) => 'f' + (k + 1)), '\u2026 384 more', 'sleep']);
  assert.match(await page.locator('#graph-note').innerText(), /\(17 of 400 functions\)/);
  assert.equal(await page.locator('svg.callgraph .node').count(), 17);
  assert.deepEqual(problems, []);
  await page.close();
}

(async () => {
  // As root, Chromium's sandbox cannot start; the page is our own.
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    await checkSamples(browser);
    await checkFindings(browser);
    await checkWide(browser);
  } finally {
    await browser.close();
  }
  console.log('browser checks passed; screenshot: ' + screenshot);
})().catch((e) => {
  console.error(e.stack || String(e));
  process.exit(1);
});
