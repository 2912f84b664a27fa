#!/usr/bin/env bash
# Times minigo (release build) against the compiled Go binary of the same source, and
# against CPython and Lua 5.4 where a twin exists, in one run; prints the ratios.
#
#   bench/run.sh            all sequential benchmarks (fib loop words)
#   bench/run.sh fib        one benchmark
# Needs: go, hyperfine, python3 (lua5.4 optional).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q
BIN=target/release/minigo
OUT=$(mktemp -d)
names=${*:-fib loop words}
for name in $names; do
  go build -o "$OUT/$name" "bench/$name.go"
  cmds=("$OUT/$name" "$BIN run bench/$name.go")
  labels=(go minigo)
  if [ -f "bench/$name.py" ]; then cmds+=("python3 bench/$name.py"); labels+=(cpython); fi
  if [ -f "bench/$name.lua" ] && command -v lua5.4 >/dev/null; then cmds+=("lua5.4 bench/$name.lua"); labels+=(lua); fi
  names_args=()
  for l in "${labels[@]}"; do names_args+=(-n "$l"); done
  hyperfine -N -w1 -r5 "${names_args[@]}" --export-json "$OUT/$name.json" "${cmds[@]}" >/dev/null
  python3 - "$name" "$OUT/$name.json" <<'PY'
import json, sys
name, path = sys.argv[1], sys.argv[2]
res = {r["command"]: r["median"] for r in json.load(open(path))["results"]}
mg = res["minigo"]
line = f"{name:8} minigo {mg:7.3f}s"
for other in ("go", "cpython", "lua"):
    if other in res:
        line += f" | {other} {res[other]:7.3f}s (minigo/{other} = {mg / res[other]:6.2f})"
print(line)
PY
done
rm -rf "$OUT"
