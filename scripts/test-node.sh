#!/usr/bin/env bash
# Run the whole test suite on another Node, e.g. `scripts/test-node.sh 22` or `scripts/test-node.sh 24.9.0`;
# test files or vitest options after the version narrow it (`scripts/test-node.sh 22 test/index-db`).
#
# The npm registry's `node` package ships Node's own binaries: it is installed
# once into node_modules/.cache/node-VERSION (no other download), and vitest
# runs under it, so the CLI subprocesses the tests start run on it too. On
# Node 22.13 and later the tests cover both SQLite engines (node:sqlite and
# the WebAssembly build); on Node 20, the WebAssembly one.
set -euo pipefail
version="${1:?usage: scripts/test-node.sh VERSION (e.g. 22, 24 or 22.13.0)}"
cd "$(dirname "$0")/.."
prefix="node_modules/.cache/node-$version"
node="$prefix/node_modules/node/bin/node"
if ! "$node" --version > /dev/null 2>&1; then
  rm -rf "$prefix"
  mkdir -p "$prefix"
  echo '{"name": "node-for-tests", "private": true}' > "$prefix/package.json"
  # The package's preinstall script links bin/node to the binary for this platform.
  npm install --prefix "$prefix" --no-audit --no-fund --foreground-scripts "node@$version" > "$prefix/install.log" 2>&1 || {
    cat "$prefix/install.log" >&2
    exit 1
  }
fi
echo "tests on Node $("$node" --version)"
[ -f dist/cli-bundle/main.js ] || npm run build
exec "$node" node_modules/vitest/vitest.mjs run "${@:2}"
