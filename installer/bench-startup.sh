#!/usr/bin/env bash
# Start-up benchmark (docs/benchmarks.md): cold start of the installed program to the first frame of
# the main window showing the sample unit, against a bare JavaFX window with one label run on the
# same Java runtime with the launcher's JVM tuning (its -XX: options), and against the main window's
# skeleton (the same controls with fixed strings, plain JavaFX: what a window of this shape costs
# before any of our work); alternated, N runs each, medians. Each run's time is from just before the
# process is started to the moment the program reports the frame on screen ("shown at" + epoch ms),
# so the JVM's own exit is not counted. Needs Xvfb.
#
#   installer/bench-startup.sh [N]             the app image of `mvn -Pinstaller package` (built if
#                                              missing): its runtime with its launcher's options and
#                                              class path (installer/image-command.sh says why)
#   installer/bench-startup.sh [N] --launcher  the same through bin/jixiao itself
#   SKELETON_ARGS=--tree-only installer/bench-startup.sh [N]   the skeleton reduced to the unit tree
#   installer/bench-startup.sh [N] --jar       java -cp app/target/jixiao.jar on the JDK in PATH
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-7}
mode=${2:-image}
image=${JIXIAO_IMAGE:-installer/target/dist/jixiao}
[ -f app/target/jixiao.jar ] && [ -d app/target/test-classes ] || mvn -q -DskipTests package
if [ "$mode" != "--jar" ] && [ ! -x "$image/bin/jixiao" ]; then
  mvn -q -Pinstaller -DskipTests package
fi
home=$(mktemp -d)
java -Djixiao.home="$home/jixiao" -jar app/target/jixiao.jar new "$home/hengyang-office.jixiao" --sample hengyang-office >/dev/null
display=:77
Xvfb $display -screen 0 1366x768x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb; rm -rf "$home"' EXIT
sleep 1
export DISPLAY=$display
if [ "$mode" = "--jar" ]; then
  bare_cmd=(java -cp app/target/jixiao.jar:app/target/test-classes cn.jixiao.app.BareWindow)
  skeleton_cmd=(java -cp app/target/jixiao.jar:app/target/test-classes cn.jixiao.app.SkeletonWindow)
  app_cmd=(java -Djixiao.home="$home/jixiao" -cp app/target/jixiao.jar cn.jixiao.app.Launcher)
elif [ "$mode" = "--launcher" ]; then
  source installer/image-command.sh
  bare_cmd=("$image/lib/runtime/bin/java" "${image_tuning[@]}" -cp app/target/test-classes cn.jixiao.app.BareWindow)
  skeleton_cmd=("$image/lib/runtime/bin/java" "${image_tuning[@]}" -cp app/target/classes:app/target/test-classes cn.jixiao.app.SkeletonWindow)
  # the launcher takes no -D options: XDG_DATA_HOME keeps its data folder (recent files, log) in $home
  app_cmd=(env XDG_DATA_HOME="$home" "$image/bin/jixiao")
else
  source installer/image-command.sh
  bare_cmd=("$image/lib/runtime/bin/java" "${image_tuning[@]}" -cp app/target/test-classes cn.jixiao.app.BareWindow)
  skeleton_cmd=("$image/lib/runtime/bin/java" "${image_tuning[@]}" -cp app/target/classes:app/target/test-classes cn.jixiao.app.SkeletonWindow)
  app_cmd=("${image_java[@]}" -Djixiao.home="$home/jixiao" "$image_main")
fi
# milliseconds from just before the start to the "shown at EPOCH_MS" line the program prints
run() {
  local s shown
  s=$(date +%s%3N)
  shown=$("$@" 2>/dev/null | sed -n 's/^shown at \([0-9]*\)$/\1/p')
  [ -n "$shown" ] || { echo "no frame reported by: $*" >&2; exit 1; }
  echo $((shown - s))
}
bare=(); skeleton=(); app=()
for i in $(seq "$n"); do
  bare+=("$(run "${bare_cmd[@]}")")
  skeleton+=("$(run "${skeleton_cmd[@]}" ${SKELETON_ARGS:-})")
  app+=("$(run "${app_cmd[@]}" "$home/hengyang-office.jixiao" --exit-when-shown)")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
mb=$(median "${bare[@]}"); ms=$(median "${skeleton[@]}"); ma=$(median "${app[@]}")
echo "runtime: ${bare_cmd[0]} ${image_tuning[*]:-}"
echo "bare JavaFX window: ${bare[*]} ms, median $mb ms"
echo "skeleton of the main window (plain JavaFX): ${skeleton[*]} ms, median $ms ms"
echo "jixiao main window: ${app[*]} ms, median $ma ms"
awk -v s="$ms" -v b="$mb" 'BEGIN { printf "skeleton ÷ bare %.2f\n", s / b }'
awk -v a="$ma" -v b="$mb" 'BEGIN { printf "ratio %.2f (target ≤ 1.30)\n", a / b }'
