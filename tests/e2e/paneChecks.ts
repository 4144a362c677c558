/**
 * Checks the Excel and the WPS e2e suites both make on the task pane as its users see it: a tab bar on
 * one line, nothing wider than the pane, findings under their Chinese rule names, the import preview
 * readable as a list, a status line per tab, keyboard use. Each reads the page, never the pane's code.
 */
import type { Page } from "playwright-core";
import { RULES } from "../../src/core/validate/ruleCatalog";

export const WIDTHS = [320, 420] as const;

/** Every tab on one line (same top), the tab bar at most one tab high, and no sideways scrolling of the page. */
export async function expectOneLineTabsAndNoOverflow(page: Page): Promise<void> {
  const box = await page.evaluate(() => {
    const tabs = Array.from(document.querySelectorAll<HTMLElement>("[data-tab]")).map((t) => t.getBoundingClientRect());
    const bar = document.getElementById("tabs")!.getBoundingClientRect();
    return { tops: tabs.map((t) => Math.round(t.top)), tabHeight: Math.max(...tabs.map((t) => t.height)), barHeight: bar.height, scroll: document.documentElement.scrollWidth, width: window.innerWidth };
  });
  expect(new Set(box.tops).size).toBe(1);
  expect(box.barHeight).toBeLessThanOrEqual(box.tabHeight + 2);
  expect(box.scroll).toBeLessThanOrEqual(box.width);
}

/** The rule groups show RULES' Chinese names, the code only in the tooltip (title). */
export async function expectChineseRuleGroups(page: Page): Promise<string[]> {
  const groups = await page.$$eval("details.rule", (els) =>
    els.map((e) => ({ code: e.getAttribute("data-code")!, name: e.querySelector(".rule-name")!.textContent!, summary: e.querySelector("summary")!.textContent!, title: e.querySelector("summary")!.getAttribute("title")! })),
  );
  expect(groups.length).toBeGreaterThan(0);
  for (const g of groups) {
    const rule = (RULES as Record<string, { name: string }>)[g.code];
    expect([g.code, g.name]).toEqual([g.code, rule.name]);
    expect(g.summary).not.toContain(g.code);
    expect(g.title).toContain(g.code);
  }
  return groups.map((g) => g.code);
}

/** The import preview as a list: one entry per task, each task's text and units using most of the pane's width. */
export async function expectReadableImportList(page: Page, minTasks: number): Promise<{ items: number; height: number }> {
  const m = await page.evaluate(() => {
    const list = document.querySelector<HTMLElement>("[data-testid=import-list]")!;
    const items = Array.from(list.querySelectorAll<HTMLElement>(":scope > li"));
    const widths = items.flatMap((li) => Array.from(li.querySelectorAll<HTMLElement>(".task-text, .task-units")).map((e) => e.getBoundingClientRect().width));
    return { items: items.length, minWidth: Math.min(...widths), listWidth: list.getBoundingClientRect().width, height: list.getBoundingClientRect().height };
  });
  expect(m.items).toBeGreaterThanOrEqual(minTasks);
  expect(m.minWidth).toBeGreaterThanOrEqual(m.listWidth * 0.95);
  return { items: m.items, height: m.height };
}

/** The status line of one tab's panel (the one the action ran from). */
export const statusOf = (tab: string) => `[data-status="${tab}"]`;

export async function waitForStatus(page: Page, tab: string, timeout = 60000): Promise<string> {
  await page.waitForSelector(`${statusOf(tab)}.status-ok, ${statusOf(tab)}.status-error`, { timeout });
  return (await page.textContent(statusOf(tab))) ?? "";
}

/** A message from one tab is not shown on another: the other tab's line is empty, the first keeps its own. */
export async function expectStatusStaysInItsTab(page: Page, from: string, to: string): Promise<void> {
  const message = await page.textContent(statusOf(from));
  expect(message).toBeTruthy();
  await page.click(`[data-tab=${to}]`);
  expect(await page.isVisible(`#panel-${to}`)).toBe(true);
  expect(await page.isVisible(`#panel-${from}`)).toBe(false);
  expect((await page.textContent(statusOf(to))) ?? "").toBe("");
  await page.click(`[data-tab=${from}]`);
  expect(await page.textContent(statusOf(from))).toBe(message);
}

/** Arrow keys move between the tabs and show their panels; Tab reaches the panel's main button, Enter runs it. */
export async function expectKeyboardReach(page: Page): Promise<void> {
  await page.focus("#tab-validate");
  await page.keyboard.press("ArrowRight");
  await page.waitForFunction(() => !document.getElementById("panel-rollup")!.hidden);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("tab-rollup");
  for (let i = 0; i < 6 && (await page.evaluate(() => document.activeElement?.id)) !== "btn-rollup"; i++) await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("btn-rollup");
  await page.keyboard.press("Enter");
  expect(await waitForStatus(page, "rollup")).toContain("汇总完成");
}
