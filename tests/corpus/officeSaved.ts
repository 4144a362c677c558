import { createRequire } from "node:module";
import { CellValue, SheetData } from "../../src/core/sheet/cellValue";
import { colName } from "./ooxml";

/**
 * A filled-in form as Excel (365, Chinese UI) and WPS 表格 save it, written part by part in their conventions
 * as studied in books those programs saved (Excel's: the Excel-saved test books of the calamine project;
 * WPS's: what the projects reading WPS books record of its parts). Neither program runs here, so these are
 * imitations of their markup, not their files; docs/excel.md and docs/wps.md say so.
 *
 * What a department's round trip through either adds and duban must carry unchanged:
 * - Excel: mc:Ignorable namespaces (x14ac, xr…) with attributes in them on rows, the sheet and the filter;
 *   shared strings with rich-text runs and phoneticPr (as Chinese Excel writes every string); dates as
 *   serial numbers with a date style; the catalogue formatted as a table (ListObject); on the progress
 *   sheet a frozen pane, a filter with its hidden _xlnm._FilterDatabase name, the office's own conditional
 *   fill, a list validation in the sheet and one in the x14 extension list taking its items from a hidden
 *   sheet, a hyperlink to a file, a shared formula with its calculation chain, a threaded comment with its
 *   legacy comment, VML drawing and the workbook's person list, printer settings; an absPath and
 *   revision pointer in the workbook.
 * - WPS: app.xml naming 工作表 in its HeadingPairs, KSOProductBuildVer and ICV in custom.xml, a photo in a
 *   cell (=_xlfn.DISPIMG(…) cached as text, xl/cellimages.xml reached from the workbook by WPS's own
 *   relationship type, its image in xl/media), the etc namespace on the sheet.
 */

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
const X14AC = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac";
const XR = "http://schemas.microsoft.com/office/spreadsheetml/2014/revision";
const XR2 = "http://schemas.microsoft.com/office/spreadsheetml/2015/revision2";
const XR3 = "http://schemas.microsoft.com/office/spreadsheetml/2016/revision3";
const X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
const XM = "http://schemas.microsoft.com/office/excel/2006/main";
const ETC = "http://www.wps.cn/officeDocument/2017/etCustomData";
const CT = "application/vnd.openxmlformats-officedocument";
/** A 1×1 PNG: the photo a department puts in a cell. */
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg==", "base64");
/** The theme Excel writes is long and nobody reads it for values; exceljs ships one of the same shape. */
const THEME: string = createRequire(__filename)("exceljs/lib/xlsx/xml/theme1.js");

const esc = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const guid = (n: number) => `{${n.toString(16).toUpperCase().padStart(8, "0")}-5A1B-4C2D-9E3F-0A1B2C3D4E5F}`;

/** Days since 1899-12-30, as Excel stores a date. */
function serial(iso: string): number {
  return Math.round((Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) - Date.UTC(1899, 11, 30)) / 86400000);
}

export type Saver = "Excel" | "WPS";

/** What a department typed: the three sheets of a duban form (catalogue, progress, settings). */
export interface FilledForm {
  catalogue: SheetData;
  progress: SheetData;
  settings: SheetData;
}

