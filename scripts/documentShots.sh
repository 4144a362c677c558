#!/bin/sh
# Renders the first page of the bulletin (通报), the 督办单 and the 催办 list of each sample book into
# docs/screenshots/ (needs LibreOffice's soffice and poppler's pdftoppm). The .docx and .pdf files stay in
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
