# Shared by the scripts: messages, root, environment.
export NODE_PATH=/usr/share/nodejs   # em++ needs Debian's acorn (TOOLCHAIN.md)
export TZ=UTC
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
fail() { printf 'error: %s\n' "$*" >&2; exit 1; }
as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }
