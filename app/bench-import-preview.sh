#!/usr/bin/env bash
# Import preview benchmark in the window (docs/benchmarks.md): the sample's 2021 申报表 of
# 机要工作经费 exported as Word and as Excel (a 2-page document), handed to 文件 → 导入 Word/Excel
# 表格… and timed to the drawn frame that shows the form's name and indicator tree
# (cn.jixiao.app.importing.ImportPreviewBenchmark, a test-sources class). Needs Xvfb.
# Usage: app/bench-import-preview.sh [DISPLAY_NUMBER, default 95]
set -euo pipefail
cd "$(dirname "$0")/.."
d=${1:-95}
while [ -e "/tmp/.X$d-lock" ]; do d=$((d + 1)); done
[ -f app/target/jixiao.jar ] && [ -f app/target/test-classes/cn/jixiao/app/importing/ImportPreviewBenchmark.class ] || mvn -q -DskipTests package
Xvfb ":$d" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$d" ] && break; sleep 0.1; done
echo "$(date '+%Y-%m-%d %H:%M'), display :$d, load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
# JAVA_OPTS: extra JVM options, e.g. those of the installer's launcher
DISPLAY=":$d" java ${JAVA_OPTS:-} -cp app/target/jixiao.jar:app/target/test-classes cn.jixiao.app.importing.ImportPreviewBenchmark
