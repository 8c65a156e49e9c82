#!/usr/bin/env bash
# Times the dashboard overview query (province stats + per-kab/kota breakdown + a 12-month series) at national scale.
# Usage: bench/overview-national.sh [RUNS]   (default 20). Set NO_BUILD=1 to reuse a Release build, DB=FILE to reuse a seeded database.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-20}"
if [[ "${NO_BUILD:-0}" != 1 ]]; then
  dotnet build "$repo/src/KampungKB.Graph.Server" -c Release -nologo -v q >/dev/null
fi
hub=(dotnet "$repo/src/KampungKB.Graph.Server/bin/Release/net10.0/kampungkb.dll")
work="$(mktemp -d)"
pid=
trap '[[ -n $pid ]] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
db="${DB:-$work/national.db}"
[[ -f "$db" ]] || "${hub[@]}" seed national --connection "Data Source=$db" >"$work/seed.log"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
ConnectionStrings__KampungKb="Data Source=$db" "${hub[@]}" --urls "http://127.0.0.1:$port" >"$work/hub.log" 2>&1 &
pid=$!
until curl -sf "http://127.0.0.1:$port/readyz" >/dev/null; do sleep 0.5; done

province=$(curl -s "http://127.0.0.1:$port/graphql" -H 'content-type: application/json' \
  -d '{"query":"{ provinces(first: 1, order: [{ code: DESC }]) { nodes { code } } }"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["provinces"]["nodes"][0]["code"])')
query=$(python3 -c 'import json,sys; print(json.dumps({"query": """query($p: String!) {
  province(code: $p) {
    stats { villageCount kampungKbCount coverage rumahDataKuCount rumahDataKuShare byClassification { classification count share } byProgram { programCode count } }
    regencies { code name stats { villageCount kampungKbCount rumahDataKuCount byClassification { classification count } } }
  }
  indonesiaStats { villageCount kampungKbCount coverage rumahDataKuShare }
  indicatorSeries(indicator: "STUNTING_PREVALENCE", where: { village: { district: { regency: { provinceCode: { eq: $p } } } } }, from: "2024-09", to: "2025-08") { points { period value } }
}""", "variables": {"p": sys.argv[1]}}))' "$province")

times=()
for _ in $(seq 1 "$runs"); do
  times+=("$(curl -s -o "$work/answer.json" -w '%{time_total}' "http://127.0.0.1:$port/graphql" -H 'content-type: application/json' -d "$query")")
done
python3 - "$work/answer.json" "${times[@]}" <<'PY'
import json, statistics, sys
answer = json.load(open(sys.argv[1]))
assert "errors" not in answer, answer["errors"]
ms = sorted(float(t) * 1000 for t in sys.argv[2:])
print(f"overview at national scale ({answer['data']['indonesiaStats']['villageCount']} villages, {answer['data']['indonesiaStats']['kampungKbCount']} Kampung KB):"
      f" first {float(sys.argv[2]) * 1000:.0f} ms, median {statistics.median(ms):.0f} ms, p90 {ms[int(len(ms) * 0.9) - 1]:.0f} ms over {len(ms)} runs")
PY
echo "peak working set of the hub: $(grep VmHWM /proc/$pid/status | awk '{print $2 / 1024 " MiB"}')"
