/**
 * The 校验 results: counts by severity, then findings grouped by severity → unit → rule, each clickable
 * to select its cell. Grouping is presentation only; the findings come from the core as they are.
 */
import { Finding, SEVERITY_LABEL, Severity } from "../../src/core/findings";
import { h } from "../dom";

const SEVERITIES: Severity[] = ["error", "warning", "info"];

export interface FindingGroup {
  severity: Severity;
  units: { unit: string; rules: { code: string; findings: Finding[] }[]; count: number }[];
  count: number;
}

export function groupFindings(findings: Finding[]): FindingGroup[] {
  return SEVERITIES.map((severity) => {
    const ofSeverity = findings.filter((f) => f.severity === severity);
    const unitNames = [...new Set(ofSeverity.map((f) => f.unit || "（未指明单位）"))];
    const units = unitNames.map((unit) => {
      const ofUnit = ofSeverity.filter((f) => (f.unit || "（未指明单位）") === unit);
      const codes = [...new Set(ofUnit.map((f) => f.code))];
      return { unit, count: ofUnit.length, rules: codes.map((code) => ({ code, findings: ofUnit.filter((f) => f.code === code) })) };
    });
    return { severity, units, count: ofSeverity.length };
  }).filter((g) => g.count > 0);
}

export function renderFindings(findings: Finding[], onSelect: (f: Finding) => void): HTMLElement {
  const groups = groupFindings(findings);
  const counts = h(
    "div",
    { class: "counts", "data-testid": "finding-counts" },
    ...SEVERITIES.map((s) =>
      h("span", { class: `count count-${s}`, "data-severity": s }, `${SEVERITY_LABEL[s]} `, h("b", {}, String(findings.filter((f) => f.severity === s).length))),
    ),
  );
  if (findings.length === 0) return h("div", { class: "findings" }, counts, h("p", { class: "ok" }, "未发现问题。No findings."));
  const list = h(
    "div",
    { class: "findings", "data-testid": "findings" },
    counts,
    ...groups.map((g) =>
      h(
        "details",
        { class: `group group-${g.severity}`, open: g.severity !== "info" },
        h("summary", {}, `${SEVERITY_LABEL[g.severity]}（${g.count}）`),
        ...g.units.map((u) =>
          h(
            "details",
            { class: "unit", open: true },
            h("summary", {}, `${u.unit}（${u.count}）`),
            ...u.rules.map((r) =>
              h(
                "div",
                { class: "rule" },
                h("div", { class: "rule-code" }, `${r.code}（${r.findings.length}）`),
                h(
                  "ul",
                  {},
                  ...r.findings.map((f) =>
                    h(
                      "li",
                      {},
                      h(
                        "button",
                        { class: "finding", type: "button", "data-code": f.code, "data-address": f.address ?? "", title: "定位到单元格 Go to cell", onclick: () => onSelect(f) },
                        h("span", { class: "where" }, f.address ? `${f.sheet}!${f.address}` : f.sheet),
                        " ",
                        f.message,
                      ),
                    ),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
  return list;
}
