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
#
# The target's yardstick is the bare window started the plain way, as any Java developer gets it:
# `java --module-path <JavaFX jars> --add-modules javafx.controls` on the default JDK (the `java` in
# PATH, or PLAIN_JAVA), no options. In the image modes the program is also run without its
# ahead-of-time cache (on the runtime's class-data archive alone), and COMPARE_IMAGES="DIR..." adds other app
# images' programs (e.g. one built from an older commit) to the same alternation.
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
display=${BENCH_DISPLAY:-:77}
Xvfb $display -screen 0 1366x768x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb; rm -rf "$home"' EXIT
sleep 1
export DISPLAY=$display
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
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
plain_cmd=("${PLAIN_JAVA:-java}" --module-path "$(ls installer/target/javafx/*.jar 2>/dev/null | paste -sd: || true)"
  --add-modules javafx.controls -cp app/target/test-classes cn.jixiao.app.BareWindow)
if [ "$mode" != "--jar" ]; then
  # without the cache the runtime maps its own class-data archive, as before JDK 25's cache
  # (-XX:AOTMode=off would switch that off too)
  noaot_cmd=()
  for o in "${image_java[@]}"; do
    if [[ $o != -XX:AOTCache=* ]]; then noaot_cmd+=("$o"); fi
  done
  noaot_cmd+=(-Djixiao.home="$home/jixiao" "$image_main")
fi
ours_tuning=("${image_tuning[@]:-}")
# the program of another app image, with that image's own runtime, options and class path
compare_run() {
  local image=$1
  source installer/image-command.sh
  run "${image_java[@]}" -Djixiao.home="$home/jixiao" "$image_main" "${unit[@]}"
}
# milliseconds from just before the start to the "shown at EPOCH_MS" line the program prints
run() {
  local s shown
  s=$(date +%s%3N)
  shown=$("$@" 2>/dev/null | sed -n 's/^shown at \([0-9]*\)$/\1/p')
  [ -n "$shown" ] || { echo "no frame reported by: $*" >&2; exit 1; }
  echo $((shown - s))
}
plain=(); bare=(); skeleton=(); app=(); noaot=()
compare_images=(${COMPARE_IMAGES:-})
declare -A compare
unit=("$home/hengyang-office.jixiao" --exit-when-shown)
for i in $(seq "$n"); do
  plain+=("$(run "${plain_cmd[@]}")")
  bare+=("$(run "${bare_cmd[@]}")")
  skeleton+=("$(run "${skeleton_cmd[@]}" ${SKELETON_ARGS:-})")
  app+=("$(run "${app_cmd[@]}" "${unit[@]}")")
  if [ -n "${noaot_cmd+x}" ]; then noaot+=("$(run "${noaot_cmd[@]}" "${unit[@]}")"); fi
  for c in "${compare_images[@]}"; do compare[$c]="${compare[$c]:-} $(compare_run "$c")"; done
done
image_tuning=("${ours_tuning[@]}")
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
mp=$(median "${plain[@]}"); mb=$(median "${bare[@]}"); ms=$(median "${skeleton[@]}"); ma=$(median "${app[@]}")
echo "load before: $load_before; after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "default JDK: $("${plain_cmd[0]}" -version 2>&1 | head -1)"
echo "runtime: ${bare_cmd[0]} ${image_tuning[*]:-}"
echo "bare JavaFX window the plain way (default JDK): ${plain[*]} ms, median $mp ms"
echo "bare JavaFX window on the runtime: ${bare[*]} ms, median $mb ms"
echo "skeleton of the main window (plain JavaFX): ${skeleton[*]} ms, median $ms ms"
echo "jixiao main window: ${app[*]} ms, median $ma ms"
if [ ${#noaot[@]} -gt 0 ]; then
  mn=$(median "${noaot[@]}")
  echo "jixiao main window without the AOT cache: ${noaot[*]} ms, median $mn ms ($(ratio "$mn" "$mp") × plain bare)"
fi
for c in "${compare_images[@]}"; do
  mc=$(median ${compare[$c]})
  echo "jixiao main window of $c:${compare[$c]} ms, median $mc ms ($(ratio "$mc" "$mp") × plain bare; jixiao ÷ it $(ratio "$ma" "$mc"))"
done
echo "skeleton ÷ bare on the runtime $(ratio "$ms" "$mb"); jixiao ÷ bare on the runtime $(ratio "$ma" "$mb")"
echo "ratio $(ratio "$ma" "$mp") (jixiao ÷ plain bare; target ≤ 1.30)"
