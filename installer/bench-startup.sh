#!/usr/bin/env bash
# Start-up benchmark (docs/benchmarks.md): cold start of the program to the main window showing
# the sample unit, against a bare JavaFX window with one label; both from the same jar and JVM
# flags, alternated, N runs each, medians. Needs xvfb-run. Usage: installer/bench-startup.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-7}
[ -f app/target/jixiao.jar ] && [ -d app/target/test-classes ] || mvn -q -DskipTests package
home=$(mktemp -d)
java -Djixiao.home="$home" -jar app/target/jixiao.jar new "$home/hengyang-office.jixiao" --sample hengyang-office >/dev/null
cp=app/target/jixiao.jar:app/target/test-classes
Xvfb :77 -screen 0 1366x768x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb; rm -rf "$home"' EXIT
sleep 1
export DISPLAY=:77
run() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
bare=(); app=()
for i in $(seq "$n"); do
  bare+=("$(run java -cp "$cp" cn.jixiao.app.BareWindow)")
  app+=("$(run java -Djixiao.home="$home" -cp "$cp" cn.jixiao.app.Launcher "$home/hengyang-office.jixiao" --exit-when-shown)")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
mb=$(median "${bare[@]}"); ma=$(median "${app[@]}")
echo "bare JavaFX window: ${bare[*]} ms, median $mb ms"
echo "jixiao main window: ${app[*]} ms, median $ma ms"
awk -v a="$ma" -v b="$mb" 'BEGIN { printf "ratio %.2f (target ≤ 1.30)\n", a / b }'
