#!/bin/sh
# Renders the first page of the bulletin (通报), the 督办单 and the 催办 list of each sample book, and the
# first printed page of sample-yicheng's 汇总, into docs/screenshots/ (needs LibreOffice's soffice and poppler's pdftoppm). The .docx and .pdf files stay in
# out/documents/<sample>/. Run from the repository root: sh scripts/documentShots.sh
set -e
npm run compile >/dev/null
[ -f out/samples/sample-yicheng.xlsx ] || node bin/duban.js demo >/dev/null
for s in yicheng taishan yanzhou; do
  dir="out/documents/$s"
  rm -rf "$dir"
  mkdir -p "$dir"
  node bin/duban.js bulletin "out/samples/sample-$s.xlsx" -o "$dir/通报.docx" >/dev/null
  node bin/duban.js notices "out/samples/sample-$s.xlsx" -o "$dir/督办单" >/dev/null
  soffice --headless --norestore --convert-to pdf --outdir "$dir" "$dir/通报.docx" "$dir/督办单/督办单_全部.docx" "$dir/督办单/催办清单.docx" >/dev/null 2>&1
  pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$dir/通报.pdf" "docs/screenshots/bulletin-$s"
  pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$dir/督办单_全部.pdf" "docs/screenshots/notice-$s"
  pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$dir/催办清单.pdf" "docs/screenshots/chase-$s"
done
ls -l docs/screenshots/bulletin-*.png docs/screenshots/notice-*.png docs/screenshots/chase-*.png
# 汇总 as LibreOffice prints it: the workbook after validate and rollup, to PDF, the first page that holds 汇总.
book="out/documents/yicheng/结果.xlsx"
node bin/duban.js validate out/samples/sample-yicheng.xlsx -o out/documents/yicheng/校验.xlsx >/dev/null || true
node bin/duban.js rollup out/documents/yicheng/校验.xlsx -o "$book" >/dev/null
soffice --headless --norestore --convert-to pdf --outdir out/documents/yicheng "$book" >/dev/null 2>&1
pdf="out/documents/yicheng/结果.pdf"
pages=$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')
page=1
while [ "$page" -le "$pages" ] && ! pdftotext -f "$page" -l "$page" "$pdf" - | grep -q "完成情况汇总"; do page=$((page + 1)); done
pdftoppm -png -r 60 -f "$page" -l "$page" -singlefile "$pdf" docs/screenshots/print-rollup
ls -l docs/screenshots/print-rollup.png
