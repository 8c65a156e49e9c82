#!/usr/bin/env bash
# What one request of a query of the load mix allocates in the hub, by type and by allocating method: the Release hub on
# the national SQLite dataset under autocannon, traced with dotnet-trace's gc-verbose profile (an allocation sample about
# every 100 KB, with its stack), read by KampungKB.Graph.Allocations.
#
#   bench/allocations.sh [QUERY]        # a file of load/queries without .graphql: list (default), nested, overview, ...
#   TOP=40 SECS=8 CONN=8 bench/allocations.sh nested
#
# Needs a Release build of the hub, bench/data/national.db (bench/load.sh seeds it) and `npm ci` in bench/load; installs
# dotnet-trace into bench/data/tools on first use.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
query=${1:-list} secs=${SECS:-8} conn=${CONN:-8}
db=${DB:-$repo/bench/data/national.db}
[[ -f $db ]] || { echo "no $db: run bench/load.sh sqlite once to seed it" >&2; exit 1; }
tools="$repo/bench/data/tools"
[[ -x $tools/dotnet-trace ]] || dotnet tool install --tool-path "$tools" dotnet-trace --version 10.0.750501 >/dev/null
dotnet build "$repo/bench/KampungKB.Graph.Allocations" -c Release -v q -nologo >/dev/null

work=$(mktemp -d)
export Database__Provider=Sqlite ConnectionStrings__KampungKb="Data Source=$db" GraphQL__RateLimit__Enabled=false
(cd "$repo/src/KampungKB.Graph.Server/bin/Release/net10.0" && exec dotnet kampungkb.dll --urls http://127.0.0.1:5193) >"$work/hub.log" 2>&1 &
hub=$!
trap 'kill $hub 2>/dev/null; wait; rm -rf "$work"' EXIT
for i in $(seq 1 240); do curl -sf http://127.0.0.1:5193/readyz >/dev/null && break; sleep 0.5; done

node "$repo/bench/load/body.mjs" "$query" >"$work/body.json"
load() { # seconds -> requests served
  (cd "$repo/bench/load" && npx autocannon -j -c "$conn" -d "$1" -m POST -H content-type=application/json \
    -H accept=application/json -b "$(cat "$work/body.json")" http://127.0.0.1:5193/graphql 2>/dev/null) |
    node -e 'console.log(JSON.parse(require("fs").readFileSync(0)).requests.total)'
}

# Warmed up first: tiered compilation and the caches settle, as under load.sh.
load 20 >/dev/null
"$tools/dotnet-trace" collect -p "$hub" --profile gc-verbose -o "$work/trace.nettrace" --duration "00:00:00:$((secs + 2))" >"$work/trace.log" 2>&1 &
tracer=$!
sleep 1
requests=$(load "$secs")
wait $tracer
echo "$query at $conn connections, $secs s traced:"
dotnet "$repo/bench/KampungKB.Graph.Allocations/bin/Release/net10.0/KampungKB.Graph.Allocations.dll" "$work/trace.nettrace" "$requests" "${TOP:-25}"
