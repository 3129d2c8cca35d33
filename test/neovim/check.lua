-- Neovim as an LSP client of the standalone Verbatim language server (stdio).
-- Run by test/neovim/run.mjs:  nvim --headless -u NONE -i NONE -n -c 'luafile test/neovim/check.lua'
-- (Debian 12 ships Neovim 0.7, which has neither `nvim -l` nor vim.lsp.start:
-- this uses vim.lsp.start_client + buf_attach_client there, vim.lsp.start on 0.8+).
--
-- Opens examples/drafts/council-budget.md (read-only, never written), waits for
-- the diagnostics and asserts their codes, positions and source; asks for a
-- hover and a definition at the misattributed quotation; opens clean-story.md
-- and asserts it has no diagnostics. Prints one summary line and quits with
-- exit code 0, or prints the failure and quits with :cquit (exit code 1).
local started = vim.loop.hrtime()
local TIMEOUT = tonumber(os.getenv('VERBATIM_NVIM_TIMEOUT_MS') or '') or 20000

local function script_dir()
  local src = debug.getinfo(1, 'S').source
  return vim.fn.fnamemodify(src:sub(1, 1) == '@' and src:sub(2) or src, ':p:h')
end
local repo = os.getenv('VERBATIM_REPO') or vim.fn.fnamemodify(script_dir(), ':h:h')
local examples = repo .. '/examples'
local node = os.getenv('VERBATIM_NODE') or 'node'

local function fail(msg) error({ verbatim = msg }, 0) end
local function check(cond, msg) if not cond then fail(msg) end end
local function ms() return math.floor((vim.loop.hrtime() - started) / 1e6) end

-- What `verbatim check --corpus examples/sources examples/drafts/council-budget.md` reports
-- (0-based lines; these columns are ASCII, so bytes and UTF-16 agree).
local EXPECTED = {
  { 'fact.date', 4, 26, 35 },
  { 'fact.number', 4, 47, 59 },
  { 'quote.misattributed', 8, 48, 89 },
  { 'quote.altered', 10, 48, 109 },
  { 'quote.altered', 12, 1, 63 },
  { 'fact.name', 14, 11, 31 },
  { 'quote.unverified', 16, 1, 49 },
  { 'fact.title', 18, 16, 25 },
}

local function code_of(d)
  return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
end

local function describe(ds)
  local out = {}
  for _, d in ipairs(ds) do
    table.insert(out, string.format('%s@%d:%d-%d', tostring(code_of(d)), d.lnum, d.col, d.end_col or -1))
  end
  return #out > 0 and table.concat(out, ', ') or '(none)'
end

local function sorted_diagnostics(buf)
  local ds = vim.diagnostic.get(buf)
  table.sort(ds, function(a, b)
    if a.lnum ~= b.lnum then return a.lnum < b.lnum end
    return a.col < b.col
  end)
  return ds
end

local function open(path)
  vim.cmd('edit ' .. vim.fn.fnameescape(path))
  local buf = vim.api.nvim_get_current_buf()
  vim.bo[buf].filetype = 'markdown' -- -u NONE: no filetype detection; the server wants languageId markdown
  vim.bo[buf].modifiable = false
  vim.bo[buf].readonly = true
  return buf
end

-- One LSP request, synchronously: the result of our client, or a failure.
local client_id
local function request(buf, method, params)
  local results, err = vim.lsp.buf_request_sync(buf, method, params, 10000)
  check(results, string.format('%s: no answer (%s)', method, tostring(err)))
  local r = results[client_id]
  check(r, string.format('%s: no answer from the Verbatim client', method))
  check(not r.error and not r.err, string.format('%s: error %s', method, vim.inspect(r.error or r.err)))
  return r.result
end

local function hover_text(result)
  if not result or result == vim.NIL then return '' end
  local c = result.contents
  if type(c) == 'string' then return c end
  if c.value then return c.value end
  local parts = {}
  for _, x in ipairs(c) do table.insert(parts, type(x) == 'string' and x or x.value) end
  return table.concat(parts, '\n')
end

