#!/usr/bin/env bash
# Wall time and peak memory of the exec client (R6: `dotnet App.dll --lifecycle-hook post-start`)
# next to a bare `dotnet hello.dll`, on this machine. Builds both in Release, starts the sample
# app on 127.0.0.1, and prints a Markdown table of medians (docs/performance.md records the result).
#
#   benchmarks/exec-client.sh            # 10 runs each
#   RUNS=20 PORT=18555 benchmarks/exec-client.sh
#
# Wall time: hyperfine when installed (apt-get install -y hyperfine), else a bash loop.
# Peak memory: max RSS from GNU time (/usr/bin/time -f %M), median of the runs.
set -euo pipefail
shopt -s inherit_errexit

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${RUNS:-10}"
PORT="${PORT:-18555}"
WORK="$(mktemp -d -t hook-bench-XXXXXX)"
APP_PID=""

cleanup() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
  echo "port $PORT is in use; set PORT to a free port" >&2
  exit 1
fi

echo "Building samples/HookDemo and a hello-world console app (Release)..." >&2
dotnet build "$ROOT/samples/HookDemo/HookDemo.csproj" -c Release -o "$WORK/hookdemo" -nologo -v q --disable-build-servers >&2
dotnet new console -o "$WORK/hello-src" -n Hello --force >/dev/null
dotnet build "$WORK/hello-src/Hello.csproj" -c Release -o "$WORK/hello" -nologo -v q --disable-build-servers >&2

echo "Starting HookDemo on 127.0.0.1:$PORT..." >&2
ASPNETCORE_URLS="http://127.0.0.1:$PORT" HOOKDEMO_DATA="$WORK/data" Logging__LogLevel__Default=Warning \
  dotnet "$WORK/hookdemo/HookDemo.dll" >"$WORK/app.log" 2>&1 &
APP_PID=$!

HELLO=(dotnet "$WORK/hello/Hello.dll")
EXEC=(env "LIFECYCLE_HOOKS_PORT=$PORT" dotnet "$WORK/hookdemo/HookDemo.dll" --lifecycle-hook post-start)
# Start-up alone: an unknown hook name exits 1 in the module initializer, before any connection.
STARTUP=(sh -c "dotnet '$WORK/hookdemo/HookDemo.dll' --lifecycle-hook none 2>/dev/null; exit 0")

# The first call waits for the app (it retries "connection refused") and runs the hook; later
# calls get the recorded outcome, which is what a repeated exec costs.
"${EXEC[@]}" >/dev/null

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

wall_ms() { # median wall time in ms of "$@"
  if command -v hyperfine >/dev/null; then
    hyperfine --warmup 3 --runs "$RUNS" --style none --export-json "$WORK/h.json" "$(printf '%q ' "$@")" >/dev/null 2>&1
    python3 -c 'import json,sys; print(round(json.load(open(sys.argv[1]))["results"][0]["median"] * 1000, 1))' "$WORK/h.json"
  else
    for _ in $(seq 3); do "$@" >/dev/null; done
    for _ in $(seq "$RUNS"); do
      local start end
      start=$(date +%s%N); "$@" >/dev/null; end=$(date +%s%N)
      echo $(( (end - start) / 1000 ))
    done | median | awk '{ printf "%.1f\n", $1 / 1000 }'
  fi
}

peak_mb() { # median max RSS in MB of "$@"
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f "%M" -o "$WORK/rss" "$@" >/dev/null
    cat "$WORK/rss"
  done | median | awk '{ printf "%.1f\n", $1 / 1024 }'
}

tool="bash loop"; command -v hyperfine >/dev/null && tool="$(hyperfine --version)"
echo
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), .NET SDK $(dotnet --version), $RUNS runs each, wall time by $tool"
echo
echo "| command | median wall time (ms) | median peak RSS (MB) |"
echo "|---|---:|---:|"
echo "| \`dotnet Hello.dll\` (bare hello world) | $(wall_ms "${HELLO[@]}") | $(peak_mb "${HELLO[@]}") |"
echo "| \`dotnet HookDemo.dll --lifecycle-hook none\` (exec client start-up only: exits before connecting) | $(wall_ms "${STARTUP[@]}") | $(peak_mb "${STARTUP[@]}") |"
echo "| \`dotnet HookDemo.dll --lifecycle-hook post-start\` (exec client, app running) | $(wall_ms "${EXEC[@]}") | $(peak_mb "${EXEC[@]}") |"
