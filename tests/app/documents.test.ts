import { draftBulletinDocument, draftNotices } from "../../src/app/documents";
import { writeDocx } from "../../src/hosts/docx/writeDocx";
import { documentLines } from "../../src/core/bulletin/document";
import { contractBook } from "../hosts/portContract";
import { describeUseCaseContract } from "./useCaseContract";

const TODAY = "2024-07-10";
const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** The 通报 drafted as a document from the open workbook, the workbook left as it was. */
describeUseCaseContract("bulletin document", {
  book: contractBook,
  writes: false,
  run: async (port) => {
    const { kept, file, lines, counts } = await draftBulletinDocument(port, { today: TODAY, office: "区督查室", writeDocument: writeDocx, keep: (a) => a.settings.asOf });
    return { kept, fileName: file.fileName, docx: [...file.bytes.slice(0, 4)], lines, documentLines: documentLines(file.document), counts };
  },
  expectReference: (result, cells) => {
    expect(result.docx).toEqual(ZIP);
    expect(result.lines).toEqual(result.documentLines);
    expect(result.lines.join("\n")).toContain("区督查室");
    expect(result.fileName).toMatch(/\.docx$/);
    expect(Object.keys(cells).sort()).toEqual(contractBook().sheets.map((s) => s.name).sort());
  },
});

/** 督办单 per unit, all of them in one, and the 催办 list. */
describeUseCaseContract("notices", {
  book: contractBook,
  writes: false,
  run: async (port) => {
    const d = await draftNotices(port, { today: TODAY, replyDays: 5, firstNumber: 3, writeDocument: writeDocx, keep: (a) => a.settings.asOf });
    const files = [...d.perUnit, d.all, d.chaseFile];
    return {
      kept: d.kept,
      notices: d.notices.map((n) => [n.code, n.unit, n.colour, n.replyBy, n.items.length].join(" ")),
      chase: d.chase.map((c) => [c.unit, c.taskId, c.period, c.due, c.daysLate].join(" ")),
      files: files.map((f) => [f.fileName, documentLines(f.document).join("\n")]),
      docx: files.map((f) => [...f.bytes.slice(0, 4)]),
    };
  },
  expectReference: (result, cells) => {
    expect(result.notices.length).toBeGreaterThan(0);
    expect(result.notices[0]).toContain("3号");
    expect(result.files.length).toBe(result.notices.length + 2);
    for (const d of result.docx) expect(d).toEqual(ZIP);
    expect(Object.keys(cells).sort()).toEqual(contractBook().sheets.map((s) => s.name).sort());
  },
});
