-- Drives Neovim's own LSP client the way a person would and writes down what it saw, as JSON, for
-- neovim.e2e.ts to check. Run after the README's setup snippet, Neovim's init file.
-- The plan (files, positions, which quick fix to choose) comes as JSON in $TERMSHEET_PROBE_PLAN.
local plan = vim.fn.json_decode(table.concat(vim.fn.readfile(vim.env.TERMSHEET_PROBE_PLAN), '\n'))
local report = { nvim = vim.version(), files = {} }

local function wait(what, condition)
  if not vim.wait(plan.timeout_ms, condition, 50) then error('timed out waiting for ' .. what) end
end

local function clients_of(bufnr)
  if vim.lsp.get_clients then return vim.lsp.get_clients({ bufnr = bufnr }) end
  return vim.tbl_values(vim.lsp.buf_get_clients(bufnr))
end

local function diagnostics_of(bufnr)
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(found, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      severity = d.severity, message = d.message, source = d.source, code = d.code,
    })
  end
  return found
end

local function has_code(bufnr, code)
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.code == code then return true end
  end
  return false
end

-- The floating window a hover opens, if one is open.
local function floating_window()
  for _, window in ipairs(vim.api.nvim_list_wins()) do
    if vim.api.nvim_win_get_config(window).relative ~= '' then return window end
  end
end

-- Opens a file as `:edit` does and waits for the server's first diagnostics.
local function open(file)
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  wait('diagnostics for ' .. file, function() return #vim.diagnostic.get(bufnr) > 0 end)
  return bufnr
end

local function run()
  for _, file in ipairs(plan.files) do
    local bufnr = open(file)
    local clients = {}
    for _, client in ipairs(clients_of(bufnr)) do
      table.insert(clients, { name = client.name, cmd = client.config.cmd })
    end
    report.files[file] = { clients = clients, diagnostics = diagnostics_of(bufnr) }
  end

  -- Hover: `K` pressed in Normal mode at the finding, then the floating window it opens.
  open(plan.hover.file)
  vim.api.nvim_win_set_cursor(0, { plan.hover.line + 1, plan.hover.byte })
  vim.cmd('normal K')
  wait('the hover window', function() return floating_window() ~= nil end)
  report.hover = vim.api.nvim_buf_get_lines(vim.api.nvim_win_get_buf(floating_window()), 0, -1, false)
  vim.api.nvim_win_close(floating_window(), true)

  -- Quick fix: vim.lsp.buf.code_action() with its menu (vim.ui.select) answered by choosing plan.fix.title.
  local bufnr = open(plan.fix.file)
  vim.api.nvim_win_set_cursor(0, { plan.fix.line + 1, plan.fix.byte })
  local offered
  vim.ui.select = function(items, options, on_choice)
    offered = {}
    local chosen
    for _, item in ipairs(items) do
      local title = options.format_item(item)
      table.insert(offered, title)
      if title == plan.fix.title then chosen = item end
    end
    on_choice(chosen)
  end
  local before = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  vim.lsp.buf.code_action()
  wait('the code action menu', function() return offered ~= nil end)
  wait('the fix to edit the buffer', function()
    return not vim.deep_equal(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), before)
  end)
  wait('the finding to go', function()
    return #vim.diagnostic.get(bufnr) > 0 and not has_code(bufnr, plan.fix.code)
  end)
  report.code_action = {
    offered = offered,
    lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false),
    diagnostics = diagnostics_of(bufnr),
  }
end

local ok, failure = pcall(run)
if not ok then report.error = tostring(failure) end
vim.fn.writefile({ vim.fn.json_encode(report) }, plan.output)
vim.cmd(ok and 'qall!' or '1cquit!')
