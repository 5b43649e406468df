#!/usr/bin/env bash
# 年度总览 benchmark in the window (docs/benchmarks.md): a 300-project synthetic unit,
# every project monitored to June; selecting the year node timed to the frame that draws its
# chart with every bar and the time-progress line (cn.jixiao.app.OverviewBenchmark, a
# test-sources class). Needs Xvfb. Usage: app/bench-overview.sh [DISPLAY_NUMBER, default 94]
set -euo pipefail
cd "$(dirname "$0")/.."
d=${1:-94}
while [ -e "/tmp/.X$d-lock" ]; do d=$((d + 1)); done
[ -f app/target/jixiao.jar ] && [ -f app/target/test-classes/cn/jixiao/app/OverviewBenchmark.class ] || mvn -q -DskipTests package
Xvfb ":$d" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$d" ] && break; sleep 0.1; done
echo "$(date '+%Y-%m-%d %H:%M'), display :$d, load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
# JAVA_OPTS: extra JVM options, e.g. those of the installer's launcher
DISPLAY=":$d" java ${JAVA_OPTS:-} -cp app/target/jixiao.jar:app/target/test-classes cn.jixiao.app.OverviewBenchmark
