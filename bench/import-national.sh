#!/usr/bin/env bash
# Measures the national region import (rows/s, first run and idempotent re-run) and `seed national` (time, DB size).
# Usage: bench/import-national.sh [REGIONS_CSV]   (default ../shared/data/wilayah/kemendagri-2025.csv beside the repository)
# Set NO_BUILD=1 to reuse an existing Release build; SEED_REGIONS=1 to seed on the official list instead of synthetic regions.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
regions="${1:-$repo/../shared/data/wilayah/kemendagri-2025.csv}"
[[ -f "$regions" ]] || { echo "region list not found: $regions" >&2; exit 2; }
regions="$(cd "$(dirname "$regions")" && pwd)/$(basename "$regions")"
rows=$(( $(grep -c '' "$regions") - 1 ))

if [[ "${NO_BUILD:-0}" != 1 ]]; then
  dotnet build "$repo/src/KampungKB.Graph.Server" -c Release -nologo -v q >"${TMPDIR:-/tmp}/bench-build.log" || { cat "${TMPDIR:-/tmp}/bench-build.log" >&2; exit 2; }
fi
hub=(dotnet "$repo/src/KampungKB.Graph.Server/bin/Release/net10.0/kampungkb.dll")
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Runs a command, keeps its output in $work/out, and sets $wall and $cpu (user+sys) seconds; process start-up included.
# CPU time is printed too because the machine is shared: on a loaded box wall time mostly measures the neighbours.
timed() {
  /usr/bin/time -f '%e %U %S' -o "$work/time" "$@" >"$work/out" 2>&1 || { cat "$work/out" >&2; return 1; }
  read -r wall user sys <"$work/time"
  cpu=$(echo "$user + $sys" | bc)
}

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(dotnet --version)"
timed "${hub[@]}" import regions "$regions" --connection "Data Source=$work/regions.db"
first_wall=$wall first_cpu=$cpu
inner=$(grep -o '[0-9,]* rows in [0-9.]* s ([0-9,]* rows/s)' "$work/out" | head -1 || true)
timed "${hub[@]}" import regions "$regions" --connection "Data Source=$work/regions.db"
again_wall=$wall again_cpu=$cpu
again_summary=$(grep -o '^[0-9,]* added, [0-9,]* renamed' "$work/out" | head -1 || true)

seed_args=(seed national --connection "Data Source=$work/national.db")
[[ "${SEED_REGIONS:-0}" == 1 ]] && seed_args+=(--regions "$regions")
timed "${hub[@]}" "${seed_args[@]}"
seed_rows=$(grep -o '([0-9,]* rows)' "$work/out" | head -1 || true)
size=$(du -m "$work/national.db" | cut -f1)

printf '\n| measure | wall | cpu (user+sys) |\n|---|---|---|\n'
printf '| import regions, first run, %s rows (process incl. start-up) | %s s = %.0f rows/s | %s s |\n' "$rows" "$first_wall" "$(echo "$rows / $first_wall" | bc -l)" "$first_cpu"
printf '| import regions, importer'"'"'s own timing (read, check, write) | %s | |\n' "$inner"
printf '| import regions, second run (idempotent: %s) | %s s | %s s |\n' "$again_summary" "$again_wall" "$again_cpu"
printf '| seed national%s, %s | %s s | %s s |\n' "$([[ "${SEED_REGIONS:-0}" == 1 ]] && echo ' --regions' || echo ' (synthetic regions)')" "$seed_rows" "$wall" "$cpu"
printf '| database size after seed national | %s MiB | |\n' "$size"
