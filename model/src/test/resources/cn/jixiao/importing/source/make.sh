#!/bin/sh
# Remakes the Word 97-2003 (.doc) and Excel 97-2003 (.xls) files SourceReaderTest reads, so they
# can be checked and remade rather than trusted:
#  - two seed forms as the program exports them (衡阳 2021 申报表 and 2022 自评表 of
#    大院保安转辅警经费), converted by LibreOffice from the program's .docx / .xlsx;
#  - other-layout.html (a 申报表 in a layout unlike ours: rowspans, colspans, a table in a cell,
#    a page break between its tables) converted by LibreOffice to .docx, .doc, .xlsx and .xls, the
#    way a clerk's Word or WPS file made from a web page looks.
# Needs a JDK, Maven (the local repository warm) and soffice on the PATH. Run from anywhere.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../../../../../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

mvn -B -q -o -f "$root/pom.xml" -pl model -am compile dependency:build-classpath \
    -Dmdep.outputFile="$tmp/cp.txt" -Dmdep.includeScope=runtime
cp="$root/model/target/classes:$root/sample-data/target/classes:$(cat "$tmp/cp.txt")"
jixiao() { java -cp "$cp" cn.jixiao.cli.Cli "$@"; }

jixiao new "$tmp/unit.jixiao" --sample hengyang-office >/dev/null
mkdir -p "$tmp/out"
for format in docx xlsx; do
    jixiao export "$tmp/unit.jixiao" --year 2021 --form declaration --project 大院保安转辅警经费 --format $format --out "$tmp/out/decl" >/dev/null
    jixiao export "$tmp/unit.jixiao" --year 2022 --form self-evaluation --project 大院保安转辅警经费 --format $format --out "$tmp/out/self" >/dev/null
done
cp "$tmp"/out/decl/*.docx "$tmp/hengyang-2021-declaration.docx"
cp "$tmp"/out/decl/*.xlsx "$tmp/hengyang-2021-declaration.xlsx"
cp "$tmp"/out/self/*.docx "$tmp/hengyang-2022-self-evaluation.docx"
cp "$tmp"/out/self/*.xlsx "$tmp/hengyang-2022-self-evaluation.xlsx"

office() { soffice -env:UserInstallation=file://$tmp/profile --headless "$@" >/dev/null 2>&1; }
for name in hengyang-2021-declaration hengyang-2022-self-evaluation; do
    office --convert-to doc:"MS Word 97" --outdir "$here" "$tmp/$name.docx"
    office --convert-to xls:"MS Excel 97" --outdir "$here" "$tmp/$name.xlsx"
done
cp "$here/other-layout.html" "$tmp/other-layout.html"
office --infilter="HTML (StarWriter)" --convert-to docx:"MS Word 2007 XML" --outdir "$here" "$tmp/other-layout.html"
office --infilter="HTML (StarWriter)" --convert-to doc:"MS Word 97" --outdir "$here" "$tmp/other-layout.html"
office --infilter="calc_HTML_WebQuery" --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir "$here" "$tmp/other-layout.html"
office --infilter="calc_HTML_WebQuery" --convert-to xls:"MS Excel 97" --outdir "$here" "$tmp/other-layout.html"
ls -l "$here"
