#!/usr/bin/env bash
# Interleaved A/B of two hub configurations on the national SQLite dataset: both hubs run side by side, autocannon loads
# one for SECS seconds, then the other, ROUNDS times, and the script prints each side's CPU time per request (user +
# system from /proc/PID/stat), the median of the rounds' A/B ratios and each hub's peak memory. On a shared machine
# the neighbours' load drifts within a minute; alternating short rounds expose both sides to the same drift, where
# back-to-back runs do not.
#
#   AENV='Some__Setting=value' bench/ab.sh                 # A with a setting, B without
#   A_DIR=/tmp/other-build bench/ab.sh                     # A from another build of the hub
#   QUERY=nested ROUNDS=10 SECS=4 CONN=8 bench/ab.sh       # any query of load/queries; defaults: list, 10, 4, 8
#
# Needs a Release build (dotnet build src/KampungKB.Graph.Server -c Release), bench/data/national.db (bench/load.sh
# seeds it) and `npm ci` in bench/load. The side that goes first alternates by round; run it once with AENV=BENV as a
# control: two identical hubs' CPU read 0.99x, their peaks 16 MiB apart.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
build="$repo/src/KampungKB.Graph.Server/bin/Release/net10.0"
a_dir=${A_DIR:-$build} b_dir=${B_DIR:-$build}
db=${DB:-$repo/bench/data/national.db}
query=${QUERY:-list} rounds=${ROUNDS:-10} secs=${SECS:-4} conn=${CONN:-8}
[[ -f $db ]] || { echo "no $db: run bench/load.sh sqlite once to seed it" >&2; exit 1; }

export Database__Provider=Sqlite ConnectionStrings__KampungKb="Data Source=$db" GraphQL__RateLimit__Enabled=false
work=$(mktemp -d)
(cd "$a_dir" && exec env ${AENV:-} dotnet kampungkb.dll --urls http://127.0.0.1:5191) >"$work/a.log" 2>&1 & a_pid=$!
(cd "$b_dir" && exec env ${BENV:-} dotnet kampungkb.dll --urls http://127.0.0.1:5192) >"$work/b.log" 2>&1 & b_pid=$!
trap 'kill $a_pid $b_pid 2>/dev/null; wait; rm -rf "$work"' EXIT
for port in 5191 5192; do
  for i in $(seq 1 240); do curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && break; sleep 0.5; done
done

node "$repo/bench/load/body.mjs" "$query" >"$work/body.json"
load() { # port seconds -> "requests p50"
  (cd "$repo/bench/load" && npx autocannon -j -c "$conn" -d "$2" -m POST -H content-type=application/json \
    -H accept=application/json -b "$(cat "$work/body.json")" "http://127.0.0.1:$1/graphql" 2>/dev/null) |
    node -e 'const r = JSON.parse(require("fs").readFileSync(0)); console.log(r.requests.total, r.latency.p50)'
}
cpu() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

load 5191 20 >/dev/null; load 5192 20 >/dev/null
echo "A: ${AENV:-(no settings)} from $a_dir; B: ${BENV:-(no settings)} from $b_dir; $query at $conn connections, $rounds rounds of $secs s"
# The side that goes first alternates: in fixed order the first hub of each round came out a few per cent ahead.
for round in $(seq 1 "$rounds"); do
  sides=("A $a_pid 5191" "B $b_pid 5192")
  (( round % 2 == 0 )) && sides=("${sides[1]}" "${sides[0]}")
  for side in "${sides[@]}"; do
    set -- $side
    before=$(cpu "$2"); result=$(load "$3" "$secs"); after=$(cpu "$2")
    echo "$round $1 $result $((after - before))"
  done
done | node -e '
const rows = require("fs").readFileSync(0, "utf8").trim().split("\n").map((l) => l.split(" "));
const ticks = Number(require("child_process").execSync("getconf CLK_TCK")) / 1000;
const side = (s) => rows.filter((r) => r[1] === s).map(([, , n, p50, c]) => ({ n: +n, p50: +p50, ms: +c / ticks }));
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
const [a, b] = [side("A"), side("B")];
for (const [name, s] of [["A", a], ["B", b]]) {
  const n = s.reduce((t, r) => t + r.n, 0), ms = s.reduce((t, r) => t + r.ms, 0);
  console.log(`${name}: ${n} requests, ${(ms / n).toFixed(3)} ms CPU a request, p50 median ${median(s.map((r) => r.p50))} ms`);
}
const ratios = a.map((r, i) => (r.ms / r.n) / (b[i].ms / b[i].n));
console.log(`rounds, CPU a request A/B: ${ratios.map((x) => x.toFixed(2)).join(" ")}; median ${median(ratios).toFixed(3)}`);
'
peak() { awk '/VmHWM/ { printf "%d", $2 / 1024 }' "/proc/$1/status"; }
echo "peak memory (VmHWM): A $(peak $a_pid) MiB, B $(peak $b_pid) MiB"
