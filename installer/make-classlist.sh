#!/usr/bin/env bash
# Regenerates installer/src/cds/jixiao.classlist: the JDK and JavaFX classes a start of the app
# image loads up to the first frame of the main window with the sample unit. The installer build
# dumps them into its runtime's class-data archive (-Xshare:dump), so that a start maps them
# instead of reading, verifying and linking each one. Run it after upgrading the JDK or JavaFX, or
# after larger changes to the window. Needs Xvfb and the app image (mvn -Pinstaller package).
set -euo pipefail
cd "$(dirname "$0")/.."
image=installer/target/dist/jixiao
[ -x "$image/bin/jixiao" ] || mvn -q -Pinstaller -DskipTests package
source installer/image-command.sh
home=$(mktemp -d)
Xvfb :76 -screen 0 1366x768x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb; rm -rf "$home"' EXIT
sleep 1
raw="$home/loaded.classlist"
DISPLAY=:76 "${image_java[@]:0:1}" -XX:DumpLoadedClassList="$raw" "${image_java[@]:1}" \
  -Djixiao.home="$home" "$image_main" --exit-when-shown >/dev/null 2>&1
# only the classes of the runtime image: our jars sit on the class path, whose absolute paths a
# Java 17 archive would have to match exactly at run time
{
  echo "# The JDK and JavaFX classes of a start to the first frame; regenerate with installer/make-classlist.sh."
  grep -v '^#' "$raw" | awk '{c = ($1 == "@lambda-proxy") ? $2 : $1}
    c ~ /^(java|javax|jdk|sun|com\/sun|javafx|org\/xml|org\/w3c|org\/ietf)\// && c !~ /^jdk\/proxy/ {print}'
} > installer/src/cds/jixiao.classlist
wc -l installer/src/cds/jixiao.classlist
