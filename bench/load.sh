#!/usr/bin/env bash
# Load benchmark: the hub (Release) against a raw-SQL baseline (bench/KampungKB.Graph.Baseline) on the national dataset,
# driven by autocannon with the dashboard mix of bench/load/ at several concurrencies, in one run. Checks once per query
# that both answer the same JSON (CSV for the view), then prints a markdown table (p50/p95/p99, requests/s, hub/baseline
# ratio at p50, CPU time per request) and the peak memory (VmHWM) of both processes.
#
# Usage: bench/load.sh [sqlite|postgres]          (default sqlite)
#   DURATION=10 CONCURRENCY=1,8,32 WARMUP=10  seconds per query per concurrency, connections, warm-up seconds per query (whole mix first)
#   ROUNDS=5           each row's seconds per side split into this many spells, hub and baseline interleaved
#   DB=FILE            SQLite: the national database to use (default bench/data/national.db, seeded when missing)
#   PGHOST=... PGPORT=... PGUSER=... [PGPASSWORD=...]   PostgreSQL: a server to use; without PGHOST a throwaway cluster
#                      in bench/data/pg/ is created (Debian's postgresql, installed when missing) and reused next time
#   NO_BUILD=1         reuse the Release builds;  OUT=FILE  also write the table there;  ONLY=list,view  only those rows
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
provider="${1:-sqlite}"
[[ $provider == sqlite || $provider == postgres ]] || { echo "usage: bench/load.sh [sqlite|postgres]" >&2; exit 2; }
data="$repo/bench/data"
mkdir -p "$data"
work="$(mktemp -d)"
pids=()
pg_ctl=
as_pg=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  if [[ -n $pg_ctl ]]; then "${as_pg[@]}" "$pg_ctl" -D "$data/pg" -m fast -w stop >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

if [[ "${NO_BUILD:-0}" != 1 ]]; then
  echo "== Building the hub and the baseline (Release)" >&2
  dotnet build "$repo/src/KampungKB.Graph.Server" -c Release -nologo -v q >/dev/null
  dotnet build "$repo/bench/KampungKB.Graph.Baseline" -c Release -nologo -v q >/dev/null
fi
hub_dll="$repo/src/KampungKB.Graph.Server/bin/Release/net10.0/kampungkb.dll"
baseline_dll="$repo/bench/KampungKB.Graph.Baseline/bin/Release/net10.0/KampungKB.Graph.Baseline.dll"
(cd "$repo/bench/load" && { [[ node_modules/.package-lock.json -nt package-lock.json ]] || npm ci --no-audit --no-fund --loglevel=error >&2; })

if [[ $provider == sqlite ]]; then
  db="${DB:-$data/national.db}"
  export Database__Provider=Sqlite ConnectionStrings__KampungKb="Data Source=$db"
  if [[ ! -f $db ]]; then
    echo "== Seeding the national dataset into $db (about a minute)" >&2
    dotnet "$hub_dll" seed national --connection "$ConnectionStrings__KampungKb" >"$work/seed.log"
  fi
else
  if [[ -z ${PGHOST:-} ]]; then
    # A throwaway server as .ci/run starts one, but kept in bench/data/pg so the seeded data survives to the next run.
    pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    if [[ -z $pg_bin || ! -x $pg_bin/initdb ]]; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >"$work/apt-pg.log" 2>&1
      pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    fi
    # The server refuses to run as root: as root, run it as Debian's postgres user.
    if [[ $(id -u) -eq 0 ]]; then as_pg=(runuser -u postgres --); fi
    if [[ ! -f $data/pg/PG_VERSION ]]; then
      mkdir -p "$data/pg"
      [[ $(id -u) -eq 0 ]] && chown postgres "$data/pg"
      "${as_pg[@]}" "$pg_bin/initdb" -D "$data/pg" -U postgres --auth=trust -E UTF8 >"$work/initdb.log"
    fi
    PGHOST=127.0.0.1 PGPORT=$(free_port) PGUSER=postgres
    pg_ctl="$pg_bin/pg_ctl"
    # Benchmark settings: no durability needed for data that can be seeded again; connections for both pools.
    "${as_pg[@]}" "$pg_ctl" -D "$data/pg" -l "$data/pg/server.log" -w start \
      -o "-p $PGPORT -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c synchronous_commit=off -c shared_buffers=512MB -c random_page_cost=1.1" >/dev/null
  fi
  : "${PGPORT:=5432}" "${PGUSER:=postgres}"
  export Database__Provider=Postgres
  export ConnectionStrings__KampungKb="Host=$PGHOST;Port=$PGPORT;Username=$PGUSER;Database=kampungkb_load${PGPASSWORD:+;Password=$PGPASSWORD}"
  # seed national refuses a database that already has Kampung KB; the first run fills it.
  if ! dotnet "$hub_dll" seed national >"$work/seed.log" 2>&1; then
    grep -qi "force\|already\|not empty" "$work/seed.log" || { cat "$work/seed.log" >&2; exit 1; }
  else
    echo "== Seeded the national dataset into PostgreSQL database kampungkb_load" >&2
  fi
