#!/bin/sh
# The preview pictures of the form styles in 新建本单位 (app/src/main/resources/cn/jixiao/app/start/styles):
# the first page of each style's form, exported from the sample units, through LibreOffice and pdftoppm,
# 600 px high in 16 colours (about 20 KB each). Needs the jar (mvn -DskipTests package), soffice, pdftoppm, ImageMagick.
set -e
cd "$(dirname "$0")/.."
work=$(mktemp -d)
J="java -Djixiao.home=$work/home -jar app/target/jixiao.jar"
for s in hengyang-office huaiyuan-office xiangyin-office hengyang-agency; do $J new "$work/$s.jixiao" --sample $s >/dev/null; done
ex() { $J export "$work/$1.jixiao" --year $2 --form $3 --style $4 --format docx --out "$work/out" >/dev/null; mv "$work"/out/*.docx "$work/$4.docx"; }
ex hengyang-office 2021 declaration hengyang-2021
ex hengyang-office 2022 self-evaluation hengyang-2022
ex huaiyuan-office 2024 declaration huaiyuan-2024
ex xiangyin-office 2023 declaration xiangyin-2023
ex hengyang-agency 2024 declaration agency-2024
(cd "$work" && soffice --headless -env:UserInstallation=file://$work/lo --convert-to pdf *.docx >/dev/null)
out=app/src/main/resources/cn/jixiao/app/start/styles
for f in "$work"/*.pdf; do
  s=$(basename "$f" .pdf)
  pdftoppm -png -f 1 -l 1 -scale-to 600 -singlefile "$f" "$out/$s"
  convert "$out/$s.png" -colors 16 -strip "PNG8:$out/$s.png"
done
rm -rf "$work"
