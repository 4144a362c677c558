/**
 * An Excel object model for the adapter tests, built from office-addin-mock proxies: every range, used
 * range and cell-properties result is an OfficeMockObject, so reading a property that was not loaded
 * and synced gives the mock's sentinel string instead of a value. `context.sync()` is counted, syncs
 * every proxy, and then commits the 2-D arrays written to `values` into the sheet grids.
 * office-addin-mock cannot model collections ("items/name" loads), so the worksheet collection is a
 * small hand-written object with the same not-loaded / not-synced behaviour.
 */
// office-addin-mock needs only the OfficeApp enum of office-addin-manifest, whose full entry point pulls
// an ES-module-only dependency jest cannot load; the enum's own file is plain CommonJS.
jest.mock("office-addin-manifest", () => jest.requireActual("office-addin-manifest/lib/officeApp"));
import { OfficeMockObject } from "office-addin-mock";
import { columnLetter, parseRange, quoteSheetName } from "../../../src/core/sheet/address";
import type { ExcelEnvironment } from "../../../src/hosts/excel";

type Scalar = string | number | boolean;

export interface FakeSheetInit {
  name: string;
  rows: Scalar[][];
  /** "r,c" zero-based → text runs of the cell. */
  runs?: Record<string, { text: string; bold: boolean }[]>;
  /** "r,c" of cells whose whole text is bold. */
  bold?: string[];
  merges?: string[];
  /** An autofilter already on the sheet: its range and, by 0-based column of that range, each criterion. */
  autoFilter?: { range: string; criteria?: Record<number, Excel.FilterCriteria> };
}

/** A sheet's autofilter as the mock holds it: its box and the criterion of each filtered column. */
export interface FilterRecord {
  box: { top: number; left: number; bottom: number; right: number };
  criteria: Map<number, Excel.FilterCriteria>;
}

export interface FakeSheet {
  name: string;
  position: number;
  grid: Scalar[][];
  runs: Record<string, { text: string; bold: boolean }[]>;
  bold: Set<string>;
  merges: string[];
  proxy: OfficeMockObject & Record<string, unknown>;
  deleted: boolean;
  page: PageLayoutRecord;
  filter: FilterRecord | null;
}

export interface RangeRecord {
  sheet: FakeSheet;
  address: string;
  proxy: OfficeMockObject & Record<string, any>;
  conditionalFormats: any[];
  cellProperties: unknown[];
  selected: boolean;
}

const NOT_LOADED = "Error, property was not loaded";
const NOT_SYNCED = "Error, context.sync() was not called";

/**
 * An object whose members are only those Excel's own has (ExcelApi as typed in @types/office-js): reading
 * or setting any other throws, as a typo would fail in Excel rather than pass unnoticed.
 */
function strictObject<T extends object>(target: T, label: string): T {
  return new Proxy(target, {
    get(t, key) {
      if (typeof key === "symbol" || key in t || key === "then" || key === "toJSON") return Reflect.get(t, key);
      throw new Error(`ExcelMock: ${label} has no member "${key}"`);
    },
    set(t, key, value) {
      if (typeof key === "symbol" || !(key in t)) throw new Error(`ExcelMock: ${label} has no member "${String(key)}" to set`);
      return Reflect.set(t, key, value);
    },
  });
}

/** What a sheet's pageLayout was given (ExcelApi 1.9), for the print-layout assertions. */
export interface PageLayoutRecord {
  orientation?: string;
  paperSize?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  printGridlines?: boolean;
  leftMargin?: number;
  rightMargin?: number;
  topMargin?: number;
  bottomMargin?: number;
  printTitleRows?: string;
}

const PAPER_TYPES = new Set(["Letter", "LetterSmall", "Tabloid", "Ledger", "Legal", "Statement", "Executive", "A3", "A4", "A4Small", "A5", "B4", "B5"]);

