# Sourced by the benchmark and class-list scripts: the java command line that the app image's
# launcher builds from lib/app/jixiao.cfg (runtime, JVM options, class path), as an array image_java
# plus the main class image_main; image_tuning holds its -XX: options alone. Used instead of
# bin/jixiao because jpackage's Linux launcher first asks rpm and dpkg which package it came from
# (about 0.4 s here, not done by the Windows launcher), which would be measured as our start-up.
app_dir="$image/lib/app"
cfg="$app_dir/jixiao.cfg"
image_java=("$image/lib/runtime/bin/java")
while IFS= read -r line; do
  image_java+=("${line//\$APPDIR/$app_dir}")
done < <(sed -n 's/^java-options=//p' "$cfg")
image_java+=(-cp "$(sed -n 's/^app.classpath=//p' "$cfg" | sed "s|\\\$APPDIR|$app_dir|" | paste -sd:)")
image_main=$(sed -n 's/^app.mainclass=//p' "$cfg")
# the launcher's JVM tuning (-XX: options), which the benchmark's yardstick windows run with too;
# not its ahead-of-time cache, which holds our program's classes and fits no other class path
image_tuning=()
for o in "${image_java[@]}"; do
  if [[ $o == -XX:* && $o != -XX:AOTCache=* ]]; then image_tuning+=("$o"); fi
done
