import path from "node:path";
import JSZip from "jszip";

/**
 * Checks of an .xlsx package as a whole: the relationships, content types and docProps/app.xml that tie
 * its parts together, as Excel expects them after the zip-level copy.
 */

export const REL = {
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
  image: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image",
  chartStyle: "http://schemas.microsoft.com/office/2011/relationships/chartStyle",
};

export const CT = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  chartStyle: "application/vnd.ms-office.chartstyle+xml",
};

export function relsOf(part: string): string {
  return `${path.posix.dirname(part)}/_rels/${path.posix.basename(part)}.rels`;
}

function sourceOf(rels: string): string {
  const m = /^(?:(.*)\/)?_rels\/([^/]*)\.rels$/.exec(rels)!;
  return m[2] ? (m[1] ? `${m[1]}/${m[2]}` : m[2]) : "";
}

/** Internal relationships of a part: id, type and the target as a part name. */
export async function relationships(zip: JSZip, part: string): Promise<{ id: string; type: string; target: string }[]> {
  const file = zip.file(part === "" ? "_rels/.rels" : relsOf(part));
  if (!file) return [];
  const xml = await file.async("string");
  const out: { id: string; type: string; target: string }[] = [];
  for (const m of xml.matchAll(/<Relationship\b([^>]*)>/g)) {
    if (/TargetMode="External"/.test(m[1])) continue;
    const target = /\sTarget="([^"]*)"/.exec(m[1])![1];
    out.push({
      id: /\sId="([^"]*)"/.exec(m[1])![1],
      type: /\sType="([^"]*)"/.exec(m[1])![1],
      target: target.startsWith("/") ? target.slice(1) : path.posix.normalize(path.posix.join(path.posix.dirname(part || "."), target)),
    });
  }
  return out;
}

/** The part of a sheet by its name. */
export async function sheetPart(zip: JSZip, name: string): Promise<string> {
  const book = await zip.file("xl/workbook.xml")!.async("string");
  const tag = [...book.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((t) => t.includes(`name="${name}"`));
  if (!tag) throw new Error(`no sheet ${name}`);
  const rid = /r:id="([^"]+)"/.exec(tag)![1];
  return (await relationships(zip, "xl/workbook.xml")).find((r) => r.id === rid)!.target;
}

/**
 * What is wrong with a package: relationships to parts it lacks, content-type overrides for parts it
 * lacks, parts nothing reaches from its root, and a docProps/app.xml whose worksheet list differs from
 * the workbook's. Empty for a consistent package.
 */
export async function packageProblems(zip: JSZip): Promise<string[]> {
  const problems: string[] = [];
  const parts = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  const has = (p: string) => parts.includes(p);
  const reached = new Set<string>([""]);
  const queue = [""];
  while (queue.length) {
    const part = queue.pop()!;
    for (const r of await relationships(zip, part)) {
      if (!has(r.target)) problems.push(`${part || "package"} → missing ${r.target}`);
      else if (!reached.has(r.target)) {
        reached.add(r.target);
        queue.push(r.target);
      }
    }
  }
  for (const p of parts) {
    if (p === "[Content_Types].xml" || p.endsWith(".rels")) continue;
    if (!reached.has(p)) problems.push(`unreferenced ${p}`);
  }
  for (const p of parts.filter((n) => n.endsWith(".rels"))) if (!has(sourceOf(p)) && sourceOf(p) !== "") problems.push(`relationships of a missing part: ${p}`);
  const types = await zip.file("[Content_Types].xml")!.async("string");
  for (const m of types.matchAll(/<Override\b[^>]*PartName="\/([^"]+)"/g)) if (!has(decodeURIComponent(m[1]))) problems.push(`content type of a missing part: ${m[1]}`);
  const app = await zip.file("docProps/app.xml")?.async("string");
  if (app) {
    const listed = appWorksheets(app);
    const actual = await worksheetNames(zip);
    if (JSON.stringify(listed) !== JSON.stringify(actual)) problems.push(`app.xml lists ${JSON.stringify(listed)}, the workbook has ${JSON.stringify(actual)}`);
  }
  return problems;
}

/** The worksheet names of docProps/app.xml (the Worksheets / 工作表 group), with its sizes checked. */
export function appWorksheets(app: string): string[] | string {
  const pairs = [...app.matchAll(/<vt:lpstr>([^<]*)<\/vt:lpstr><\/vt:variant><vt:variant><vt:i4>(\d+)<\/vt:i4>/g)].map((m) => ({ name: m[1], count: Number(m[2]) }));
  const pairsSize = Number(/<HeadingPairs><vt:vector size="(\d+)"/.exec(app)?.[1]);
  const titlesBlock = /<TitlesOfParts><vt:vector size="(\d+)"[^>]*>([\s\S]*?)<\/vt:vector>/.exec(app);
  if (!titlesBlock) return "no TitlesOfParts";
  const titles = [...titlesBlock[2].matchAll(/<vt:lpstr>([^<]*)<\/vt:lpstr>/g)].map((m) => m[1]);
  if (pairsSize !== pairs.length * 2) return `HeadingPairs size ${pairsSize} for ${pairs.length} pairs`;
  if (Number(titlesBlock[1]) !== titles.length) return `TitlesOfParts size ${titlesBlock[1]} for ${titles.length} titles`;
  if (pairs.reduce((n, p) => n + p.count, 0) !== titles.length) return "counts do not add up to the titles";
  let at = 0;
  for (const p of pairs) {
    if (/^(Worksheets|工作表)$/.test(p.name)) return titles.slice(at, at + p.count);
    at += p.count;
  }
  return "no worksheet group";
}

