-- Run by neovim.test.ts inside `nvim --headless --clean`: starts adsync-lint-server as Neovim's
-- own LSP client does, opens a script, waits for the diagnostics, picks a quick fix through
-- vim.lsp.buf.code_action (vim.ui.select answered like a user would) and records what the buffer
-- holds afterwards. Everything it saw goes to a JSON file; the test asserts on it.
local env = vim.env
local result = { steps = {} }

local function step(name)
  table.insert(result.steps, name)
end

local function lsp_diagnostics(bufnr)
  local seen = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(seen, { code = d.code, lnum = d.lnum, severity = d.severity, message = d.message, source = d.source })
  end
  return seen
end

local function has_code(bufnr, code)
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.code == code then return d end
  end
  return nil
end

local function run()
  local rule = env.ADSYNC_NVIM_RULE
  vim.cmd('edit ' .. vim.fn.fnameescape(env.ADSYNC_NVIM_SCRIPT))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'ps1'

  -- The table the README gives for vim.lsp.start (Neovim 0.7 has only start_client).
  local config = {
    name = 'adsync-lint',
    cmd = { env.ADSYNC_NVIM_NODE, env.ADSYNC_NVIM_SERVER, '--stdio' },
    root_dir = vim.fn.fnamemodify(env.ADSYNC_NVIM_SCRIPT, ':h'),
  }
  local adsync_settings = { adsyncLint = { rules = { [rule] = 'warning' } } }
  if env.ADSYNC_NVIM_SETTINGS_VIA == 'settings' then
    -- As nvim-lspconfig does: `settings`, sent once initialized (0.7 does not send them itself).
    config.settings = adsync_settings
    config.on_init = function(client)
      client.notify('workspace/didChangeConfiguration', { settings = client.config.settings })
    end
  else
    -- 0.7 neither says it answers workspace/configuration nor sends `settings`: init_options work everywhere.
    config.init_options = adsync_settings
  end
  local client_id
  if vim.lsp.start then
    client_id = vim.lsp.start(config)
  else
    client_id = vim.lsp.start_client(config)
    vim.lsp.buf_attach_client(bufnr, client_id)
  end
  result.client_started = client_id ~= nil
  step('started')

  result.got_diagnostics = vim.wait(30000, function() return has_code(bufnr, rule) ~= nil end, 50)
  result.before = lsp_diagnostics(bufnr)
  local target = has_code(bufnr, rule)
  if not target then return end
  step('diagnostics')

  -- Stand in for the user at the code action menu: take the preferred fix for the rule.
  local offered = {}
  vim.ui.select = function(items, opts, on_choice)
    local chosen
    for _, item in ipairs(items) do
      local action = item[2]
      table.insert(offered, opts.format_item and opts.format_item(item) or action.title)
      if chosen == nil and action.isPreferred and action.diagnostics and action.diagnostics[1] and action.diagnostics[1].code == rule then
        chosen = item
      end
    end
    result.chosen = chosen and chosen[2].title or vim.NIL
    on_choice(chosen)
  end
  local tick = vim.api.nvim_buf_get_changedtick(bufnr)
  vim.api.nvim_win_set_cursor(0, { target.lnum + 1, target.col })
  vim.lsp.buf.code_action()
  result.edited = vim.wait(30000, function() return vim.api.nvim_buf_get_changedtick(bufnr) ~= tick end, 50)
  result.offered = offered
  step('code action')

  -- The server lints the edited text again; the fixed problem must be gone.
  result.fixed = vim.wait(30000, function() return has_code(bufnr, rule) == nil end, 50)
  result.after = lsp_diagnostics(bufnr)
  result.text = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n') .. '\n'
  step('relinted')
end

local ok, err = pcall(run)
if not ok then result.error = tostring(err) end
result.nvim = tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) .. '.' .. tostring(vim.version().patch)
vim.fn.writefile({ vim.fn.json_encode(result) }, env.ADSYNC_NVIM_RESULT)
for _, client in pairs(vim.lsp.get_active_clients()) do client.stop() end
vim.wait(2000, function() return #vim.lsp.get_active_clients() == 0 end, 50)
vim.cmd('qa!')
