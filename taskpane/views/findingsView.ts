/**
 * The 校验 results: counts by severity, then findings grouped by severity → rule, each rule under its
 * Chinese name from the core's rule table (the code and English name in its tooltip), each finding
 * clickable to select its cell. Grouping is presentation only; the findings come from the core as they are.
 */
import { Finding, SEVERITY_LABEL, Severity } from "../../src/core";
import { RULES, RuleCode } from "../../src/core";
import { h } from "../dom";

const SEVERITIES: Severity[] = ["error", "warning", "info"];

interface RuleGroup {
  code: string;
  name: string;
  english: string;
  findings: Finding[];
}

interface FindingGroup {
  severity: Severity;
  rules: RuleGroup[];
  count: number;
}

/** The Chinese name of a rule; a code the table does not know is shown as it is. */
function ruleName(code: string): { name: string; english: string } {
  const rule = (RULES as Record<string, { name: string; english: string } | undefined>)[code as RuleCode];
  return rule ? { name: rule.name, english: rule.english } : { name: code, english: "" };
}

function groupFindings(findings: Finding[]): FindingGroup[] {
  return SEVERITIES.map((severity) => {
    const ofSeverity = findings.filter((f) => f.severity === severity);
    const byCode = new Map<string, Finding[]>();
    for (const f of ofSeverity) byCode.set(f.code, [...(byCode.get(f.code) ?? []), f]);
    const rules = [...byCode].map(([code, list]) => ({ code, ...ruleName(code), findings: list }));
    return { severity, rules, count: ofSeverity.length };
  }).filter((g) => g.count > 0);
}

export function renderFindings(findings: Finding[], onSelect: (f: Finding) => void): HTMLElement {
  const counts = h(
    "div",
    { class: "counts", "data-testid": "finding-counts" },
    ...SEVERITIES.map((s) =>
      h("span", { class: `count count-${s}`, "data-severity": s }, `${SEVERITY_LABEL[s]} `, h("b", {}, String(findings.filter((f) => f.severity === s).length))),
    ),
  );
  if (findings.length === 0) return h("div", { class: "findings" }, counts, h("p", { class: "ok" }, "未发现问题。"));
  return h(
    "div",
    { class: "findings", "data-testid": "findings" },
    counts,
    ...groupFindings(findings).map((g) =>
      h(
        "details",
        { class: `group group-${g.severity}`, open: g.severity !== "info" },
        h("summary", {}, `${SEVERITY_LABEL[g.severity]}（${g.count}）`),
        ...g.rules.map((r) =>
          h(
            "details",
            { class: "rule", "data-code": r.code, open: g.rules.length <= 3 },
            h(
              "summary",
              { title: r.english ? `${r.code} · ${r.english}` : r.code },
              h("span", { class: "rule-name" }, r.name),
              h("span", { class: "n" }, `（${r.findings.length}）`),
            ),
            h(
              "ul",
              { class: "items" },
              ...r.findings.map((f) =>
                h(
                  "li",
                  {},
                  h(
                    "button",
                    { class: "finding", type: "button", "data-code": f.code, "data-address": f.address ?? "", title: "定位到单元格", onclick: () => onSelect(f) },
                    h("span", { class: "where" }, f.address ? `${f.sheet}!${f.address}` : f.sheet),
                    f.unit ? h("span", { class: "unit" }, ` ${f.unit}`) : null,
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
  );
}
