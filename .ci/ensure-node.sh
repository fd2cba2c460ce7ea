#!/usr/bin/env bash
# Source me from bash: `. .ci/ensure-node.sh`
# The machines run Node 20; Astro 7 and the test tools need ^22.22 or >=24.8. When the node on
# PATH is too old, install the npm registry's Node binary package into .tools/ and put it first.
NODE_PIN="${NODE_PIN:-24.21.0}"
_node_ok() {
  command -v node >/dev/null 2>&1 && node -e '
    const [a, b] = process.versions.node.split(".").map(Number);
    process.exit((a === 22 && b >= 22) || (a === 24 && b >= 8) || a >= 25 ? 0 : 1)'
}
if ! _node_ok; then
  _root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  _tools="${NODE_TOOLS_DIR:-$_root/.tools/node-$NODE_PIN}"
  _arch="$(uname -m)"; case "$_arch" in x86_64) _arch=x64 ;; aarch64) _arch=arm64 ;; esac
  _pkg="node-linux-$_arch"
  # The system npm's global config (e.g. a cafile for this network) lives under the old node's
  # prefix; carry it over so npm keeps working once the new node is first on PATH.
  _cafile="$(npm config get cafile 2>/dev/null)"
  case "$_cafile" in ""|null|undefined) ;; *) export npm_config_cafile="$_cafile" ;; esac
  if [ ! -x "$_tools/node_modules/$_pkg/bin/node" ]; then
    echo "ensure-node: node $(node -v 2>/dev/null || echo none) is too old; installing $_pkg@$NODE_PIN into $_tools" >&2
    mkdir -p "$_tools"
    npm install --prefix "$_tools" --no-save --no-package-lock --no-audit --no-fund \
      --loglevel=error "$_pkg@$NODE_PIN" >&2 || return 1 2>/dev/null || exit 1
  fi
  export PATH="$_tools/node_modules/$_pkg/bin:$PATH"
  # ~/.npmrc may point node-gyp at Node 20's headers: use the headers of the node in use.
  export npm_config_nodedir="$_tools/node_modules/$_pkg"
  hash -r
  unset _root _tools _arch _pkg _cafile
fi
unset -f _node_ok
echo "ensure-node: node $(node -v) at $(command -v node), npm $(npm -v 2>/dev/null)" >&2
