#!/usr/bin/env bash
# Bounded load test of the HTTP API on loopback: starts the server on a free port, drives it with wrk
# (Debian package 'wrk'), prints requests/s, p99 latency and errors per route next to the trivial health route
# measured in the same run, then stops the server. Usage: scripts/loadtest.sh [SECONDS_PER_ROUTE (default 10)]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
secs="${1:-10}"
command -v wrk >/dev/null || { echo "error: wrk is not installed (apt-get install wrk)" >&2; exit 2; }
"$here/treatylab" --version >/dev/null   # builds the jar if needed
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
db="$(mktemp -d)/loadtest.db"
log="$(mktemp)"
"$here/treatylab" serve --bind 127.0.0.1 --port "$port" --db "$db" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/api/health" >/dev/null && break; sleep 0.2; done
base="http://127.0.0.1:$port"
lua="$(mktemp --suffix=.lua)"
cat >"$lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"treaty":"new-start","posture":"us-russia-2009","date":"2018-02-05"}'
LUA
# warm-up (JIT), not reported
wrk -t2 -c16 -d3s "$base/api/health" >/dev/null
wrk -t2 -c16 -d3s "$base/api/compliance?treaty=new-start" >/dev/null
printf '%-44s %10s %9s %8s %8s\n' route "req/s" "p99 ms" errors "vs health"
health_rps=""
run() {
  local name="$1"; shift
  local out rps p99 errs non2xx
  out="$(wrk -t2 -c16 -d"${secs}s" --latency "$@")"
  rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
  p99="$(awk '$1=="99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; print v}' <<<"$out")"
  errs="$(awk '/Socket errors/ {gsub(",",""); print $4+$6+$8+$10}' <<<"$out")"
  non2xx="$(awk '/Non-2xx/ {print $5}' <<<"$out")"
  errs=$(( ${errs:-0} + ${non2xx:-0} ))
  [ -z "$health_rps" ] && health_rps="$rps"
  printf '%-44s %10.0f %9.2f %8d %7.0f%%\n' "$name" "$rps" "$p99" "$errs" "$(awk -v a="$rps" -v b="$health_rps" 'BEGIN{print 100*a/b}')"
}
run "GET /api/health" "$base/api/health"
run "GET /api/treaties" "$base/api/treaties"
run "GET /api/catalogue?year=2009" "$base/api/catalogue?year=2009"
run "GET /api/compliance?treaty=new-start" "$base/api/compliance?treaty=new-start"
run "POST /api/count" -s "$lua" "$base/api/count"
for extra in ${TREATYLAB_LOADTEST_EXTRA:-}; do run "GET $extra" "$base$extra"; done
echo "server log: $log ($(wc -l <"$log") lines); every route above ran ${secs}s with 2 threads x 16 connections on loopback"
