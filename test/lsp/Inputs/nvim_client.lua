-- Neovim's own LSP client attaches `quadrant lsp` to a file, waits for its
-- diagnostics, asks for a hover and the code lenses, applies a quick fix if
-- asked to (CODE_ACTION), stops the server and writes what it saw to a
-- file, for FileCheck. Neovim 0.7 (Debian 12) has
-- no vim.lsp.start: start_client and buf_attach_client instead.
--
--   QUADRANT=<binary> LSP_FILE=<source> LSP_OUT=<output> HOVER=<line>:<character> \
--     [CODE_ACTION=<line>:<character>] nvim --headless --clean -u nvim_client.lua
--
-- Every wait is vim.wait with a generous limit, so a slow machine is only
-- slower; a limit that runs out is written to the output and fails the test.
local out = {}
local function say(text)
  table.insert(out, text)
end

local function finish(status)
  local f = assert(io.open(os.getenv('LSP_OUT'), 'w'))
  f:write(table.concat(out, '\n') .. '\n')
  f:close()
  vim.cmd(status == 0 and 'qall!' or 'cquit! ' .. status)
end

local function run()
  local limit = 180000
  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('LSP_FILE')))
  local bufnr = vim.api.nvim_get_current_buf()
  local exit_code
  local client_id = vim.lsp.start_client({
    name = 'quadrant',
    cmd = { os.getenv('QUADRANT'), 'lsp', '-j1' },
    root_dir = vim.fn.fnamemodify(os.getenv('LSP_FILE'), ':h'),
    on_exit = function(code) exit_code = code end,
  })
  assert(client_id, 'the server did not start')
  vim.lsp.buf_attach_client(bufnr, client_id)

  -- The server publishes all of a file's diagnostics at once.
  if not vim.wait(limit, function() return #vim.diagnostic.get(bufnr) > 0 end, 50) then
    say('timeout: no diagnostics')
    return 1
  end
  local diagnostics = vim.diagnostic.get(bufnr)
  table.sort(diagnostics, function(a, b) return a.lnum < b.lnum end)
  local severities = { 'error', 'warning', 'info', 'hint' }
  for _, d in ipairs(diagnostics) do
    say(string.format('diagnostic %d:%d-%d:%d %s [%s] %s: %s', d.lnum, d.col, d.end_lnum,
      d.end_col, severities[d.severity], d.code, d.source, d.message))
  end

  local line, character = os.getenv('HOVER'):match('(%d+):(%d+)')
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    position = { line = tonumber(line), character = tonumber(character) },
  }
  local hover = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, limit)
  local answer = hover and hover[client_id]
  if not answer or not answer.result then
    say('no hover: ' .. vim.inspect(hover))
    return 1
  end
  say('hover ' .. answer.result.contents.kind .. ':')
  say(answer.result.contents.value)

  local lenses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeLens',
    { textDocument = params.textDocument }, limit)
  for _, lens in ipairs((lenses and lenses[client_id] or {}).result or {}) do
    say(string.format('lens %d:%d %s', lens.range.start.line, lens.range.start.character,
      lens.command.title))
  end

  -- CODE_ACTION=<line>:<character>: vim.lsp.buf.code_action() there, with
  -- the first quick fix of the menu chosen, as a user would pick it; the
  -- edit is applied to the buffer, whose line is then written out.
  local action_at = os.getenv('CODE_ACTION')
  if action_at then
    local action_line, action_character = action_at:match('(%d+):(%d+)')
    action_line = tonumber(action_line)
    vim.api.nvim_win_set_cursor(0, { action_line + 1, tonumber(action_character) })
    local offered = {}
    vim.ui.select = function(items, opts, on_choice)
      for _, item in ipairs(items) do
        table.insert(offered, (opts.format_item(item)))
      end
      on_choice(items[1], 1)
    end
    local tick = vim.api.nvim_buf_get_changedtick(bufnr)
    vim.lsp.buf.code_action()
    if not vim.wait(limit, function() return vim.api.nvim_buf_get_changedtick(bufnr) ~= tick end, 50) then
      say('timeout: the code action changed nothing')
      return 1
    end
    for _, title in ipairs(offered) do
      say('code action: ' .. title)
    end
    say('line ' .. action_line .. ' now: ' ..
      vim.api.nvim_buf_get_lines(bufnr, action_line, action_line + 1, false)[1])
  end

  -- shutdown, then exit: the server's exit status is 0.
  vim.lsp.stop_client(client_id)
  if not vim.wait(limit, function() return exit_code ~= nil end, 50) then
    say('timeout: the server did not exit')
    return 1
  end
  say('server exit status: ' .. exit_code)
  return 0
end

local ok, status = pcall(run)
if not ok then
  say('error: ' .. tostring(status))
  status = 1
end
finish(status)
