import fc from "fast-check";
import { decodeText, scanXml, XmlDoctypeError, XmlSyntaxError } from "../../../src/hosts/xlsx/xmlScan";

/** Scans `xml` split at `cuts` and records what the sink is handed, text joined and decoded per element. */
async function events(xml: string, cuts: number[] = []): Promise<string[]> {
  const at = [...new Set(cuts.map((c) => Math.min(xml.length, c)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const c of at) {
    pieces.push(xml.slice(from, c));
    from = c;
  }
  pieces.push(xml.slice(from));
  const out: string[] = [];
  let raw = "";
  let cdata = "";
  const flush = () => {
    if (raw || cdata) out.push(`text:${decodeText(raw)}|${cdata}`);
    raw = "";
    cdata = "";
  };
  await scanXml(
    (async function* () {
      for (const p of pieces) yield p;
    })(),
    {
      open(s, start, end, local, nameEnd, empty) {
        flush();
        out.push(`open:${s.slice(local, nameEnd)}${empty ? "/" : ""}:${s.slice(start, end)}`);
      },
      close(s, local, nameEnd) {
        flush();
        out.push(`close:${s.slice(local, nameEnd)}`);
      },
      text(s, start, end, isCdata) {
        if (isCdata) cdata += s.slice(start, end);
        else raw += s.slice(start, end);
      },
    },
  );
  return out;
}

const SHEET =
  '<?xml version="1.0"?>\r\n<x:worksheet xmlns:x="urn:x"><x:sheetData><!-- </x:row> in a comment --><x:row r="1" a=\'>\'>' +
  '<x:c r="A1" t="str"><x:v>a &amp; b&#x4E2D;&#25991;\r\nc</x:v></x:c><x:c r="B1"><x:v><![CDATA[<raw> & ]]]]></x:v></x:c>' +
  "<?pi <x:row>?><x:c/></x:row></x:sheetData></x:worksheet>";

describe("scanXml", () => {
  it("hands out tags, local names and text exactly, comments and processing instructions skipped", async () => {
    const ev = await events(SHEET);
    expect(ev).toContain("open:row:<x:row r=\"1\" a='>'>");
    expect(ev).toContain("text:a & b中文\nc|");
    expect(ev).toContain("text:|<raw> & ]]");
    expect(ev).toContain("open:c/:<x:c/>");
    expect(ev.filter((e) => e.startsWith("open:row"))).toHaveLength(1);
    expect(ev[ev.length - 1]).toBe("close:worksheet");
  });

  it("gives the same events however the part is split into pieces", async () => {
    const whole = await events(SHEET);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: SHEET.length }), { maxLength: 12 }), async (cuts) => {
        expect(await events(SHEET, cuts)).toEqual(whole);
      }),
      { numRuns: 300 },
    );
    // Every single cut position, too.
    for (let c = 0; c <= SHEET.length; c++) expect(await events(SHEET, [c])).toEqual(whole);
  });

  it.each([
    ["mismatched end tag", "<a><b></a></b>"],
    ["unclosed element", "<a><b></b>"],
    ["text outside the root", "<a/>x"],
    ["two roots", "<a/><b/>"],
    ["no root", "  "],
    ["unterminated tag", '<a b="1'],
    ["unterminated comment", "<a><!-- x</a>"],
    ["bare ampersand", "<a>x & y</a>"],
    ["unknown entity", "<a>&nbsp;</a>"],
  ])("refuses XML that is not well-formed: %s", async (_what, xml) => {
    await expect(events(xml)).rejects.toThrow(XmlSyntaxError);
  });

  it("refuses DOCTYPE and ENTITY declarations as such", async () => {
    await expect(events('<!DOCTYPE x [<!ENTITY e "x">]><x>&e;</x>')).rejects.toThrow(XmlDoctypeError);
    await expect(events("<x><!ENTITY e 'x'></x>", [5])).rejects.toThrow(XmlDoctypeError);
  });
});
