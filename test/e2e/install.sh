#!/usr/bin/env bash
# Installs the editor-test tools from test/e2e/package-lock.json into test/e2e/node_modules.
#
# code-server's postinstall runs `npm install` inside its bundled VS Code, whose @vscode/ripgrep
# postinstall downloads ripgrep from GitHub. That download is replaced by Debian's `rg`: the
# postinstall first looks for $TMPDIR/vscode-ripgrep-cache-<its version>/ripgrep-<release>-<target>.tar.gz,
# so that file is written beforehand from /usr/bin/rg.
# Needs: Node 20, /usr/bin/rg (ripgrep), libkrb5-dev and a C++ toolchain for the native modules.
set -euo pipefail
cd "$(dirname "$0")"

# The @vscode/ripgrep pinned by code-server 4.100.3 (lib/vscode/npm-shrinkwrap.json) and the
# ripgrep release its postinstall.js asks for.
RIPGREP_PACKAGE_VERSION=1.15.11
RIPGREP_RELEASE=v13.0.0-10
case "$(uname -m)" in
  x86_64) target=x86_64-unknown-linux-musl ;;
  aarch64) target=aarch64-unknown-linux-musl ;;
  *) echo "install.sh: no ripgrep target known for $(uname -m)" >&2; exit 1 ;;
esac

rg_binary=$(command -v rg) || { echo "install.sh: ripgrep is not installed (apt-get install ripgrep)" >&2; exit 1; }
export TMPDIR="$PWD/.cache/tmp"
cache="$TMPDIR/vscode-ripgrep-cache-$RIPGREP_PACKAGE_VERSION"
mkdir -p "$cache" .cache/rg
cp "$rg_binary" .cache/rg/rg
tar -czf "$cache/ripgrep-$RIPGREP_RELEASE-$target.tar.gz" -C .cache/rg rg

# As root, npm runs code-server's postinstall only with unsafe-perm; `yes` answers npm's prompts.
npm_config_unsafe_perm=true npm_config_yes=true npm ci --no-audit --no-fund

rg_installed=node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg
if ! "$rg_installed" --version > /dev/null; then
  echo "install.sh: $rg_installed is missing or does not run" >&2
  exit 1
fi
echo "install.sh: code-server $(node -p "require('./node_modules/code-server/package.json').version") installed"
