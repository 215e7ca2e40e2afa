-- Writes the quickfix list, one entry a line, and the local makeprg to
-- $QF_OUT, then quits: what `:compiler quadrant` made of quadrant's output.
local lines = { 'makeprg: ' .. vim.fn.eval('&l:makeprg') }
for _, e in ipairs(vim.fn.getqflist()) do
  table.insert(lines, string.format('%s:%d:%d: %s: %s', vim.fn.bufname(e.bufnr), e.lnum, e.col,
    e.type, e.text))
end
local f = assert(io.open(os.getenv('QF_OUT'), 'w'))
f:write(table.concat(lines, '\n') .. '\n')
f:close()
vim.cmd('qall!')