async function worksheetNames(zip: JSZip): Promise<string[]> {
  const book = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await relationships(zip, "xl/workbook.xml");
  return [...book.matchAll(/<sheet\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((t) => rels.find((r) => r.id === /r:id="([^"]+)"/.exec(t)![1])?.type.endsWith("/worksheet"))
    .map((t) => /name="([^"]*)"/.exec(t)![1]);
}

/** A 1×1 PNG. */
export const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==", "base64");

function chartXml(sheet: string): string {
  const ref = `'${sheet}'`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:cat><c:strRef><c:f>${ref}!$B$3:$B$4</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>${ref}!$C$3:$C$4</c:f></c:numRef></c:val></c:ser>` +
    `<c:axId val="1"/><c:axId val="2"/></c:barChart>` +
    `<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>` +
    `<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx>` +
    `</c:plotArea></c:chart></c:chartSpace>`
  );
}

const anchor = (col: number, body: string) =>
  `<xdr:twoCellAnchor><xdr:from><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>${col + 5}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>12</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>${body}<xdr:clientData/></xdr:twoCellAnchor>`;

function drawingXml(chartRid: string, imageRids: string[]): string {
  const chart = `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="${chartRid}"/></a:graphicData></a:graphic></xdr:graphicFrame>`;
  const pic = (rid: string, i: number) =>
    `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="${3 + i}" name="Picture ${i + 1}"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="${rid}"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
    anchor(14, chart) +
    imageRids.map((rid, i) => anchor(20 + 6 * i, pic(rid, i))).join("") +
    `</xdr:wsDr>`
  );
}

function relsXml(rels: { id: string; type: string; target: string }[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join("")}</Relationships>`;
}

/**
 * Gives a sheet a drawing, as Excel saves one: a chart of its own (with a chart style part) and the
 * images named (xl/media/…, added when missing). Returns the drawing's and the chart's part names.
 */
export async function addDrawing(zip: JSZip, sheet: string, n: number, images: string[]): Promise<{ drawing: string; chart: string; style: string }> {
  const part = await sheetPart(zip, sheet);
  const drawing = `xl/drawings/drawing${n}.xml`;
  const chart = `xl/charts/chart${n}.xml`;
  const style = `xl/charts/style${n}.xml`;
  zip.file(drawing, drawingXml("rId1", images.map((_, i) => `rId${i + 2}`)));
  zip.file(relsOf(drawing), relsXml([{ id: "rId1", type: REL.chart, target: `../charts/chart${n}.xml` }, ...images.map((img, i) => ({ id: `rId${i + 2}`, type: REL.image, target: `../media/${img}` }))]));
  zip.file(chart, chartXml(sheet));
  zip.file(relsOf(chart), relsXml([{ id: "rId1", type: REL.chartStyle, target: `style${n}.xml` }]));
  zip.file(style, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cs:chartStyle xmlns:cs="http://schemas.microsoft.com/office/drawing/2012/chartStyle" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" id="201"/>`);
  for (const img of images) if (!zip.file(`xl/media/${img}`)) zip.file(`xl/media/${img}`, PNG);

  const sheetRels = zip.file(relsOf(part)) ? await zip.file(relsOf(part))!.async("string") : relsXml([]);
  const used = [...sheetRels.matchAll(/Id="rId(\d+)"/g)].map((m) => Number(m[1]));
  const rid = `rId${Math.max(0, ...used) + 1}`;
  zip.file(relsOf(part), sheetRels.replace("</Relationships>", `<Relationship Id="${rid}" Type="${REL.drawing}" Target="../drawings/drawing${n}.xml"/></Relationships>`));
  let xml = await zip.file(part)!.async("string");
  if (!xml.includes('xmlns:r="')) xml = xml.replace("<worksheet ", `<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" `);
  const before = /<(legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b/.exec(xml);
  const at = before ? before.index : xml.lastIndexOf("</worksheet>");
  zip.file(part, xml.slice(0, at) + `<drawing r:id="${rid}"/>` + xml.slice(at));

  let types = await zip.file("[Content_Types].xml")!.async("string");
  if (!/Extension="png"/i.test(types)) types = types.replace("</Types>", `<Default Extension="png" ContentType="image/png"/></Types>`);
  types = types.replace(
    "</Types>",
    `<Override PartName="/${drawing}" ContentType="${CT.drawing}"/><Override PartName="/${chart}" ContentType="${CT.chart}"/><Override PartName="/${style}" ContentType="${CT.chartStyle}"/></Types>`,
  );
  zip.file("[Content_Types].xml", types);
  return { drawing, chart, style };
}
