"""Books of the corpus saved by openpyxl and pandas, as those libraries write them.

Run by tests/corpus/corpus.test.ts with the system Python (/usr/bin/python3, which has openpyxl and
pandas): `python3 pythonBooks.py OUTDIR`. Every book holds the same small progress workbook (three tasks
of 区发改局, one row each for the second quarter, as-of date 2024-07-10), plus what the case is about.
"""

import sys
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd
from openpyxl.chart import BarChart, Reference
from openpyxl.workbook.defined_name import DefinedName

OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)

CATALOGUE = [
    ["序号", "板块", "任务内容", "牵头领导", "牵头单位", "协办单位", "责任人", "完成时限"],
    ["1", "一、经济发展", "新增规上工业企业25家以上。", "", "区发改局", "", "", ""],
    ["2", "一、经济发展", "推进第2项工作。", "", "区发改局", "", "", ""],
    ["3", "一、经济发展", "推进第3项工作。", "", "区发改局", "", "", ""],
]
PROGRESS = [
    ["序号", "填报单位", "报告期", "进展情况", "完成状态", "完成值", "存在问题", "下步打算", "填报日期"],
    ["1", "区发改局", "二季度", "新增规上工业企业10家。", "序时推进", 10, "", "", "2024-06-28"],
    ["2", "区发改局", "二季度", "受资金影响，进度滞后。", "进展滞后", None, "资金未到位", "加快争取资金", "2024-06-28"],
    ["3", "区发改局", "二季度", "已召开专题会议，正在按计划推进。", "序时推进", None, "", "", "2024-06-29"],
]
SETTINGS = [
    ["项目", "值", "期末日期", "报送截止"],
    ["年度", 2024, None, None],
    ["截至日期", "2024-07-10", None, None],
    ["报告期", "二季度", "2024-06-30", "2024-07-05"],
]


def fill(ws, rows):
    for row in rows:
        ws.append(row)


def base(extra_progress_cols=None):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "任务清单"
    fill(ws, CATALOGUE)
    progress = wb.create_sheet("进展填报")
    fill(progress, PROGRESS)
    fill(wb.create_sheet("设置"), SETTINGS)
    return wb


def add_custom_properties(path, props):
    """openpyxl 3.0 has no custom document properties: added to the saved package as Excel writes them."""
    body = "".join(
        f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{i + 2}" name="{k}"><vt:lpwstr>{v}</vt:lpwstr></property>'
        for i, (k, v) in enumerate(props)
    )
    custom = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' + body + "</Properties>"
    )
    src = zipfile.ZipFile(path)
    items = [(i, src.read(i.filename)) for i in src.infolist()]
    src.close()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info, data in items:
            if info.filename == "[Content_Types].xml":
                data = data.replace(
                    b"</Types>",
                    b'<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>',
                )
            elif info.filename == "_rels/.rels":
                data = data.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdCustom" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>',
                )
            dst.writestr(info.filename, data)
        dst.writestr("docProps/custom.xml", custom.encode("utf-8"))


# The reproduction: a plain two-sheet book (xmlns:r declared on each <sheet>).
wb = openpyxl.Workbook()
wb.active.title = "任务清单"
fill(wb.active, CATALOGUE)
fill(wb.create_sheet("进展填报"), PROGRESS)
wb.save(OUT / "openpyxl-plain.xlsx")

# Formulas with no cached value right of the typed columns (=IF(…,"需督办","") with no header), =ROW()-1.
wb = base()
p = wb["进展填报"]
for r in range(2, 5):
    p[f"J{r}"] = f'=IF(E{r}="进展滞后","需督办","")'
c = wb["任务清单"]
c["I1"] = "行号"
for r in range(2, 5):
    c[f"I{r}"] = "=ROW()-1"
wb.save(OUT / "openpyxl-formulas.xlsx")

# A chart, defined names (one of workbook scope, one scoped to a sheet), custom document properties.
wb = base()
stats = wb.create_sheet("统计")
fill(stats, [["单位", "完成数"], ["区发改局", 3], ["区财政局", 2]])
chart = BarChart()
chart.title = "完成情况"
chart.add_data(Reference(stats, min_col=2, min_row=1, max_row=3), titles_from_data=True)
chart.set_categories(Reference(stats, min_col=1, min_row=2, max_row=3))
stats.add_chart(chart, "D2")
wb.defined_names.append(DefinedName("任务范围", attr_text="任务清单!$A$1:$H$4"))
wb.defined_names.append(DefinedName("统计范围", localSheetId=3, attr_text="统计!$A$1:$B$3"))
wb.save(OUT / "openpyxl-chart.xlsx")
add_custom_properties(OUT / "openpyxl-chart.xlsx", [("督办批次", "2024年第二批"), ("密级", "内部")])

# The same, later converted by LibreOffice (tests/corpus/corpus.test.ts converts the "lo-" sources).
wb = base()
stats = wb.create_sheet("统计")
fill(stats, [["单位", "完成数"], ["区发改局", 3], ["区财政局", 2]])
chart = BarChart()
chart.add_data(Reference(stats, min_col=2, min_row=1, max_row=3), titles_from_data=True)
chart.set_categories(Reference(stats, min_col=1, min_row=2, max_row=3))
stats.add_chart(chart, "D2")
wb.defined_names.append(DefinedName("统计范围", localSheetId=3, attr_text="统计!$A$1:$B$3"))
p = wb["进展填报"]
p["J1"] = "督办提示"
for r in range(2, 5):
    p[f"J{r}"] = f'=IF(E{r}="进展滞后","需督办","")'
wb.save(OUT / "src-lo-chart.xlsx")
add_custom_properties(OUT / "src-lo-chart.xlsx", [("督办批次", "2024年第二批")])

# pandas: DataFrame.to_excel through openpyxl, one frame per sheet.
with pd.ExcelWriter(OUT / "pandas-frames.xlsx", engine="openpyxl") as writer:
    pd.DataFrame(CATALOGUE[1:], columns=CATALOGUE[0]).to_excel(writer, sheet_name="任务清单", index=False)
    pd.DataFrame(PROGRESS[1:], columns=PROGRESS[0]).to_excel(writer, sheet_name="进展填报", index=False)
    pd.DataFrame(SETTINGS[1:], columns=SETTINGS[0]).to_excel(writer, sheet_name="设置", index=False)

# pandas with its index written (a first column of 0, 1, 2 and bold headers) and a frame of figures.
with pd.ExcelWriter(OUT / "pandas-index.xlsx", engine="openpyxl") as writer:
    pd.DataFrame(CATALOGUE[1:], columns=CATALOGUE[0]).to_excel(writer, sheet_name="任务清单")
    pd.DataFrame(PROGRESS[1:], columns=PROGRESS[0]).to_excel(writer, sheet_name="进展填报", index=False)
    pd.DataFrame(SETTINGS[1:], columns=SETTINGS[0]).to_excel(writer, sheet_name="设置", index=False)
    pd.DataFrame({"季度": ["一季度", "二季度"], "完成率": [0.25, 0.5]}).to_excel(writer, sheet_name="统计", index=False)