export function officeSavedParts(form: FilledForm, by: Saver): Map<string, Buffer> {
  const parts = new Map<string, Buffer>();
  const put = (name: string, text: string | Buffer) => parts.set(name, Buffer.isBuffer(text) ? text : Buffer.from(text, "utf8"));
  const excel = by === "Excel";

  // Shared strings: every text once; the first progress text with a run in red bold, as an official marks a figure.
  const strings: string[] = [];
  const index = new Map<string, number>();
  const sst = (t: string) => {
    if (!index.has(t)) index.set(t, strings.push(t) - 1);
    return index.get(t)!;
  };
  const phonetic = excel ? '<phoneticPr fontId="1" type="noConversion"/>' : "";
  const figure = /\d+(?:\.\d+)?/;
  const siXml = (t: string, i: number) => {
    const m = i === richIndex ? figure.exec(t) : null;
    if (!m) return `<si><t>${esc(t)}</t>${phonetic}</si>`;
    const run = (text: string, props = "") => (text ? `<r>${props}<t>${esc(text)}</t></r>` : "");
    const red = '<rPr><b/><sz val="11"/><color rgb="FFFF0000"/><rFont val="等线"/><family val="3"/><charset val="134"/><scheme val="minor"/></rPr>';
    return `<si>${run(t.slice(0, m.index))}${run(m[0], red)}${run(t.slice(m.index + m[0].length), '<rPr><sz val="11"/><color theme="1"/><rFont val="等线"/><family val="3"/><charset val="134"/><scheme val="minor"/></rPr>')}${phonetic}</si>`;
  };
  let richIndex = -1;

  const dateCols = (sheet: SheetData) => new Set(sheet.rows[0].map((h, c) => (/日期|截止/.test(String(h ?? "")) ? c : -1)).filter((c) => c >= 0));
  const rowAttrs = (r: number, width: number) => (excel ? ` r="${r}" spans="1:${width}" x14ac:dyDescent="0.2"` : ` r="${r}"`);
  /** The cells of a sheet: text shared, numbers as numbers, ISO dates in date columns as serials with the date style. */
  const sheetRows = (sheet: SheetData, extra: (r: number) => string = () => "") => {
    const dates = dateCols(sheet);
    const width = Math.max(...sheet.rows.map((r) => r.length));
    return sheet.rows
      .map((row, r) => {
        const cells = row
          .map((v: CellValue, c) => {
            const ref = `${colName(c + 1)}${r + 1}`;
            if (v === null || v === undefined || v === "") return "";
            if (typeof v === "number") return `<c r="${ref}"><v>${v}</v></c>`;
            const text = String(v);
            if (r > 0 && /^\d{4}-\d{2}-\d{2}$/.test(text) && (dates.has(c) || sheet.name === "设置")) return `<c r="${ref}" s="1"><v>${serial(text)}</v></c>`;
            if (sheet.name === "进展填报" && c === 3 && r === 1 && richIndex < 0) richIndex = sst(text);
            return `<c r="${ref}"${r === 0 ? ' s="2"' : ""} t="s"><v>${sst(text)}</v></c>`;
          })
          .join("");
        return `<row${rowAttrs(r + 1, width + 2)}>${cells}${extra(r + 1)}</row>`;
      })
      .join("");
  };

  const last = form.progress.rows.length;
  const width = form.progress.rows[0].length;
  const photoCol = colName(width + 1);
  const onTimeCol = colName(width + 2);
  const lastCol = onTimeCol;
  const dateCol = colName(form.progress.rows[0].findIndex((h) => /填报日期/.test(String(h))) + 1);
  const statusCol = colName(form.progress.rows[0].findIndex((h) => /状态/.test(String(h))) + 1);
  const unitCol = colName(form.progress.rows[0].findIndex((h) => /单位/.test(String(h))) + 1);
  const photoId = "ID_5B1E3A9C0D2F4E6A8B7C9D0E1F2A3B4C";
  // The two columns a department adds right of the form: evidence (a link, or a photo in WPS) and an on-time check.
  const added = (r: number) => {
    if (r === 1) return `<c r="${photoCol}1" s="2" t="s"><v>${sst("佐证材料")}</v></c><c r="${onTimeCol}1" s="2" t="s"><v>${sst("是否按时")}</v></c>`;
    const evidence =
      r !== 2 ? "" : excel ? `<c r="${photoCol}2" t="s"><v>${sst("会议纪要.pdf")}</v></c>` : `<c r="${photoCol}2" t="str"><f>_xlfn.DISPIMG("${photoId}",1)</f><v>=DISPIMG("${photoId}",1)</v></c>`;
    const f = r === 2 ? `<f t="shared" ref="${onTimeCol}2:${onTimeCol}${last}" si="0">IF(${dateCol}2&lt;=设置!$D$4,"按时","逾期")</f>` : '<f t="shared" si="0"/>';
    return `${evidence}<c r="${onTimeCol}${r}" t="str">${f}<v>按时</v></c>`;
  };

  const wsOpen = excel
    ? `<worksheet xmlns="${MAIN}" xmlns:r="${R}" xmlns:mc="${MC}" mc:Ignorable="x14ac xr xr2 xr3" xmlns:x14ac="${X14AC}" xmlns:xr="${XR}" xmlns:xr2="${XR2}" xmlns:xr3="${XR3}"`
    : `<worksheet xmlns="${MAIN}" xmlns:r="${R}" xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:x14="${X14}" xmlns:mc="${MC}" xmlns:etc="${ETC}"`;
  const uid = (n: number) => (excel ? ` xr:uid="${guid(n)}"` : "");
  const format = excel ? '<sheetFormatPr defaultRowHeight="14.25" x14ac:dyDescent="0.2"/>' : '<sheetFormatPr defaultColWidth="9" defaultRowHeight="13.5" outlineLevelCol="7"/>';
  const margins = excel ? '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' : '<pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5" footer="0.5"/>';

  // ── 任务清单: formatted as a table ──
  const catWidth = form.catalogue.rows[0].length;
  const catRef = `A1:${colName(catWidth)}${form.catalogue.rows.length}`;
  const catalogueXml = `${XML}${wsOpen}${uid(1)}><dimension ref="${catRef}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>${format}<cols><col min="3" max="3" width="48.625" customWidth="1"/></cols><sheetData>${sheetRows(form.catalogue)}</sheetData>${phonetic}${margins}<tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>`;
  const tableXml = `${XML}<table xmlns="${MAIN}" xmlns:mc="${MC}" mc:Ignorable="xr xr3" xmlns:xr="${XR}" xmlns:xr3="${XR3}" id="1"${excel ? ` xr:uid="${guid(2)}"` : ""} name="表1" displayName="表1" ref="${catRef}" totalsRowShown="0"><autoFilter ref="${catRef}"/><tableColumns count="${catWidth}">${form.catalogue.rows[0].map((h, i) => `<tableColumn id="${i + 1}" name="${esc(String(h))}"/>`).join("")}</tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`;

  // ── 进展填报 ──
  const filterRef = `A1:${lastCol}${last}`;
  const progressXml =
    `${XML}${wsOpen}${uid(3)}><sheetPr><tabColor rgb="FFFFC000"/></sheetPr><dimension ref="${filterRef}"/>` +
    `<sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="D3" sqref="D3"/></sheetView></sheetViews>` +
    `${format}<cols><col min="4" max="4" width="50.625" style="3" customWidth="1"/><col min="${width + 1}" max="${width + 1}" width="14.5" customWidth="1"/></cols>` +
    `<sheetData>${sheetRows(form.progress, added)}</sheetData>` +
    `<autoFilter ref="${filterRef}"${uid(4)}/>${phonetic}` +
    `<conditionalFormatting sqref="${statusCol}2:${statusCol}${last}"><cfRule type="containsText" dxfId="0" priority="1" operator="containsText" text="滞后"><formula>NOT(ISERROR(SEARCH("滞后",${statusCol}2)))</formula></cfRule></conditionalFormatting>` +
    `<dataValidations count="1"><dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="${statusCol}2:${statusCol}200"${uid(5)}><formula1>"已完成,序时推进,进展滞后,未启动"</formula1></dataValidation></dataValidations>` +
    (excel ? `<hyperlinks><hyperlink ref="${photoCol}2" r:id="rId2"${uid(6)}/></hyperlinks>` : "") +
    `${margins}<pageSetup paperSize="9" orientation="landscape"${excel ? ' r:id="rId1"' : ""}/>` +
    (excel ? '<legacyDrawing r:id="rId3"/>' : "") +
    `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="${X14}"><x14:dataValidations count="1" xmlns:xm="${XM}"><x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1"${uid(7)}><x14:formula1><xm:f>下拉选项!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>${unitCol}2:${unitCol}200</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst></worksheet>`;

  const settingsXml = `${XML}${wsOpen}${uid(8)}><dimension ref="A1:D${form.settings.rows.length}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>${format}<sheetData>${sheetRows(form.settings)}</sheetData>${phonetic}${margins}</worksheet>`;
  const listsXml = `${XML}${wsOpen}${uid(9)}><dimension ref="A1:A3"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>${format}<sheetData>${["区发改局", "区工信局", "区统计局"].map((u, i) => `<row${rowAttrs(i + 1, 1)}><c r="A${i + 1}" t="s"><v>${sst(u)}</v></c></row>`).join("")}</sheetData>${margins}</worksheet>`;

  const sheetNames = [form.catalogue.name, form.progress.name, form.settings.name, "下拉选项"];
  put("xl/worksheets/sheet1.xml", catalogueXml);
  put("xl/worksheets/sheet2.xml", progressXml);
  put("xl/worksheets/sheet3.xml", settingsXml);
  put("xl/worksheets/sheet4.xml", listsXml);
  put("xl/tables/table1.xml", tableXml);
  put("xl/worksheets/_rels/sheet1.xml.rels", `${XML}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/table" Target="../tables/table1.xml"/></Relationships>`);
  put("xl/sharedStrings.xml", `${XML}<sst xmlns="${MAIN}" count="${strings.length + 4}" uniqueCount="${strings.length}">${strings.map(siXml).join("")}</sst>`);

  const rels = [
    `<Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/>`,
    `<Relationship Id="rId2" Type="${R}/worksheet" Target="worksheets/sheet2.xml"/>`,
    `<Relationship Id="rId3" Type="${R}/worksheet" Target="worksheets/sheet3.xml"/>`,
    `<Relationship Id="rId4" Type="${R}/worksheet" Target="worksheets/sheet4.xml"/>`,
    `<Relationship Id="rId5" Type="${R}/theme" Target="theme/theme1.xml"/>`,
    `<Relationship Id="rId6" Type="${R}/styles" Target="styles.xml"/>`,
    `<Relationship Id="rId7" Type="${R}/sharedStrings" Target="sharedStrings.xml"/>`,
    `<Relationship Id="rId8" Type="${R}/calcChain" Target="calcChain.xml"/>`,
  ];
  const overrides = [
    ["/xl/workbook.xml", `${CT}.spreadsheetml.sheet.main+xml`],
    ...[1, 2, 3, 4].map((i) => [`/xl/worksheets/sheet${i}.xml`, `${CT}.spreadsheetml.worksheet+xml`]),
    ["/xl/theme/theme1.xml", `${CT}.theme+xml`],
    ["/xl/styles.xml", `${CT}.spreadsheetml.styles+xml`],
    ["/xl/sharedStrings.xml", `${CT}.spreadsheetml.sharedStrings+xml`],
    ["/xl/calcChain.xml", `${CT}.spreadsheetml.calcChain+xml`],
    ["/xl/tables/table1.xml", `${CT}.spreadsheetml.table+xml`],
    ["/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"],
    ["/docProps/app.xml", `${CT}.extended-properties+xml`],
  ];
  const defaults = [
    ["rels", "application/vnd.openxmlformats-package.relationships+xml"],
    ["xml", "application/xml"],
  ];
  put("xl/calcChain.xml", `${XML}<calcChain xmlns="${MAIN}">${Array.from({ length: last - 1 }, (_, i) => `<c r="${onTimeCol}${i + 2}"${i === 0 ? ' i="2" l="1"' : ""}/>`).join("")}</calcChain>`);

  if (excel) {
    const progressRels = [
      `<Relationship Id="rId1" Type="${R}/printerSettings" Target="../printerSettings/printerSettings1.bin"/>`,
      `<Relationship Id="rId2" Type="${R}/hyperlink" Target="file:///D:/%E7%9D%A3%E5%8A%9E/%E4%BC%9A%E8%AE%AE%E7%BA%AA%E8%A6%81.pdf" TargetMode="External"/>`,
      `<Relationship Id="rId3" Type="${R}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/>`,
      `<Relationship Id="rId4" Type="${R}/comments" Target="../comments1.xml"/>`,
      `<Relationship Id="rId5" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/>`,
    ];
    put("xl/worksheets/_rels/sheet2.xml.rels", `${XML}<Relationships xmlns="${PKG}">${progressRels.join("")}</Relationships>`);
    put("xl/printerSettings/printerSettings1.bin", Buffer.from("DEVMODE of the office printer: kept as it is, never read"));
    const threadText = "[线程批注]\n你的 Excel 版本可读取此线程批注; 但如果在更高版本的 Excel 中打开文件，则对批注所做的任何改动都将删除该线程。\n批注:\n    请补充10家企业名单。";
    put("xl/comments1.xml", `${XML}<comments xmlns="${MAIN}" xmlns:mc="${MC}" mc:Ignorable="xr" xmlns:xr="${XR}"><authors><author>tc=${guid(20)}</author></authors><commentList><comment ref="D2" authorId="0" shapeId="0" xr:uid="${guid(20)}"><text><t>${esc(threadText)}</t></text></comment></commentList></comments>`);
    put("xl/threadedComments/threadedComment1.xml", `${XML}<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${MAIN}"><threadedComment ref="D2" dT="2024-07-02T09:15:00.00" personId="${guid(30)}" id="${guid(20)}"><text>请补充10家企业名单。</text></threadedComment></ThreadedComments>`);
    put("xl/persons/person.xml", `${XML}<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${MAIN}"><person displayName="督查室" id="${guid(30)}" userId="督查室" providerId="None"/></personList>`);
    put(
      "xl/drawings/vmlDrawing1.vml",
      '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">\r\n <o:shapelayout v:ext="edit">\r\n  <o:idmap v:ext="edit" data="1"/>\r\n </o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">\r\n  <v:stroke joinstyle="miter"/>\r\n  <v:path gradientshapeok="t" o:connecttype="rect"/>\r\n </v:shapetype><v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;margin-left:300pt;margin-top:15pt;width:108pt;height:59.25pt;z-index:1;visibility:hidden" fillcolor="infoBackground [80]" o:insetmode="auto">\r\n  <v:fill color2="infoBackground [80]"/>\r\n  <v:textbox style="mso-direction-alt:auto"/>\r\n  <x:ClientData ObjectType="Note">\r\n   <x:MoveWithCells/>\r\n   <x:SizeWithCells/>\r\n   <x:AutoFill>False</x:AutoFill>\r\n   <x:Row>1</x:Row>\r\n   <x:Column>3</x:Column>\r\n  </x:ClientData>\r\n </v:shape></xml>',
    );
    rels.push('<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2017/10/relationships/person" Target="persons/person.xml"/>');
    overrides.push(
      ["/xl/comments1.xml", `${CT}.spreadsheetml.comments+xml`],
      ["/xl/threadedComments/threadedComment1.xml", "application/vnd.ms-excel.threadedcomments+xml"],
      ["/xl/persons/person.xml", "application/vnd.ms-excel.person+xml"],
    );
    defaults.push(["bin", `${CT}.spreadsheetml.printerSettings`], ["vml", `${CT}.vmlDrawing`]);
  } else {
    // WPS's photo in a cell: the cell's formula names it, cellimages.xml holds the picture, the workbook reaches it.
    put(
      "xl/cellimages.xml",
      `${XML}<etc:cellImages xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:r="${R}" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:etc="${ETC}"><etc:cellImage><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="${photoId}" descr="现场照片"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1149350" cy="1149350"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic></etc:cellImage></etc:cellImages>`,
    );
    put("xl/_rels/cellimages.xml.rels", `${XML}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/image" Target="media/image1.png"/></Relationships>`);
    put("xl/media/image1.png", PNG);
    rels.push('<Relationship Id="rId9" Type="http://www.wps.cn/officeDocument/2020/cellImage" Target="cellimages.xml"/>');
    overrides.push(["/xl/cellimages.xml", "application/vnd.wps-officedocument.cellimage+xml"], ["/docProps/custom.xml", `${CT}.custom-properties+xml`]);
    defaults.push(["png", "image/png"]);
    put(
      "docProps/custom.xml",
      `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer"><vt:lpwstr>2052-12.1.0.16120</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="ICV"><vt:lpwstr>3F2A1B0C9D8E4F7A6B5C4D3E2F1A0B9C_12</vt:lpwstr></property></Properties>`,
    );
  }

  const sheetsXml = sheetNames.map((n, i) => `<sheet name="${esc(n)}" sheetId="${i + 1}"${i === 3 ? ' state="hidden"' : ""} r:id="rId${i + 1}"/>`).join("");
  const names = `<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">${esc(form.progress.name)}!$A$1:$${lastCol}$${last}</definedName><definedName name="_xlnm.Print_Titles" localSheetId="1">${esc(form.progress.name)}!$1:$1</definedName></definedNames>`;
  put(
    "xl/workbook.xml",
    excel
      ? `${XML}<workbook xmlns="${MAIN}" xmlns:r="${R}" xmlns:mc="${MC}" mc:Ignorable="x15 xr xr6 xr10 xr2" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" xmlns:xr="${XR}" xmlns:xr6="http://schemas.microsoft.com/office/spreadsheetml/2016/revision6" xmlns:xr10="http://schemas.microsoft.com/office/spreadsheetml/2016/revision10" xmlns:xr2="${XR2}"><fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27425"/><workbookPr defaultThemeVersion="166925"/><mc:AlternateContent xmlns:mc="${MC}"><mc:Choice Requires="x15"><x15ac:absPath url="D:\\督办\\2024\\" xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac"/></mc:Choice></mc:AlternateContent><xr:revisionPtr revIDLastSave="0" documentId="13_ncr:1_{${"0".repeat(8)}-0000-0000-0000-000000000000}" xr6:coauthVersionLast="47" xr6:coauthVersionMax="47" xr10:uidLastSave="{00000000-0000-0000-0000-000000000000}"/><bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15720" activeTab="1"${` xr2:uid="${guid(40)}"`}/></bookViews><sheets>${sheetsXml}</sheets>${names}<calcPr calcId="191029"/><extLst><ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:workbookPr chartTrackingRefBase="1"/></ext></extLst></workbook>`
      : `${XML}<workbook xmlns="${MAIN}" xmlns:r="${R}"><workbookPr/><bookViews><workbookView windowWidth="28125" windowHeight="12540" activeTab="1"/></bookViews><sheets>${sheetsXml}</sheets>${names}<calcPr calcId="144525"/></workbook>`,
  );
  put("xl/_rels/workbook.xml.rels", `${XML}<Relationships xmlns="${PKG}">${rels.join("")}</Relationships>`);
  put("xl/theme/theme1.xml", THEME);
  put(
    "xl/styles.xml",
    `${XML}<styleSheet xmlns="${MAIN}" xmlns:mc="${MC}" mc:Ignorable="x14ac x16r2 xr" xmlns:x14ac="${X14AC}" xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main" xmlns:xr="${XR}">` +
      '<numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;;@"/></numFmts>' +
      '<fonts count="3" x14ac:knownFonts="1"><font><sz val="11"/><color theme="1"/><name val="等线"/><family val="2"/><charset val="134"/><scheme val="minor"/></font><font><sz val="9"/><name val="等线"/><family val="3"/><charset val="134"/><scheme val="minor"/></font><font><b/><sz val="11"/><color theme="1"/><name val="等线"/><family val="3"/><charset val="134"/><scheme val="minor"/></font></fonts>' +
      '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/><bgColor indexed="64"/></patternFill></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"><alignment vertical="center"/></xf></cellStyleXfs>' +
      '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"><alignment vertical="center"/></xf><xf numFmtId="176" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"><alignment vertical="center"/></xf><xf numFmtId="0" fontId="2" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf></cellXfs>' +
      '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="1"><dxf><font><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf></dxfs>' +
      '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      `<extLst><ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}" xmlns:x14="${X14}"><x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></ext></extLst></styleSheet>`,
  );
  put(
    "docProps/app.xml",
    `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>${excel ? "Microsoft Excel" : "WPS 表格"}</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>工作表</vt:lpstr></vt:variant><vt:variant><vt:i4>${sheetNames.length}</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="${sheetNames.length}" baseType="lpstr">${sheetNames.map((n) => `<vt:lpstr>${esc(n)}</vt:lpstr>`).join("")}</vt:vector></TitlesOfParts><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>${excel ? "16.0300" : "12.0000"}</AppVersion></Properties>`,
  );
  put(
    "docProps/core.xml",
    `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>区发改局</dc:creator><cp:lastModifiedBy>综合科</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2024-06-20T02:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2024-07-02T09:16:00Z</dcterms:modified></cp:coreProperties>`,
  );
  put("_rels/.rels", `${XML}<Relationships xmlns="${PKG}"><Relationship Id="rId3" Type="${R}/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/>${excel ? "" : `<Relationship Id="rId4" Type="${R}/custom-properties" Target="docProps/custom.xml"/>`}</Relationships>`);
  put(
    "[Content_Types].xml",
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${defaults.map(([e, t]) => `<Default Extension="${e}" ContentType="${t}"/>`).join("")}${overrides.map(([p, t]) => `<Override PartName="${p}" ContentType="${t}"/>`).join("")}</Types>`,
  );
  return parts;
}
