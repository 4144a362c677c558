import { validate } from "../../src/app/validate";
import { contractBook } from "../hosts/portContract";
import { describeUseCaseContract } from "./useCaseContract";

const TODAY = "2024-07-10";

/** 校验 twice (the second run regenerates, never adds): 校验结果 and the status columns, the same on every host. */
describeUseCaseContract("validate", {
  book: contractBook,
  run: async (port) => {
    const keep = (a: { findings: { code: string; sheet: string; address: string | null }[] }) => a.findings.map((f) => `${f.code} ${f.sheet}!${f.address ?? ""}`);
    const first = await validate(port, { today: TODAY, keep });
    const second = await validate(port, { today: TODAY, keep });
    return { first, second };
  },
  expectReference: (result, cells) => {
    expect(result.first.kept.length).toBeGreaterThan(3);
    expect(result.second).toEqual(result.first);
    expect(result.first.summary.length).toBeGreaterThan(0);
    expect(cells["校验结果"].length).toBeGreaterThan(result.first.kept.length);
    expect(cells["进展填报"][0]).toContain("校验状态");
    expect(cells["进展填报"][0].filter((h) => h === "校验状态")).toHaveLength(1);
  },
});
