#!/usr/bin/env bash
# Two hub processes on one PostgreSQL database, as replicas behind a load balancer run: started at the same moment on
# a database that does not exist yet, one creates, migrates and seeds it while the other waits its turn; both then
# serve the same answers, and a change written to the database is served by both at once (no data lives in a hub).
# Uses libpq's variables for the server, e.g.: PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres bench/two-hubs-postgres.sh
set -euo pipefail
cd "$(dirname "$0")/.."
: "${PGHOST:=127.0.0.1}" "${PGPORT:=5432}" "${PGUSER:=postgres}"
export PGHOST PGPORT PGUSER
db="kampungkb_two_hubs_$$"
connection="Host=$PGHOST;Port=$PGPORT;Username=$PGUSER;Database=$db${PGPASSWORD:+;Password=$PGPASSWORD}"
query='{"query":"{ kampungKbs(first: 1) { totalCount } province(code: \"51\") { name } }"}'

dotnet build src/KampungKB.Graph.Server -nologo -v q >/dev/null
bin=src/KampungKB.Graph.Server/bin/Debug/net10.0
work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  psql -d postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

free_port() {
  node -e 'const s = require("net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}
ports=("$(free_port)" "$(free_port)")
start=$(date +%s%N)
for i in 0 1; do
  (cd "$bin" && Database__Provider=Postgres ConnectionStrings__KampungKb="$connection" \
    exec dotnet kampungkb.dll --urls "http://127.0.0.1:${ports[$i]}") >"$work/hub$i.log" 2>&1 &
  pids+=($!)
done
for i in 0 1; do
  for _ in $(seq 1 180); do
    curl -sf "http://127.0.0.1:${ports[$i]}/readyz" >/dev/null && break
    kill -0 "${pids[$i]}" 2>/dev/null || { echo "hub $i exited:"; cat "$work/hub$i.log"; exit 1; }
    sleep 0.5
  done
  echo "hub $i (port ${ports[$i]}) ready after $((($(date +%s%N) - start) / 1000000)) ms"
done
echo "hubs that seeded the demo: $(grep -l 'Loaded the Bali demo' "$work"/hub*.log | wc -l) of 2"

ask() { curl -sf -H 'Content-Type: application/json' -d "$query" "http://127.0.0.1:${ports[$1]}/graphql"; echo; }
for i in 0 1; do echo "hub $i: $(ask "$i")"; done
psql -d "$db" -qc "UPDATE \"Provinces\" SET \"Name\" = 'Provinsi Bali' WHERE \"Code\" = '51'"
echo "after renaming province 51 in the database:"
for i in 0 1; do echo "hub $i: $(ask "$i")"; done