local function main()
  check(vim.fn.isdirectory(examples .. '/sources') == 1, 'no examples/sources under ' .. repo)
  check(vim.fn.filereadable(repo .. '/dist/server.cjs') == 1, 'dist/server.cjs is missing: run npm run build')
  vim.lsp.set_log_level(os.getenv('VERBATIM_NVIM_LSP_LOG') or 'warn')

  local budget = open(examples .. '/drafts/council-budget.md')
  local config = {
    name = 'verbatim',
    cmd = { node, repo .. '/bin/verbatim-language-server.cjs', '--stdio' },
    root_dir = examples,
    settings = { verbatim = {} },
  }
  if vim.lsp.start then
    client_id = vim.lsp.start(config) -- 0.8+: starts and attaches to the current buffer
  else
    client_id = vim.lsp.start_client(config)
    check(client_id, 'vim.lsp.start_client returned nil')
    check(vim.lsp.buf_attach_client(budget, client_id), 'buf_attach_client failed')
  end
  check(client_id, 'the Verbatim language server did not start')

  -- Diagnostics: all eight findings, with their codes, ranges, severities and source.
  local ok = vim.wait(TIMEOUT, function() return #vim.diagnostic.get(budget) >= #EXPECTED end, 50)
  check(ok, string.format('timed out after %d ms waiting for %d diagnostics on council-budget.md; got %s',
    TIMEOUT, #EXPECTED, describe(sorted_diagnostics(budget))))
  vim.wait(300, function() return false end) -- let a second publication land, if any
  local ds = sorted_diagnostics(budget)
  check(#ds == #EXPECTED, string.format('expected %d diagnostics, got %d: %s', #EXPECTED, #ds, describe(ds)))
  local codes = {}
  for i, want in ipairs(EXPECTED) do
    local d = ds[i]
    local got = string.format('%s@%d:%d-%d', tostring(code_of(d)), d.lnum, d.col, d.end_col)
    local expected = string.format('%s@%d:%d-%d', want[1], want[2], want[3], want[4])
    check(got == expected, string.format('diagnostic %d: expected %s, got %s (all: %s)', i, expected, got, describe(ds)))
    check(d.source == 'verbatim', string.format('diagnostic %s: source %s', got, tostring(d.source)))
    local severity = want[1] == 'quote.unverified' and vim.diagnostic.severity.WARN or vim.diagnostic.severity.ERROR
    check(d.severity == severity, string.format('diagnostic %s: severity %s, expected %s', got, tostring(d.severity), severity))
    table.insert(codes, want[1])
  end
  local misattributed = ds[3].message
  check(misattributed:find('Daniel Okafor', 1, true) and misattributed:find('not by Elena Ruiz', 1, true),
    'quote.misattributed message: ' .. misattributed)

  -- Hover at the misattributed quotation: the citation (speaker, role, the source's words).
  local uri = vim.uri_from_bufnr(budget)
  local pos = { textDocument = { uri = uri }, position = { line = 8, character = 60 } }
  local hover = hover_text(request(budget, 'textDocument/hover', pos))
  for _, want in ipairs({ 'quote.misattributed', '**Daniel Okafor**', 'council member, Riverton City Council', '> Riders will pay for this in longer waits.', '2026-03-10' }) do
    check(hover:find(want, 1, true), string.format('hover at 9:61 lacks %q:\n%s', want, hover))
  end

  -- Definition at the same quotation: the transcript line where Okafor says it.
  local def = request(budget, 'textDocument/definition', pos)
  check(def and def ~= vim.NIL, 'no definition at 9:61')
  if def[1] then def = def[1] end
  local target, range = def.uri or def.targetUri, def.range or def.targetSelectionRange or def.targetRange
  check(target and target:sub(-#'/sources/2026-03-10-council-meeting.md') == '/sources/2026-03-10-council-meeting.md',
    'definition lands in ' .. tostring(target))
  check(range.start.line == 21 and range.start.character == 87, 'definition range ' .. vim.inspect(range))

  -- The clean draft: checked (a confirmation hover on its first quotation) and without diagnostics.
  local clean = open(examples .. '/drafts/clean-story.md')
  check(vim.lsp.buf_attach_client(clean, client_id), 'buf_attach_client failed on clean-story.md')
  local confirmation = ''
  vim.wait(TIMEOUT, function()
    local results = vim.lsp.buf_request_sync(clean, 'textDocument/hover',
      { textDocument = { uri = vim.uri_from_bufnr(clean) }, position = { line = 6, character = 10 } }, 5000)
    local r = results and results[client_id]
    confirmation = r and hover_text(r.result) or ''
    return confirmation ~= ''
  end, 200)
  check(confirmation:find('Priya Nair', 1, true), 'no confirmation hover on clean-story.md 7:11: ' .. confirmation)
  vim.wait(1000, function() return #vim.diagnostic.get(clean) > 0 end, 50)
  check(#vim.diagnostic.get(clean) == 0, 'clean-story.md has diagnostics: ' .. describe(sorted_diagnostics(clean)))

  return string.format('neovim: OK (%s, %s): council-budget.md has %d diagnostics [%s]; hover cites Daniel Okafor; definition -> sources/2026-03-10-council-meeting.md:22; clean-story.md has none; %d ms',
    vim.version and string.format('NVIM v%d.%d.%d', vim.version().major, vim.version().minor, vim.version().patch) or 'nvim',
    vim.lsp.start and 'vim.lsp.start' or 'vim.lsp.start_client', #ds, table.concat(codes, ' '), ms())
end

local okay, result = pcall(main)
if okay then
  io.stdout:write(result .. '\n')
  pcall(vim.lsp.stop_client, client_id)
  vim.cmd('qall!')
else
  local msg = type(result) == 'table' and result.verbatim or ('error: ' .. tostring(result))
  io.stderr:write('neovim: FAIL: ' .. msg .. '\n')
  vim.cmd('cquit 1')
end
