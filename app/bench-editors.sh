#!/usr/bin/env bash
# Editors benchmark in the window (docs/benchmarks.md): the real main window on an Xvfb display
# opens a 300-project synthetic unit, selects a 60-indicator project, scrolls its indicator tree
# and edits it; every step timed to the frame that shows it (cn.jixiao.app.EditorBenchmark, a
# test-sources class). Needs Xvfb. Usage: app/bench-editors.sh [DISPLAY_NUMBER, default 78]
set -euo pipefail
cd "$(dirname "$0")/.."
d=${1:-78}
while [ -e "/tmp/.X$d-lock" ]; do d=$((d + 1)); done
[ -f app/target/jixiao.jar ] && [ -f app/target/test-classes/cn/jixiao/app/EditorBenchmark.class ] || mvn -q -DskipTests package
Xvfb ":$d" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$d" ] && break; sleep 0.1; done
echo "$(date '+%Y-%m-%d %H:%M'), display :$d, load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
# JAVA_OPTS: extra JVM options, e.g. those of the installer's launcher
DISPLAY=":$d" java ${JAVA_OPTS:-} -cp app/target/jixiao.jar:app/target/test-classes cn.jixiao.app.EditorBenchmark