fi

# The CSV view needs the views feature (verb `views add`, endpoint /views/{name}); without it that row is skipped.
view=0
if dotnet "$hub_dll" views add kampung-kb-of-district "$repo/bench/load/views/kampung-kb-of-district.graphql" >"$work/views.log" 2>&1; then
  view=1
else
  echo "note: 'kampungkb views add' failed (exit $?: $(head -n 1 "$work/views.log")); the CSV view is checked below in case it was saved before." >&2
fi

hub_port=$(free_port)
baseline_port=$(free_port)
# Rate limiting off: one client sends thousands of requests a minute. Production environment, as deployed (JSON logs).
(cd "$(dirname "$hub_dll")" && GraphQL__RateLimit__Enabled=false exec dotnet "$hub_dll" --urls "http://127.0.0.1:$hub_port") >"$work/hub.log" 2>&1 &
pids+=($!)
hub_pid=$!
(cd "$(dirname "$baseline_dll")" && exec dotnet "$baseline_dll" --urls "http://127.0.0.1:$baseline_port") >"$work/baseline.log" 2>&1 &
pids+=($!)
baseline_pid=$!
# A second hub without the view answer cache, for the row that measures running the view (it idles otherwise).
uncached_port=$(free_port)
(cd "$(dirname "$hub_dll")" && GraphQL__RateLimit__Enabled=false Views__ServerCacheSeconds=0 exec dotnet "$hub_dll" --urls "http://127.0.0.1:$uncached_port") >"$work/hub-uncached.log" 2>&1 &
pids+=($!)
uncached_pid=$!
for url in "http://127.0.0.1:$hub_port" "http://127.0.0.1:$baseline_port" "http://127.0.0.1:$uncached_port"; do
  for i in $(seq 1 240); do
    curl -sf "$url/readyz" >/dev/null && break
    kill -0 "$hub_pid" 2>/dev/null && kill -0 "$baseline_pid" 2>/dev/null || { echo "a server exited:" >&2; tail -n 20 "$work"/*.log >&2; exit 1; }
    [[ $i -eq 240 ]] && { echo "$url not ready after 2 minutes" >&2; exit 1; }
    sleep 0.5
  done
done
if [[ $view == 0 ]]; then
  district=$(curl -s "http://127.0.0.1:$hub_port/graphql" -H 'content-type: application/json' \
    -d '{"query":"{ districts(first: 1, order: [{ code: DESC }]) { nodes { code } } }"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["districts"]["nodes"][0]["code"])')
  status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$hub_port/views/kampung-kb-of-district?format=csv&district=$district")
  if [[ $status == 200 ]]; then view=1; else echo "note: GET /views/kampung-kb-of-district answered $status: skipping the CSV view row." >&2; fi
fi
# Views may be for key holders only (issue 6): then the view is fetched with a key of its own (the GraphQL mix stays
# anonymous, as a public dashboard's is).
view_key=
if [[ $view == 1 ]]; then
  district=${district:-$(curl -s "http://127.0.0.1:$hub_port/graphql" -H 'content-type: application/json' \
    -d '{"query":"{ districts(first: 1) { nodes { code } } }"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["districts"]["nodes"][0]["code"])')}
  status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$hub_port/views/kampung-kb-of-district?format=csv&district=$district")
  if [[ $status == 401 || $status == 403 ]]; then
    if view_key=$(dotnet "$hub_dll" keys create --name "load-bench-$(date +%s)" --role viewer 2>"$work/keys.log"); then
      echo "note: the view needs a key; created one (keys create --role viewer) for the CSV view row." >&2
    else
      echo "note: the view answered $status and 'keys create' failed ($(head -n 1 "$work/keys.log")): skipping the CSV view row." >&2
      view=0 view_key=
    fi
  fi
fi

echo "== Load: $provider, ${DURATION:-10} s per query per concurrency (${CONCURRENCY:-1,8,32} connections)" >&2
HUB_URL="http://127.0.0.1:$hub_port" HUB_PID=$hub_pid HUB_UNCACHED_URL="http://127.0.0.1:$uncached_port" HUB_UNCACHED_PID=$uncached_pid BASELINE_URL="http://127.0.0.1:$baseline_port" BASELINE_PID=$baseline_pid \
  VIEW=$view VIEW_KEY=$view_key PROVIDER=$provider node "$repo/bench/load/run.mjs"
