#!/bin/sh
# Remakes the corpus's Word and Excel files from its HTML, the way a user's Word/WPS would hold
# such a table: LibreOffice converts each *.html to .docx and .doc (Writer's HTML import) and to
# .xlsx and .xls (Calc's HTML import, so rowspans become merged regions). Calc's HTML import
# splits a cell at each <br> into rows of its own, which no sheet typed by a clerk does, so the
# Excel files are made from a copy with the line breaks inside cells taken out.
# Run from anywhere: sh make.sh [doc.html ...]   (needs soffice; a few minutes for all)
set -e
cd "$(dirname "$0")"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
lo() {
    HOME="$profile" soffice -env:UserInstallation="file://$profile/user" --headless "$@" >/dev/null 2>&1
}
for html in ${*:-*.html}; do
    lo --convert-to docx:"MS Word 2007 XML" "$html"
    lo --convert-to doc:"MS Word 97" "$html"
    sheet="$profile/$html"
    sed 's/<br[^>]*>//g' "$html" > "$sheet"
    lo --infilter=calc_HTML_WebQuery --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir . "$sheet"
    lo --infilter=calc_HTML_WebQuery --convert-to xls:"MS Excel 97" --outdir . "$sheet"
done
ls -l *.docx *.doc *.xlsx *.xls
