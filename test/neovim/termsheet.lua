-- termsheet-lint: the term-sheet language server on *.termsheet.yaml, .yml and .md (Neovim 0.7+).
local termsheet = { name = 'termsheet', cmd = { 'termsheet-language-server', '--stdio' } }
vim.api.nvim_create_autocmd({ 'BufReadPost', 'BufNewFile' }, {
  group = vim.api.nvim_create_augroup('termsheet-lint', { clear = true }),
  pattern = { '*.termsheet.yaml', '*.termsheet.yml', '*.termsheet.md' },
  callback = function(event)
    local config = vim.tbl_extend('force', termsheet, { root_dir = vim.fn.getcwd() })
    if vim.lsp.start then -- Neovim 0.8+: starts the server once, then reuses it
      vim.lsp.start(config, { bufnr = event.buf })
    else -- Neovim 0.7
      termsheet.client_id = termsheet.client_id or vim.lsp.start_client(config)
      vim.lsp.buf_attach_client(event.buf, termsheet.client_id)
    end
  end,
})