function pageLayoutOf(record: PageLayoutRecord) {
  const layout = {
    get orientation() {
      return record.orientation;
    },
    set orientation(v: string | undefined) {
      if (v !== "Portrait" && v !== "Landscape") throw new Error(`ExcelMock: orientation ${v}`);
      record.orientation = v;
    },
    get paperSize() {
      return record.paperSize;
    },
    set paperSize(v: string | undefined) {
      if (!v || !PAPER_TYPES.has(v)) throw new Error(`ExcelMock: paperSize ${v}`);
      record.paperSize = v;
    },
    get zoom() {
      return record.zoom;
    },
    set zoom(v: PageLayoutRecord["zoom"]) {
      const keys = Object.keys(v ?? {});
      if (!keys.length || keys.some((k) => !["horizontalFitToPages", "verticalFitToPages", "scale"].includes(k))) throw new Error(`ExcelMock: zoom ${JSON.stringify(v)}`);
      record.zoom = { ...v };
    },
    get printGridlines() {
      return record.printGridlines;
    },
    set printGridlines(v: boolean | undefined) {
      if (typeof v !== "boolean") throw new Error("ExcelMock: printGridlines takes a boolean");
      record.printGridlines = v;
    },
    leftMargin: undefined as number | undefined,
    rightMargin: undefined as number | undefined,
    topMargin: undefined as number | undefined,
    bottomMargin: undefined as number | undefined,
    setPrintTitleRows(rows: unknown) {
      if (typeof rows !== "string" || !/^\$\d+:\$\d+$/.test(rows)) throw new Error(`ExcelMock: setPrintTitleRows ${String(rows)}`);
      record.printTitleRows = rows;
    },
  };
  return strictObject(
    new Proxy(layout, {
      set(t, key, value) {
        if (typeof key === "string" && key.endsWith("Margin")) {
          if (typeof value !== "number" || value < 0) throw new Error(`ExcelMock: ${key} ${value}`);
          (record as Record<string, unknown>)[key] = value;
        }
        return Reflect.set(t, key, value);
      },
    }),
    "PageLayout",
  );
}

const FILTER_ON = new Set(["BottomItems", "BottomPercent", "CellColor", "Dynamic", "FontColor", "Values", "TopItems", "TopPercent", "Icon", "Custom"]);
const CRITERIA_KEYS = ["color", "criterion1", "criterion2", "dynamicCriteria", "filterOn", "icon", "operator", "subField", "values"] as const;

/**
 * A criterion as apply() accepts it: the FilterCriteria members only, none of them null (Excel answers
 * InvalidArgument to the nulls its own `criteria` reports, office-js#1226), and what its filterOn needs.
 */
function checkCriterion(c: unknown): Excel.FilterCriteria {
  const bad = (why: string) => Object.assign(new Error(`InvalidArgument: AutoFilter criteria ${why}: ${JSON.stringify(c)}`), { code: "InvalidArgument" });
  if (typeof c !== "object" || c === null) throw bad("must be an object");
  const record = c as Record<string, unknown>;
  for (const [k, v] of Object.entries(record)) {
    if (!(CRITERIA_KEYS as readonly string[]).includes(k)) throw bad(`has no member ${k}`);
    if (v === null) throw bad(`${k} is null`);
  }
  const on = record.filterOn;
  if (typeof on !== "string" || !FILTER_ON.has(on)) throw bad("filterOn");
  if (["Custom", "TopItems", "TopPercent", "BottomItems", "BottomPercent"].includes(on) && typeof record.criterion1 !== "string") throw bad(`${on} needs criterion1`);
  if (on === "Values" && !Array.isArray(record.values)) throw bad("Values needs values");
  if (on === "Dynamic" && typeof record.dynamicCriteria !== "string") throw bad("Dynamic needs dynamicCriteria");
  if ((on === "CellColor" || on === "FontColor") && typeof record.color !== "string") throw bad(`${on} needs color`);
  if (record.criterion2 !== undefined && record.operator === undefined) throw bad("criterion2 needs an operator");
  if (record.operator !== undefined && record.operator !== "And" && record.operator !== "Or") throw bad("operator");
  return JSON.parse(JSON.stringify(c));
}

/** What Excel's `criteria` gives for a column: every member present, the unused ones null (office-js#1226). */
function reportedCriterion(c: Excel.FilterCriteria | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = Object.fromEntries(CRITERIA_KEYS.map((k) => [k, null]));
  out.filterOn = "Custom";
  return c ? { ...out, ...JSON.parse(JSON.stringify(c)) } : out;
}

export function createExcelMock(init: FakeSheetInit[], apiVersion = "1.18") {
  const proxies: OfficeMockObject[] = [];
  const ranges: RangeRecord[] = [];
  const charts: any[] = [];
  const sheets: FakeSheet[] = [];
  const log: string[] = [];
  const pendingResults: (() => void)[] = [];
  let syncs = 0;
  let suspended = 0;
  let collectionState: "none" | "loaded" | "synced" = "none";

  const track = <T extends object>(data: T) => {
    const m = new OfficeMockObject(data as any, "excel" as any) as OfficeMockObject & Record<string, any>;
    proxies.push(m);
    return m;
  };

  // The grid keeps what was written; reading gives what Excel gives, without the apostrophe that marked text.
  const cellAt = (sheet: FakeSheet, r: number, c: number): Scalar => {
    const v = sheet.grid[r]?.[c] ?? "";
    return typeof v === "string" && v.startsWith("'") ? v.slice(1) : v;
  };
  const typeOf = (v: Scalar) => (v === "" ? "Empty" : typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?)$/.test(v) ? "Error" : "String");

  function usedExtent(sheet: FakeSheet) {
    let rows = 0;
    let cols = 0;
    sheet.grid.forEach((row, r) => row.forEach((v, c) => {
      if (v !== "") {
        rows = Math.max(rows, r + 1);
        cols = Math.max(cols, c + 1);
      }
    }));
    return { rows, cols };
  }

  function rangeProxy(sheet: FakeSheet, address: string) {
    const bounds = address.includes(":") && /^[A-Z]+:[A-Z]+$/.test(address) ? null : parseRange(address);
    const values: Scalar[][] = [];
    if (bounds) {
      for (let r = bounds.top; r <= bounds.bottom; r++) {
        const row: Scalar[] = [];
        for (let c = bounds.left; c <= bounds.right; c++) row.push(cellAt(sheet, r, c));
        values.push(row);
      }
    }
    const record: RangeRecord = { sheet, address, proxy: undefined as any, conditionalFormats: [], cellProperties: [], selected: false };
    const proxy = track({
      address: `${sheet.name}!${address}`,
      values,
      valueTypes: values.map((row) => row.map(typeOf)),
      format: { font: { bold: false, size: 11, color: "#000000" }, fill: { color: "#FFFFFF" }, wrapText: false, columnWidth: 48, autofitRows: () => void log.push(`autofitRows ${sheet.name}!${address}`) },
      conditionalFormats: {
        clearAll: () => void log.push(`clearConditionalFormats ${sheet.name}!${address}`),
        add: (type: string) => {
          const cf = { type, cellValue: { format: { fill: {}, font: {} }, rule: undefined }, dataBar: {} };
          record.conditionalFormats.push(cf);
          return cf;
        },
      },
      dataValidation: strictObject({ clear: () => void log.push(`clearValidation ${sheet.name}!${address}`), rule: undefined, errorAlert: undefined, prompt: undefined }, "DataValidation"),
      getCellProperties: (options: any) => {
        const props = values.map((row, r) =>
          row.map((_, c) => {
            const key = `${(bounds?.top ?? 0) + r},${(bounds?.left ?? 0) + c}`;
            const cell: any = { format: { font: { bold: sheet.bold.has(key) } } };
            if (options.textRuns) {
              const runs = sheet.runs[key];
              cell.textRuns = runs ? runs.map((x) => ({ text: x.text, font: { bold: x.bold } })) : [{ text: String(values[r][c]), font: { bold: sheet.bold.has(key) } }];
            }
            return cell;
          }),
        );
        log.push(`getCellProperties ${sheet.name}!${address} textRuns=${!!options.textRuns}`);
        // A ClientResult, not a proxy: no load(), its value arrives with the next sync.
        const result = { value: NOT_SYNCED as unknown };
        pendingResults.push(() => (result.value = props));
        return result;
      },
      setCellProperties: (props: unknown) => void record.cellProperties.push(props),
      getMergedAreasOrNullObject: () => track({ isNullObject: sheet.merges.length === 0, address: sheet.merges.map((m) => `${sheet.name}!${m}`).join(",") }),
      select: () => {
        record.selected = true;
      },
    });
    record.proxy = proxy;
    // The array the proxy hands back once loaded; a write replaces it with a new one.
    (record as any).initialValues = values;
    ranges.push(record);
    return proxy;
  }

  const addressOf = (proxy: unknown) => ranges.find((r) => r.proxy === proxy)?.address ?? "?";

  function addSheet(name: string, rows: Scalar[][] = [], extra: Partial<FakeSheetInit> = {}): FakeSheet {
    const sheet: FakeSheet = {
      name,
      position: sheets.length,
      grid: rows.map((r) => r.slice()),
      runs: extra.runs ?? {},
      bold: new Set(extra.bold ?? []),
      merges: extra.merges ?? [],
      proxy: undefined as any,
      deleted: false,
      page: {},
      filter: null,
    };
    if (extra.autoFilter) {
      const box = parseRange(extra.autoFilter.range)!;
      sheet.filter = { box, criteria: new Map(Object.entries(extra.autoFilter.criteria ?? {}).map(([i, c]) => [Number(i), checkCriterion(c)])) };
    }
    sheet.proxy = track({
      name,
      position: sheet.position,
      getUsedRangeOrNullObject: () => {
        const { rows: n, cols } = usedExtent(sheet);
        return track({ isNullObject: n === 0, rowIndex: 0, columnIndex: 0, rowCount: n, columnCount: cols });
      },
      getRange: (address: string) => rangeProxy(sheet, address),
      delete: () => {
        sheet.deleted = true;
        sheets.splice(sheets.indexOf(sheet), 1);
        log.push(`delete ${name}`);
        // As in Excel: a name pointing into a deleted sheet is left pointing at #REF!.
        for (const n of definedNames) if (n.formula.includes(`${quoteSheetName(name)}!`) || n.formula.includes(`${name}!`)) n.formula = "=#REF!";
      },
      activate: () => void log.push(`activate ${name}`),
      freezePanes: { freezeRows: (n: number) => void log.push(`freezeRows ${name} ${n}`) },
      charts: {
        add: (type: string, source: any, seriesBy: string) => {
          const chart: any = { type, source: `${name}!${addressOf(source)}`, seriesBy, title: {}, legend: {}, series: { getItemAt: () => chart.series0 }, series0: { setXAxisValues: (r: any) => (chart.categories = `${name}!${addressOf(r)}`) }, setPosition: (cell: string) => (chart.position = cell) };
          charts.push(chart);
          return chart;
        },
      },
    }) as any;
    // Outside the mock object, which would copy its members and lose the checks.
    Object.defineProperty(sheet.proxy, "pageLayout", { value: pageLayoutOf(sheet.page), enumerable: true });
    Object.defineProperty(sheet.proxy, "autoFilter", { value: autoFilterOf(sheet), enumerable: true });
    sheets.push(sheet);
    return sheet;
  }
  for (const s of init) addSheet(s.name, s.rows, s);

  /**
   * A sheet's AutoFilter (ExcelApi 1.9): `criteria` readable after load and sync, as it was when loaded;
   * apply() over the filter's own range adds a column's criterion, over another range starts a new filter
   * (the old criteria gone); remove() drops it. Ranges are the mock's own proxies or A1 addresses.
   */
  function autoFilterOf(sheet: FakeSheet) {
    let state: "none" | "loaded" | "synced" = "none";
    let loaded: Record<string, unknown>[] = [];
    const boxOf = (range: unknown) => {
      const address = typeof range === "string" ? range : ranges.find((r) => r.proxy === range && r.sheet === sheet)?.address;
      const box = address ? parseRange(address) : null;
      if (!box || /^[A-Z]+:[A-Z]+$/.test(address ?? "")) throw Object.assign(new Error(`InvalidArgument: AutoFilter.apply range ${String(address)}`), { code: "InvalidArgument" });
      return { box, address: address! };
    };
    const filter = {
      get criteria() {
        if (state === "none") return NOT_LOADED;
        if (state === "loaded") return NOT_SYNCED;
        return loaded;
      },
      load(props: string) {
        for (const p of props.split(",").map((x) => x.trim())) if (p !== "criteria") throw new Error(`ExcelMock: AutoFilter.load ${p} is not modelled`);
        const f = sheet.filter;
        const snapshot = f ? Array.from({ length: f.box.right - f.box.left + 1 }, (_, i) => reportedCriterion(f.criteria.get(i))) : [];
        if (state === "none") state = "loaded";
        pendingResults.push(() => {
          loaded = snapshot;
          state = "synced";
        });
        return filter;
      },
      getRangeOrNullObject: () => {
        const f = sheet.filter;
        return track({
          isNullObject: !f,
          rowIndex: f ? f.box.top : 0,
          columnIndex: f ? f.box.left : 0,
          rowCount: f ? f.box.bottom - f.box.top + 1 : 0,
          columnCount: f ? f.box.right - f.box.left + 1 : 0,
        });
      },
      apply(range: unknown, columnIndex?: number, criteria?: unknown) {
        const { box, address } = boxOf(range);
        const same = sheet.filter && JSON.stringify(sheet.filter.box) === JSON.stringify(box);
        if (columnIndex === undefined) {
          if (criteria !== undefined) throw Object.assign(new Error("InvalidArgument: criteria without a column index"), { code: "InvalidArgument" });
          if (!same) sheet.filter = { box, criteria: new Map() };
          log.push(`autoFilter ${sheet.name} ${sheet.name}!${address}`);
          return;
        }
        if (!Number.isInteger(columnIndex) || columnIndex < 0 || columnIndex > box.right - box.left) throw Object.assign(new Error(`InvalidArgument: column index ${columnIndex}`), { code: "InvalidArgument" });
        const checked = checkCriterion(criteria);
        if (!same) sheet.filter = { box, criteria: new Map() };
        sheet.filter!.criteria.set(columnIndex, checked);
        log.push(`autoFilter ${sheet.name} ${sheet.name}!${address} #${columnIndex}`);
      },
      remove() {
        sheet.filter = null;
        log.push(`removeAutoFilter ${sheet.name}`);
      },
    };
    return strictObject(filter, "AutoFilter");
  }

  const worksheets = {
    get items() {
      if (collectionState === "none") return NOT_LOADED;
      if (collectionState === "loaded") return NOT_SYNCED;
      return sheets.filter((s) => !s.deleted).map((s) => s.proxy);
    },
    load(props: string) {
      const itemProps = props.split(",").map((p) => p.trim().replace(/^items\//, ""));
      for (const s of sheets) s.proxy.load(itemProps.join(","));
      if (collectionState === "none") collectionState = "loaded";
      return worksheets;
    },
    getItem(name: string) {
      const s = sheets.find((x) => x.name === name && !x.deleted);
      if (!s) throw Object.assign(new Error(`ItemNotFound ${name}`), { code: "ItemNotFound" });
      return s.proxy;
    },
    add(name: string) {
      log.push(`add ${name}`);
      return addSheet(name).proxy;
    },
  };

  function commitWrites(): void {
    for (const r of ranges) {
      const v = r.proxy.values;
      if (!Array.isArray(v) || v === (r as any).initialValues) continue;
      const bounds = parseRange(r.address);
      if (!bounds) continue;
      v.forEach((row: Scalar[], i: number) =>
        row.forEach((value, j) => {
          const rr = bounds.top + i;
          while (r.sheet.grid.length <= rr) r.sheet.grid.push([]);
          r.sheet.grid[rr][bounds.left + j] = value;
        }),
      );
      (r as any).initialValues = v;
    }
  }

  // Workbook-level names: items readable only after load + sync, lookups' isNullObject likewise.
  const definedNames: { name: string; formula: string; visible: boolean }[] = [];
  let namesState: "none" | "loaded" | "synced" = "none";
  const lookups: { loaded: boolean; synced: boolean }[] = [];
  const names = {
    get items() {
      if (namesState === "none") return NOT_LOADED;
      if (namesState === "loaded") return NOT_SYNCED;
      return definedNames.map((n) => ({ ...n }));
    },
    load(props: string) {
      if (!/items\/name/.test(props)) throw new Error(`names.load: ${props}`);
      if (namesState === "none") namesState = "loaded";
      return names;
    },
    add(name: string, reference: string) {
      if (typeof reference !== "string" || !reference.startsWith("=")) throw new Error(`names.add: reference ${reference} must be a formula`);
      if (definedNames.some((n) => n.name.toLowerCase() === name.toLowerCase())) throw Object.assign(new Error(`names.add: ${name} exists`), { code: "InvalidArgument" });
      log.push(`name ${name}`);
      const item = { name, formula: reference, visible: true };
      definedNames.push(item);
      return {
        set visible(v: boolean) {
          item.visible = v;
        },
      };
    },
    getItemOrNullObject(name: string) {
      const state = { loaded: false, synced: false };
      lookups.push(state);
      return {
        load(props: string) {
          if (props !== "isNullObject") throw new Error(`name.load: ${props}`);
          state.loaded = true;
        },
        get isNullObject() {
          if (!state.loaded) return NOT_LOADED;
          if (!state.synced) return NOT_SYNCED;
          return !definedNames.some((n) => n.name.toLowerCase() === name.toLowerCase());
        },
        delete() {
          const at = definedNames.findIndex((n) => n.name.toLowerCase() === name.toLowerCase());
          if (at < 0) throw Object.assign(new Error(`delete: no name ${name}`), { code: "ItemNotFound" });
          definedNames.splice(at, 1);
        },
      };
    },
  };

  const context: any = {
    workbook: { worksheets, names },
    application: { suspendApiCalculationUntilNextSync: () => void suspended++ },
    sync: async () => {
      syncs++;
      for (const m of proxies.slice()) await m.sync();
      // office-addin-mock finishes its property updates in later microtasks.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (collectionState === "loaded") collectionState = "synced";
      if (namesState === "loaded") namesState = "synced";
      for (const l of lookups) if (l.loaded) l.synced = true;
      commitWrites();
      pendingResults.splice(0).forEach((settle) => settle());
    },
  };

  const [major, minor] = apiVersion.split(".").map(Number);
  const env: ExcelEnvironment = {
    run: async (batch) => batch(context),
    supports: (set, version) => {
      if (set !== "ExcelApi") return false;
      const [a, b] = version.split(".").map(Number);
      return a < major || (a === major && b <= minor);
    },
  };

  return {
    env,
    context,
    sheets,
    ranges,
    charts,
    log,
    definedNames,
    get syncs() {
      return syncs;
    },
    get suspended() {
      return suspended;
    },
    sheet: (name: string) => sheets.find((s) => s.name === name && !s.deleted),
    /** A sheet's autofilter: its A1 range and each filtered column's criterion, or null. */
    filterOf: (name: string) => {
      const f = sheets.find((s) => s.name === name && !s.deleted)?.filter;
      if (!f) return null;
      const a1 = (r: number, c: number) => `${columnLetter(c)}${r + 1}`;
      return { ref: `${a1(f.box.top, f.box.left)}:${a1(f.box.bottom, f.box.right)}`, criteria: Object.fromEntries(f.criteria) };
    },
    rangesAt: (name: string, address: string) => ranges.filter((r) => r.sheet.name === name && r.address === address && !r.sheet.deleted),
  };
}
