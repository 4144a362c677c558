/// <reference types="et-jsapi-declare" />
/**
 * A strict fake of the WPS ET object model (platforms.md §B5), typed against the published declarations
 * (npm et-jsapi-declare) so drift shows at compile time. Strict: reading or writing a member the fake does
 * not define throws, like a typo would in WPS. Synchronous, 1-based collections, `Value2` a scalar for one
 * cell and a 2-D array otherwise, empty cells read as `undefined` (the real value is unverified), numeric
 * enum constants only, `Font.Bold` / `MergeCells` null over mixed ranges (VBA semantics, unverified in WPS).
 *
 * Self-contained on purpose (type imports only): the e2e test transpiles this file alone and injects it
 * into the page before the task pane loads.
 */

export type FakeValue = string | number | boolean | null;
export type FakeRich = { richText: { text: string; bold: boolean }[] };
export type FakeInput = FakeValue | FakeRich | { error: string };

export interface FakeSheetInput {
  name: string;
  rows: FakeInput[][];
  merges?: string[];
  /** "r,c" zero-based cells whose whole text is bold. */
  boldCells?: string[] | Set<string>;
  /** An autofilter already on the sheet: its range and, by 1-based field, each filtered column. */
  autoFilter?: { range: string; fields?: Record<number, FakeFilterField> };
}

/** One filtered column: Criteria1, the XlAutoFilterOperator (0: one criterion), Criteria2 with and / or. */
export interface FakeFilterField {
  criteria1: unknown;
  operator: number;
  criteria2?: unknown;
}

export interface FakeOptions {
  /** Some builds spell the task-pane factory CreateTaskpane. */
  taskPaneMember?: "CreateTaskPane" | "CreateTaskpane";
  /** Members found only on `window.wps`, not on `window.Application`. */
  onlyOnWps?: string[];
  /** Members exposed as zero-argument methods instead of properties ("ActiveWorkbook", "UsedRange", …). */
  asMethods?: string[];
  /** Throws from this member ("Value2=" for a write, "Characters" for a call) to test error paths. */
  failOn?: string;
  /** Rejects AddCustomFunction (an old build, before 12.1.0.20540). */
  noCustomFunctions?: boolean;
}

interface Cell {
  value: FakeValue;
  formula?: string;
  /** Per-character bold flags; undefined when the cell has one font. */
  chars?: boolean[];
  bold: boolean;
  numberFormat: string;
  wrap: boolean;
  fill: number | null;
  comment: string | null;
  prefix: boolean;
}

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface FakeValidation {
  box: Box;
  Type: number;
  AlertStyle: number;
  Operator: number;
  Formula1: string;
  ErrorTitle: string;
  ErrorMessage: string;
  InputTitle: string;
  InputMessage: string;
  ShowError: boolean;
  ShowInput: boolean;
  IgnoreBlank: boolean;
  InCellDropdown: boolean;
}

export interface FakeCondition {
  box: Box;
  kind: "cellValue" | "databar";
  Type: number;
  Operator: number;
  Formula1: string;
  fill: number | null;
  fontColor: number | null;
  min?: [number, string | undefined];
  max?: [number, string | undefined];
}

export interface FakeSheet {
  name: string;
  cells: Map<string, Cell>;
  merges: Box[];
  widths: Map<number, number>;
  validations: FakeValidation[];
  conditions: FakeCondition[];
  links: { row: number; col: number; subAddress: string; text: string }[];
  /** What PageSetup was given (members never set are absent). */
  page: Partial<Record<PageMember, unknown>>;
  /** Rows whose height was fitted to their text (Rows.AutoFit), as "first:last" 1-based. */
  autofit: string[];
  /** The sheet's autofilter: its box and its filtered columns by 1-based field; null when it has none. */
  filter: { box: Box; fields: Map<number, FakeFilterField> } | null;
}

/** The PageSetup members the fake models; any other read or write throws like a typo would in WPS. */
type PageMember = "Orientation" | "PaperSize" | "Zoom" | "FitToPagesWide" | "FitToPagesTall" | "PrintTitleRows" | "PrintGridlines" | "LeftMargin" | "RightMargin" | "TopMargin" | "BottomMargin";

/** COM error variant of #NAME?: what a formula the fake cannot evaluate reads back as. */
export const NAME_ERROR = -2146826259;

const MAX_ROWS = 1048576;
const MAX_COLS = 16384;
const INSPECTION = new Set(["then", "toJSON", "asymmetricMatch", "$$typeof", "nodeType", "tagName", "constructor", "@@__IMMUTABLE_ITERABLE__@@", "@@__IMMUTABLE_RECORD__@@"]);

/** Wraps an object so unknown members throw; methods keep their object as `this`. */
function strict<T extends object>(target: T, label: string, fake: FakeEt): T {
  return new Proxy(target, {
    get(t, key) {
      if (typeof key === "symbol") return Reflect.get(t, key, t);
      if (!(key in t)) {
        if (INSPECTION.has(key)) return undefined;
        throw new Error(`FakeET: ${label} has no member "${key}"`);
      }
      fake.count(`${label}.${key}`);
      if (fake.options.failOn === key) throw new Error(`FakeET: injected failure in ${key}`);
      const value = Reflect.get(t, key, t);
      return typeof value === "function" && !fake.options.asMethods?.includes(key) ? value.bind(t) : value;
    },
    set(t, key, value) {
      if (typeof key === "symbol" || !(key in t)) throw new Error(`FakeET: ${label} has no member "${String(key)}" to set`);
      fake.count(`${label}.${key}=`);
      if (fake.options.failOn === `${key}=`) throw new Error(`FakeET: injected failure in ${key}=`);
      return Reflect.set(t, key, value, t);
    },
    has(t, key) {
      return key in t;
    },
  });
}

function letters(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function colIndex(text: string): number {
  let n = 0;
  for (const ch of text.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "A1", "$A$1:B2", "A:C", "3:5" → a box; throws like COM on anything else. */
export function parseArea(text: string): Box {
  const t = text.trim().replace(/\$/g, "");
  let m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/i.exec(t);
  if (m) {
    const r1 = Number(m[2]) - 1;
    const c1 = colIndex(m[1]);
    const r2 = m[4] ? Number(m[4]) - 1 : r1;
    const c2 = m[3] ? colIndex(m[3]) : c1;
    if (r1 < 0 || r2 < 0) throw new Error(`FakeET: bad address ${text}`);
    return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
  }
  m = /^([A-Z]{1,3}):([A-Z]{1,3})$/i.exec(t);
  if (m) return { top: 0, bottom: MAX_ROWS - 1, left: Math.min(colIndex(m[1]), colIndex(m[2])), right: Math.max(colIndex(m[1]), colIndex(m[2])) };
  m = /^(\d+):(\d+)$/.exec(t);
  if (m) return { top: Number(m[1]) - 1, bottom: Number(m[2]) - 1, left: 0, right: MAX_COLS - 1 };
  throw new Error(`FakeET: Range("${text}") is not an address`);
}

function boxAddress(b: Box, rowAbs = true, colAbs = true): string {
  const c = (col: number) => (colAbs ? "$" : "") + letters(col);
  const r = (row: number) => (rowAbs ? "$" : "") + (row + 1);
  const one = `${c(b.left)}${r(b.top)}`;
  return b.top === b.bottom && b.left === b.right ? one : `${one}:${c(b.right)}${r(b.bottom)}`;
}

function overlaps(a: Box, b: Box): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

function blankCell(): Cell {
  return { value: null, bold: false, numberFormat: "General", wrap: false, fill: null, comment: null, prefix: false };
}

/** The three-state answer of a property over many cells. */
function agree<T>(values: T[]): T | null {
  if (values.length === 0) return null;
  return values.every((v) => v === values[0]) ? values[0] : null;
}

class FakeFont implements Pick<Et.Font, "Bold" | "Color"> {
  constructor(private readonly getBolds: () => boolean[], private readonly setBold: (b: boolean) => void, private readonly colorRef: { color: number }) {}
  get Bold(): boolean {
    return agree(this.getBolds()) as boolean;
  }
  set Bold(value: boolean) {
    this.setBold(Boolean(value));
  }
  get Color(): number {
    return this.colorRef.color;
  }
  set Color(value: number) {
    this.colorRef.color = value;
  }
}

class FakeCharacters implements Pick<Et.Characters, "Font" | "Text" | "Count"> {
  constructor(private readonly fake: FakeEt, private readonly cell: Cell, private readonly start: number, private readonly length: number) {}
  private flags(): boolean[] {
    const text = String(this.cell.value ?? "");
    const chars = this.cell.chars ?? new Array<boolean>(text.length).fill(this.cell.bold);
    return chars.slice(this.start, this.start + this.length);
  }
  get Font(): Et.Font {
    const font = new FakeFont(
      () => this.flags(),
      (b) => {
        const text = String(this.cell.value ?? "");
        const chars = this.cell.chars ?? new Array<boolean>(text.length).fill(this.cell.bold);
        for (let i = this.start; i < Math.min(text.length, this.start + this.length); i++) chars[i] = b;
        this.cell.chars = chars;
        this.cell.bold = chars.length > 0 && chars.every((x) => x);
      },
      { color: 0 },
    );
    return strict(font, "Font", this.fake) as unknown as Et.Font;
  }
  get Text(): string {
    return String(this.cell.value ?? "").slice(this.start, this.start + this.length);
  }
  set Text(_value: string) {
    throw new Error("FakeET: Characters.Text is read-only here");
  }
  get Count(): number {
    return this.flags().length;
  }
}

class FakeValidationObject implements Pick<Et.Validation, "Add" | "Delete" | "ErrorTitle" | "ErrorMessage" | "InputTitle" | "InputMessage" | "ShowError" | "ShowInput" | "IgnoreBlank" | "InCellDropdown" | "Type" | "Formula1" | "Operator" | "AlertStyle"> {
  constructor(private readonly sheet: FakeSheet, private readonly box: Box) {}
  private current(): FakeValidation {
    const v = this.sheet.validations.find((x) => overlaps(x.box, this.box));
    if (!v) throw new Error("FakeET: no validation in this range (Add first)");
    return v;
  }
  Add(Type: number, AlertStyle = 1, Operator = 1, Formula1 = ""): void {
    if (typeof Type !== "number") throw new Error("FakeET: Validation.Add takes a numeric XlDVType");
    if (this.sheet.validations.some((x) => overlaps(x.box, this.box))) throw new Error("FakeET: Validation.Add over an existing validation (Delete first)");
    this.sheet.validations.push({ box: this.box, Type, AlertStyle, Operator, Formula1: String(Formula1), ErrorTitle: "", ErrorMessage: "", InputTitle: "", InputMessage: "", ShowError: true, ShowInput: true, IgnoreBlank: true, InCellDropdown: true });
  }
  Delete(): void {
    this.sheet.validations = this.sheet.validations.filter((x) => !overlaps(x.box, this.box));
  }
  get Type(): number { return this.current().Type; }
  get Formula1(): string { return this.current().Formula1; }
  get Operator(): number { return this.current().Operator; }
  get AlertStyle(): number { return this.current().AlertStyle; }
  get ErrorTitle(): string { return this.current().ErrorTitle; }
  set ErrorTitle(v: string) { this.current().ErrorTitle = v; }
  get ErrorMessage(): string { return this.current().ErrorMessage; }
  set ErrorMessage(v: string) { this.current().ErrorMessage = v; }
  get InputTitle(): string { return this.current().InputTitle; }
  set InputTitle(v: string) { this.current().InputTitle = v; }
  get InputMessage(): string { return this.current().InputMessage; }
  set InputMessage(v: string) { this.current().InputMessage = v; }
  get ShowError(): boolean { return this.current().ShowError; }
  set ShowError(v: boolean) { this.current().ShowError = v; }
  get ShowInput(): boolean { return this.current().ShowInput; }
  set ShowInput(v: boolean) { this.current().ShowInput = v; }
  get IgnoreBlank(): boolean { return this.current().IgnoreBlank; }
  set IgnoreBlank(v: boolean) { this.current().IgnoreBlank = v; }
  get InCellDropdown(): boolean { return this.current().InCellDropdown; }
  set InCellDropdown(v: boolean) { this.current().InCellDropdown = v; }
}

class FakeFormatConditions implements Pick<Et.FormatConditions, "Count" | "Add" | "AddDatabar" | "Delete" | "Item"> {
  constructor(private readonly fake: FakeEt, private readonly sheet: FakeSheet, private readonly box: Box) {}
  private mine(): FakeCondition[] {
    return this.sheet.conditions.filter((c) => overlaps(c.box, this.box));
  }
  get Count(): number {
    return this.mine().length;
  }
  Item(Index: number): any {
    const c = this.mine()[Index - 1];
    if (!c) throw new Error(`FakeET: FormatConditions.Item(${Index}) out of range`);
    return this.wrap(c);
  }
  private wrap(c: FakeCondition): any {
    const fake = this.fake;
    const colorOf = (key: "fill" | "fontColor") => ({ get color() { return c[key] ?? 0; }, set color(v: number) { c[key] = v; } });
    const interior = strict({ get Color() { return c.fill; }, set Color(v: number | null) { c.fill = v; } }, "Interior", fake);
    const font = strict(new FakeFont(() => [false], () => undefined, colorOf("fontColor")), "Font", fake);
    return strict({ Type: c.Type, Operator: c.Operator, Formula1: c.Formula1, Interior: interior, Font: font }, "FormatCondition", fake);
  }
  Add(Type: number, Operator?: any, Formula1?: any): any {
    if (typeof Type !== "number" || (Operator !== undefined && typeof Operator !== "number")) throw new Error("FakeET: FormatConditions.Add takes numeric XlFormatConditionType / operator");
    const c: FakeCondition = { box: this.box, kind: "cellValue", Type, Operator: Operator ?? 0, Formula1: String(Formula1 ?? ""), fill: null, fontColor: null };
    this.sheet.conditions.push(c);
    return this.wrap(c);
  }
  AddDatabar(): any {
    const c: FakeCondition = { box: this.box, kind: "databar", Type: 4, Operator: 0, Formula1: "", fill: null, fontColor: null };
    this.sheet.conditions.push(c);
    const point = (key: "min" | "max") =>
      strict({ Modify: (newtype: number, newvalue?: string) => {
        if (typeof newtype !== "number") throw new Error("FakeET: ConditionValue.Modify takes a numeric type");
        c[key] = [newtype, newvalue];
      } }, "ConditionValue", this.fake);
    return strict({ MinPoint: point("min"), MaxPoint: point("max") }, "Databar", this.fake);
  }
  Delete(): void {
    this.sheet.conditions = this.sheet.conditions.filter((c) => !overlaps(c.box, this.box));
  }
}

type RangeMembers = "AutoFilter" | "Value2" | "Formula" | "NumberFormat" | "WrapText" | "ColumnWidth" | "MergeCells" | "MergeArea" | "Row" | "Column" | "Rows" | "Columns" | "Count" | "Font" | "Interior" | "Validation" | "FormatConditions" | "Comment" | "Address" | "Characters" | "AddComment" | "ClearComments" | "Clear" | "Select" | "Merge" | "Cells" | "Text";

class FakeRange implements Pick<Et.Range, RangeMembers> {
  constructor(private readonly fake: FakeEt, private readonly sheet: FakeSheet, readonly areas: Box[]) {}

  private get box(): Box {
    if (this.areas.length !== 1) throw new Error("FakeET: this member needs a single-area range");
    return this.areas[0];
  }
  private cellAt(r: number, c: number, create: boolean): Cell | undefined {
    const key = `${r},${c}`;
    let cell = this.sheet.cells.get(key);
    if (!cell && create) {
      cell = blankCell();
      this.sheet.cells.set(key, cell);
    }
    return cell;
  }
  /** Every cell position of the range, clipped to the used area for whole rows/columns. */
  private positions(): [number, number][] {
    const out: [number, number][] = [];
    for (const b of this.areas) {
      const bottom = Math.min(b.bottom, this.fake.extentOf(this.sheet).bottom);
      const right = Math.min(b.right, this.fake.extentOf(this.sheet).right);
      for (let r = b.top; r <= bottom; r++) for (let c = b.left; c <= right; c++) out.push([r, c]);
    }
    return out;
  }
  private each(fn: (cell: Cell) => void): void {
    for (const [r, c] of this.positions()) fn(this.cellAt(r, c, true)!);
  }
  private readCell(r: number, c: number): unknown {
    const cell = this.cellAt(r, c, false);
    if (!cell) return undefined;
    if (cell.formula !== undefined) return NAME_ERROR;
    return cell.value === null ? undefined : cell.value;
  }

  get Value2(): any {
    const b = this.box;
    if (b.top === b.bottom && b.left === b.right) return this.readCell(b.top, b.left);
    const rows: unknown[][] = [];
    for (let r = b.top; r <= b.bottom; r++) {
      const row: unknown[] = [];
      for (let c = b.left; c <= b.right; c++) row.push(this.readCell(r, c));
      rows.push(row);
    }
    return rows;
  }
  set Value2(value: any) {
    const b = this.box;
    const height = b.bottom - b.top + 1;
    const width = b.right - b.left + 1;
    if (Array.isArray(value)) {
      if (value.length !== height || value.some((row) => !Array.isArray(row) || row.length !== width)) {
        throw new Error(`FakeET: Value2 array is not ${height}×${width}`);
      }
    }
    for (let r = 0; r < height; r++) {
      for (let c = 0; c < width; c++) {
        const v = Array.isArray(value) ? value[r][c] : value;
        if (Array.isArray(v) || (typeof v === "object" && v !== null)) throw new Error("FakeET: Value2 cells take scalars");
        this.store(this.cellAt(b.top + r, b.left + c, true)!, v);
      }
    }
  }
  /** What typing into a cell does: ' keeps text, = makes a formula, a numeric text becomes a number. */
  private store(cell: Cell, v: unknown): void {
    cell.chars = undefined;
    cell.formula = undefined;
    cell.prefix = false;
    if (v === undefined || v === null || v === "") {
      cell.value = null;
    } else if (typeof v === "string" && v.startsWith("'")) {
      cell.value = v.slice(1);
      cell.prefix = true;
    } else if (typeof v === "string" && v.startsWith("=") && v.length > 1) {
      cell.formula = v;
      cell.value = null;
    } else if (typeof v === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(v)) {
      cell.value = Number(v);
    } else if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") {
      cell.value = v;
    } else {
      throw new Error(`FakeET: cannot store ${typeof v}`);
    }
  }
  get Formula(): string {
    const cell = this.cellAt(this.box.top, this.box.left, false);
    return cell?.formula ?? (cell?.value === null || cell === undefined ? "" : String(cell.value));
  }
  get Text(): string {
    const cell = this.cellAt(this.box.top, this.box.left, false);
    return cell?.value === null || cell === undefined ? "" : String(cell.value);
  }
  get NumberFormat(): string {
    return agree(this.positions().map(([r, c]) => this.cellAt(r, c, false)?.numberFormat ?? "General")) as string;
  }
  set NumberFormat(value: string) {
    if (typeof value !== "string") throw new Error("FakeET: NumberFormat takes text");
    this.each((cell) => (cell.numberFormat = value));
  }
  get WrapText(): boolean {
    return agree(this.positions().map(([r, c]) => this.cellAt(r, c, false)?.wrap ?? false)) as boolean;
  }
  set WrapText(value: boolean) {
    this.each((cell) => (cell.wrap = Boolean(value)));
  }
  get ColumnWidth(): number {
    return this.sheet.widths.get(this.box.left) ?? 8.38;
  }
  set ColumnWidth(value: number) {
    if (typeof value !== "number" || value < 0 || value > 255) throw new Error("FakeET: ColumnWidth out of range");
    for (let c = this.box.left; c <= this.box.right; c++) this.sheet.widths.set(c, value);
  }
  private mergeOf(r: number, c: number): Box | undefined {
    return this.sheet.merges.find((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
  }
  get MergeCells(): boolean {
    const b = this.box;
    const flags: boolean[] = [];
    for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) flags.push(this.mergeOf(r, c) !== undefined);
    return agree(flags) as boolean;
  }
  set MergeCells(value: boolean) {
    if (value) this.Merge();
  }
  Merge(): void {
    this.sheet.merges.push({ ...this.box });
  }
  get MergeArea(): Et.Range {
    const b = this.box;
    const m = this.mergeOf(b.top, b.left) ?? { top: b.top, left: b.left, bottom: b.top, right: b.left };
    return this.fake.range(this.sheet, [m]);
  }
  get Row(): number {
    return this.areas[0].top + 1;
  }
  get Column(): number {
    return this.areas[0].left + 1;
  }
  get Rows(): Et.Range {
    const b = this.box;
    const sheet = this.sheet;
    return strict({ Count: b.bottom - b.top + 1, AutoFit: () => void sheet.autofit.push(`${b.top + 1}:${b.bottom + 1}`) }, "Rows", this.fake) as unknown as Et.Range;
  }
  get Columns(): Et.Range {
    const b = this.box;
    return strict({ Count: b.right - b.left + 1 }, "Columns", this.fake) as unknown as Et.Range;
  }
  get Count(): number {
    return this.areas.reduce((n, b) => n + (b.bottom - b.top + 1) * (b.right - b.left + 1), 0);
  }
  get Cells(): Et.Range {
    return this.fake.range(this.sheet, this.areas);
  }
  get Font(): Et.Font {
    const ref = { color: 0 };
    const bolds = () =>
      this.positions().flatMap(([r, c]) => {
        const cell = this.cellAt(r, c, false);
        if (!cell) return [false];
        return cell.chars && cell.chars.length > 0 ? cell.chars : [cell.bold];
      });
    const set = (b: boolean) => this.each((cell) => ((cell.bold = b), (cell.chars = undefined)));
    return strict(new FakeFont(bolds, set, ref), "Font", this.fake) as unknown as Et.Font;
  }
  get Interior(): Et.Interior {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the literal's accessors have their own `this`
    const self = this;
    const interior = {
      get Color(): number | null {
        return agree(self.positions().map(([r, c]) => self.cellAt(r, c, false)?.fill ?? 16777215));
      },
      set Color(v: number | null) {
        if (typeof v !== "number") throw new Error("FakeET: Interior.Color takes a BGR number");
        self.each((cell) => (cell.fill = v));
      },
    };
    return strict(interior, "Interior", this.fake) as unknown as Et.Interior;
  }
  get Validation(): Et.Validation {
    return strict(new FakeValidationObject(this.sheet, this.box), "Validation", this.fake) as unknown as Et.Validation;
  }
  get FormatConditions(): Et.FormatConditions {
    return strict(new FakeFormatConditions(this.fake, this.sheet, this.box), "FormatConditions", this.fake) as unknown as Et.FormatConditions;
  }
  get Comment(): Et.Comment {
    const cell = this.cellAt(this.box.top, this.box.left, false);
    if (!cell || cell.comment === null) return null as unknown as Et.Comment;
    return strict({ Text: () => cell.comment ?? "" }, "Comment", this.fake) as unknown as Et.Comment;
  }
  AddComment(Text?: string): Et.Comment {
    const cell = this.cellAt(this.box.top, this.box.left, true)!;
    if (cell.comment !== null) throw new Error("FakeET: the cell already has a comment (ClearComments first)");
    cell.comment = Text ?? "";
    return this.Comment;
  }
  ClearComments(): void {
    for (const [r, c] of this.positions()) {
      const cell = this.cellAt(r, c, false);
      if (cell) cell.comment = null;
    }
  }
  Address(RowAbsolute = true, ColumnAbsolute = true): string {
    return this.areas.map((b) => boxAddress(b, RowAbsolute, ColumnAbsolute)).join(",");
  }
  Characters(Start = 1, Length?: number): Et.Characters {
    const b = this.box;
    if (b.top !== b.bottom || b.left !== b.right) throw new Error("FakeET: Characters on more than one cell");
    const cell = this.cellAt(b.top, b.left, true)!;
    if (typeof cell.value !== "string") throw new Error("FakeET: Characters of a non-text cell");
    const len = Length ?? cell.value.length - Start + 1;
    if (Start < 1 || len < 0) throw new Error("FakeET: Characters start is 1-based");
    return strict(new FakeCharacters(this.fake, cell, Start - 1, len), "Characters", this.fake) as unknown as Et.Characters;
  }
  Clear(): boolean {
    for (const b of this.areas) {
      for (const key of [...this.sheet.cells.keys()]) {
        const [r, c] = key.split(",").map(Number);
        if (r >= b.top && r <= b.bottom && c >= b.left && c <= b.right) this.sheet.cells.delete(key);
      }
      this.sheet.merges = this.sheet.merges.filter((m) => !overlaps(m, b));
      this.sheet.links = this.sheet.links.filter((l) => !(l.row >= b.top && l.row <= b.bottom && l.col >= b.left && l.col <= b.right));
    }
    return true;
  }
  Select(): boolean {
    this.fake.selection = { sheet: this.sheet.name, address: this.Address(false, false) };
    return true;
  }
  /**
   * No arguments: toggles the sheet's filter arrows over this range. A field (1-based, within the range)
   * filters that column, starting the filter here when the sheet has none; over a range other than the
   * sheet's live filter it throws (not modelled: ET's handling is unverified, turn AutoFilterMode off
   * first). Operators are XlAutoFilterOperator numbers; and / or need Criteria2, the others take none
   * (but a value list's date groups).
   */
  AutoFilter(Field?: any, Criteria1?: any, Operator?: any, Criteria2?: any, VisibleDropDown?: any): any {
    const b = this.box;
    if (VisibleDropDown !== undefined) throw new Error("FakeET: AutoFilter VisibleDropDown is not modelled");
    if (Field === undefined) {
      if (Criteria1 !== undefined || Operator !== undefined || Criteria2 !== undefined) throw new Error("FakeET: AutoFilter criteria without a Field");
      this.sheet.filter = this.sheet.filter ? null : { box: { ...b }, fields: new Map() };
      return true;
    }
    if (typeof Field !== "number" || !Number.isInteger(Field) || Field < 1 || Field > b.right - b.left + 1) throw new Error(`FakeET: AutoFilter Field ${Field} outside the range (1-based)`);
    if (Operator !== undefined && (typeof Operator !== "number" || !Number.isInteger(Operator) || Operator < 1 || Operator > 14)) throw new Error(`FakeET: AutoFilter Operator ${Operator} is not an XlAutoFilterOperator`);
    const pair = Operator === 1 || Operator === 2;
    if (pair && Criteria2 === undefined) throw new Error("FakeET: AutoFilter xlAnd / xlOr needs Criteria2");
    if (!pair && Operator !== 7 && Criteria2 !== undefined) throw new Error("FakeET: AutoFilter Criteria2 without xlAnd / xlOr");
    if (Criteria1 !== undefined && typeof Criteria1 !== "string" && typeof Criteria1 !== "number" && !Array.isArray(Criteria1)) throw new Error("FakeET: AutoFilter Criteria1 takes text, a number or an array");
    const live = this.sheet.filter;
    if (live && JSON.stringify(live.box) !== JSON.stringify(b)) throw new Error("FakeET: AutoFilter on a range other than the sheet's filter is not modelled (set AutoFilterMode false first)");
    if (!live) this.sheet.filter = { box: { ...b }, fields: new Map() };
    this.sheet.filter!.fields.set(Field, { criteria1: Criteria1, operator: Operator ?? 0, ...(Criteria2 !== undefined ? { criteria2: Criteria2 } : {}) });
    return true;
  }
}

export interface CustomFunctionRecord {
  namespace: string;
  name: string;
  fn: (...args: unknown[]) => unknown;
  metadata?: unknown;
}

export class FakeEt {
  readonly sheets: FakeSheet[] = [];
  readonly calls = new Map<string, number>();
  readonly functions: CustomFunctionRecord[] = [];
  readonly panes: { ID: number; url: string; title?: string; Visible: boolean; navigations: string[] }[] = [];
  readonly storage = new Map<string, string>();
  readonly flags = { ScreenUpdating: true, Calculation: -4105, EnableEvents: true, DisplayAlerts: true };
  /** Every write to the four application flags, in order: [name, value]. */
  readonly flagLog: [string, unknown][] = [];
  selection: { sheet: string; address: string } | null = null;
  activeSheet = "";
  hasWorkbook = true;

  constructor(readonly options: FakeOptions = {}) {}

  count(member: string): void {
    this.calls.set(member, (this.calls.get(member) ?? 0) + 1);
  }

  callCount(prefix: string): number {
    let n = 0;
    for (const [k, v] of this.calls) if (k === prefix || k.startsWith(prefix)) n += v;
    return n;
  }

  extentOf(sheet: FakeSheet): Box {
    let bottom = 0;
    let right = 0;
    for (const key of sheet.cells.keys()) {
      const [r, c] = key.split(",").map(Number);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
    return { top: 0, left: 0, bottom, right };
  }

  range(sheet: FakeSheet, areas: Box[]): Et.Range {
    return strict(new FakeRange(this, sheet, areas), "Range", this) as unknown as Et.Range;
  }

  /** Loads a workbook: rich text becomes per-character bold, boldCells whole-cell bold, merges merged. */
  load(book: { sheets: FakeSheetInput[] }): this {
    for (const input of book.sheets) {
      const sheet = this.addSheet(input.name);
      input.rows.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v === null || v === undefined || v === "") return;
          const cell = blankCell();
          if (typeof v === "object" && "richText" in v) {
            cell.value = v.richText.map((x) => x.text).join("");
            cell.chars = v.richText.flatMap((x) => Array.from(x.text, () => x.bold));
          } else if (typeof v === "object" && "error" in v) {
            cell.formula = `=${v.error}`;
          } else {
            cell.value = v as FakeValue;
          }
          sheet.cells.set(`${r},${c}`, cell);
        }),
      );
      for (const key of input.boldCells ?? []) {
        const cell = sheet.cells.get(key);
        if (cell) cell.bold = true;
      }
      for (const m of input.merges ?? []) sheet.merges.push(parseArea(m));
      if (input.autoFilter) sheet.filter = { box: parseArea(input.autoFilter.range), fields: new Map(Object.entries(input.autoFilter.fields ?? {}).map(([k, f]) => [Number(k), f])) };
    }
    this.activeSheet = this.sheets[0]?.name ?? "";
    return this;
  }

  addSheet(name: string): FakeSheet {
    const sheet: FakeSheet = { name, cells: new Map(), merges: [], widths: new Map(), validations: [], conditions: [], links: [], page: {}, autofit: [], filter: null };
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`FakeET: no sheet ${name}`);
    return s;
  }

  /** A sheet's cells as the core would read them: values, rich text where the font is mixed. */
  rowsOf(name: string): FakeInput[][] {
    const sheet = this.sheet(name);
    const extent = this.extentOf(sheet);
    const rows: FakeInput[][] = [];
    for (let r = 0; r <= extent.bottom; r++) {
      const row: FakeInput[] = [];
      for (let c = 0; c <= extent.right; c++) {
        const cell = sheet.cells.get(`${r},${c}`);
        if (!cell || (cell.value === null && cell.formula === undefined)) row.push(null);
        else if (cell.formula !== undefined) row.push({ error: "#NAME?" });
        else if (cell.chars && typeof cell.value === "string" && !cell.chars.every((b) => b === cell.chars![0])) {
          const runs: { text: string; bold: boolean }[] = [];
          Array.from(cell.value).forEach((ch, i) => {
            const last = runs[runs.length - 1];
            if (last && last.bold === cell.chars![i]) last.text += ch;
            else runs.push({ text: ch, bold: cell.chars![i] });
          });
          row.push({ richText: runs });
        } else row.push(cell.value);
      }
      rows.push(row);
    }
    while (rows.length && rows[rows.length - 1].every((v) => v === null)) rows.pop();
    return rows;
  }

  cell(name: string, address: string): Cell | undefined {
    const b = parseArea(address);
    return this.sheet(name).cells.get(`${b.top},${b.left}`);
  }

  private worksheet(sheet: FakeSheet): Et.Worksheet {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the literal's accessors have their own `this`
    const fake = this;
    const ws = {
      get Name() {
        return sheet.name;
      },
      set Name(v: string) {
        if (typeof v !== "string" || v.length === 0 || v.length > 31 || /[[\]:*?/\\]/.test(v)) throw new Error(`FakeET: bad sheet name ${v}`);
        if (fake.sheets.some((s) => s !== sheet && s.name === v)) throw new Error(`FakeET: sheet name ${v} already used`);
        sheet.name = v;
      },
      get Index() {
        return fake.sheets.indexOf(sheet) + 1;
      },
      get UsedRange() {
        return fake.range(sheet, [fake.extentOf(sheet)]);
      },
      get Cells() {
        return fake.range(sheet, [{ top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 }]);
      },
      get PageSetup() {
        return fake.pageSetup(sheet);
      },
      get AutoFilterMode() {
        return sheet.filter !== null;
      },
      set AutoFilterMode(v: boolean) {
        if (v !== false) throw new Error("FakeET: AutoFilterMode can only be set to false (Range.AutoFilter turns a filter on)");
        sheet.filter = null;
      },
      get AutoFilter() {
        return sheet.filter ? fake.autoFilter(sheet) : null;
      },
      get Hyperlinks() {
        return strict(
          {
            Add(Anchor: any, Address: string, SubAddress?: any, _ScreenTip?: any, TextToDisplay?: any) {
              if (typeof Address !== "string") throw new Error("FakeET: Hyperlinks.Add needs an Address string");
              const at = parseArea(String(Anchor.Address(false, false)));
              sheet.links.push({ row: at.top, col: at.left, subAddress: String(SubAddress ?? ""), text: String(TextToDisplay ?? "") });
              return {};
            },
          },
          "Hyperlinks",
          fake,
        );
      },
      Range(Cell1: any, Cell2?: any) {
        if (Cell2 !== undefined) throw new Error("FakeET: Range(cell1, cell2) is not modelled");
        if (typeof Cell1 !== "string") throw new Error("FakeET: Range takes an address");
        return fake.range(sheet, Cell1.split(",").map(parseArea));
      },
      Activate() {
        fake.activeSheet = sheet.name;
      },
      Delete() {
        if (fake.sheets.length === 1) throw new Error("FakeET: cannot delete the last sheet");
        fake.sheets.splice(fake.sheets.indexOf(sheet), 1);
      },
    };
    return this.methodize(strict(ws, "Worksheet", this), ws, "UsedRange") as unknown as Et.Worksheet;
  }

  /**
   * A sheet's PageSetup: numeric enum values only (xlLandscape 2, xlPaperA4 9), Zoom false or 10–400,
   * FitToPages* false or a positive whole number, print titles as an absolute row range ("$1:$2").
   */
  private pageSetup(sheet: FakeSheet): Et.PageSetup {
    const check: Record<PageMember, (v: unknown) => boolean> = {
      Orientation: (v) => v === 1 || v === 2,
      PaperSize: (v) => typeof v === "number" && Number.isInteger(v) && v > 0,
      Zoom: (v) => v === false || (typeof v === "number" && v >= 10 && v <= 400),
      FitToPagesWide: (v) => v === false || (typeof v === "number" && Number.isInteger(v) && v >= 1),
      FitToPagesTall: (v) => v === false || (typeof v === "number" && Number.isInteger(v) && v >= 1),
      PrintTitleRows: (v) => typeof v === "string" && (v === "" || /^\$\d+:\$\d+$/.test(v)),
      PrintGridlines: (v) => typeof v === "boolean",
      LeftMargin: (v) => typeof v === "number" && v >= 0,
      RightMargin: (v) => typeof v === "number" && v >= 0,
      TopMargin: (v) => typeof v === "number" && v >= 0,
      BottomMargin: (v) => typeof v === "number" && v >= 0,
    };
    const target: Record<string, unknown> = {};
    for (const key of Object.keys(check) as PageMember[]) {
      Object.defineProperty(target, key, {
        enumerable: true,
        get: () => sheet.page[key],
        set: (v: unknown) => {
          if (!check[key](v)) throw new Error(`FakeET: PageSetup.${key} = ${JSON.stringify(v)} is not valid`);
          sheet.page[key] = v;
        },
      });
    }
    return strict(target, "PageSetup", this) as unknown as Et.PageSetup;
  }

  /**
   * A sheet's AutoFilter: Range, and Filters (1-based, one a column of the range) whose Criteria1 and
   * Criteria2 fail to read where VBA's do (a column not filtered; Criteria2 without a second criterion).
   */
  private autoFilter(sheet: FakeSheet): Et.AutoFilter {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the literal's accessors have their own `this`
    const fake = this;
    const live = () => {
      if (!sheet.filter) throw new Error("FakeET: the sheet's AutoFilter was removed");
      return sheet.filter;
    };
    const item = (index: number) => {
      const field = () => live().fields.get(index);
      return strict(
        {
          get On() {
            return field() !== undefined;
          },
          get Criteria1() {
            const f = field();
            if (!f) throw new Error(`FakeET: Filters(${index}).Criteria1 of a column not filtered`);
            return f.criteria1;
          },
          get Operator() {
            return field()?.operator ?? 0;
          },
          get Criteria2() {
            const f = field();
            if (!f || f.criteria2 === undefined) throw new Error(`FakeET: Filters(${index}).Criteria2 without a second criterion`);
            return f.criteria2;
          },
        },
        "Filter",
        fake,
      );
    };
    const filters = strict(
      {
        get Count() {
          const b = live().box;
          return b.right - b.left + 1;
        },
        Item(Index: number) {
          const b = live().box;
          if (typeof Index !== "number" || !Number.isInteger(Index) || Index < 1 || Index > b.right - b.left + 1) throw new Error(`FakeET: Filters.Item(${Index}) out of range (1-based)`);
          return item(Index);
        },
      },
      "Filters",
      fake,
    );
    return strict(
      {
        get Range() {
          return fake.range(sheet, [{ ...live().box }]);
        },
        get Filters() {
          return filters;
        },
      },
      "AutoFilter",
      fake,
    ) as unknown as Et.AutoFilter;
  }

  /** A sheet's autofilter as A1 and its filtered columns by 1-based field, or null. */
  filterOf(name: string): { ref: string; fields: Record<number, FakeFilterField> } | null {
    const f = this.sheet(name).filter;
    return f ? { ref: boxAddress(f.box, false, false), fields: Object.fromEntries(f.fields) } : null;
  }

  /** Exposes chosen members as zero-argument methods, as some WPS builds do. */
  private methodize<T extends object>(proxy: T, _raw: object, ...names: string[]): T {
    const as = names.filter((n) => this.options.asMethods?.includes(n));
    if (as.length === 0) return proxy;
    return new Proxy(proxy, {
      get(t, key) {
        const v = Reflect.get(t, key);
        return typeof key === "string" && as.includes(key) ? () => v : v;
      },
      has: (t, key) => key in t,
      set: (t, key, v) => Reflect.set(t, key, v),
    });
  }

  private sheetsCollection(): Et.Sheets {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the literal's accessors have their own `this`
    const fake = this;
    const col = {
      get Count() {
        return fake.sheets.length;
      },
      Item(Index: any) {
        if (typeof Index === "number") {
          if (!Number.isInteger(Index) || Index < 1 || Index > fake.sheets.length) throw new Error(`FakeET: Sheets.Item(${Index}) out of range (1-based)`);
          return fake.worksheet(fake.sheets[Index - 1]);
        }
        const s = fake.sheets.find((x) => x.name === Index);
        if (!s) throw new Error(`FakeET: no sheet named ${Index}`);
        return fake.worksheet(s);
      },
      Add(Before?: any, After?: any, Count?: any, Type?: any) {
        if (Count !== undefined || Type !== undefined) throw new Error("FakeET: Sheets.Add Count/Type not modelled");
        if (Before !== undefined && Before !== null && After !== undefined && After !== null) throw new Error("FakeET: Sheets.Add takes Before or After, not both");
        let n = fake.sheets.length + 1;
        while (fake.sheets.some((s) => s.name === `Sheet${n}`)) n++;
        const sheet: FakeSheet = { name: `Sheet${n}`, cells: new Map(), merges: [], widths: new Map(), validations: [], conditions: [], links: [], page: {}, autofit: [], filter: null };
        const anchor = After ?? Before;
        const at = anchor ? fake.sheets.findIndex((s) => s.name === anchor.Name) + (After ? 1 : 0) : 0;
        fake.sheets.splice(at, 0, sheet);
        fake.activeSheet = sheet.name;
        return fake.worksheet(sheet);
      },
    };
    return strict(col, "Sheets", this) as unknown as Et.Sheets;
  }

  /** Workbook-level names: RefersTo is a formula ("=…"), Item is 1-based, a name is unique whatever its case. */
  readonly names: { Name: string; RefersTo: string; Visible: boolean }[] = [];

  private namesCollection(): unknown {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the literal's accessors have their own `this`
    const fake = this;
    const item = (record: FakeEt["names"][number]) =>
      strict(
        {
          get Name() {
            return record.Name;
          },
          get RefersTo() {
            return record.RefersTo;
          },
          get Visible() {
            return record.Visible;
          },
          set Visible(v: boolean) {
            if (typeof v !== "boolean") throw new Error("FakeET: Name.Visible takes a boolean");
            record.Visible = v;
          },
          Delete() {
            fake.names.splice(fake.names.indexOf(record), 1);
          },
        },
        "Name",
        fake,
      );
    const col = {
      get Count() {
        return fake.names.length;
      },
      Item(index: number) {
        if (typeof index !== "number" || index < 1 || index > fake.names.length) throw new Error(`FakeET: Names.Item(${index}) out of range`);
        return item(fake.names[index - 1]);
      },
      Add(name: string, refersTo: string, visible?: boolean) {
        if (typeof refersTo !== "string" || !refersTo.startsWith("=")) throw new Error(`FakeET: Names.Add RefersTo must be a formula, got ${refersTo}`);
        if (fake.names.some((n) => n.Name.toLowerCase() === name.toLowerCase())) throw new Error(`FakeET: name ${name} already exists`);
        const record = { Name: name, RefersTo: refersTo, Visible: visible ?? true };
        fake.names.push(record);
        return item(record);
      },
    };
    return strict(col, "Names", this);
  }

  private workbook(): Et.Workbook {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the literal's accessors have their own `this`
    const fake = this;
    const wb = {
      Name: "sample.xlsx",
      get Worksheets() {
        return fake.sheetsCollection();
      },
      get Sheets() {
        return fake.sheetsCollection();
      },
      get Names() {
        return fake.namesCollection();
      },
    };
    return strict(wb, "Workbook", this) as unknown as Et.Workbook;
  }

  /** The application root, and `wps` (the same object unless some members live only on wps). */
  roots(): { Application: WPS.AddonRoot & WPS.EtAddonRoot & Et.Application; wps: WPS.AddonRoot & WPS.EtAddonRoot & Et.Application } {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the literal's accessors have their own `this`
    const fake = this;
    const members: Record<string, PropertyDescriptor> = {};
    const flag = (name: keyof FakeEt["flags"]) => ({
      get: () => fake.flags[name],
      set: (v: unknown) => {
        if (name === "Calculation" ? typeof v !== "number" : typeof v !== "boolean") throw new Error(`FakeET: ${name} takes a ${name === "Calculation" ? "number" : "boolean"}`);
        fake.flagLog.push([name, v]);
        (fake.flags as Record<string, unknown>)[name] = v;
      },
      enumerable: true,
    });
    for (const name of ["ScreenUpdating", "Calculation", "EnableEvents", "DisplayAlerts"] as const) members[name] = flag(name);
    const activeWorkbook = () => (fake.hasWorkbook ? fake.workbook() : null);
    members.ActiveWorkbook = fake.options.asMethods?.includes("ActiveWorkbook") ? { value: activeWorkbook, enumerable: true } : { get: activeWorkbook, enumerable: true };
    members.Build = { value: "12.1.0.20540", enumerable: true };
    const paneMember = fake.options.taskPaneMember ?? "CreateTaskPane";
    const makePane = (ID: number, url: string, title?: string) => {
      const record = { ID, url, title, Visible: false, navigations: [url] };
      fake.panes.push(record);
      return record;
    };
    const paneObject = (record: FakeEt["panes"][number]) =>
      strict(
        {
          get ID() { return record.ID; },
          get Visible() { return record.Visible; },
          set Visible(v: boolean) { record.Visible = v; },
          Navigate(url: string) { record.url = url; record.navigations.push(url); },
          Delete() { fake.panes.splice(fake.panes.indexOf(record), 1); },
        },
        "CustomTaskpane",
        fake,
      );
    members[paneMember] = {
      value: (url: string, title?: string) => {
        if (typeof url !== "string" || url === "") throw new Error("FakeET: CreateTaskPane needs a URL");
        return paneObject(makePane(fake.panes.length + 100, url, title));
      },
      enumerable: true,
    };
    members.GetTaskPane = {
      value: (id: number) => {
        const record = fake.panes.find((p) => p.ID === id);
        if (!record) throw new Error(`FakeET: no task pane ${id}`);
        return paneObject(record);
      },
      enumerable: true,
    };
    members.PluginStorage = {
      get: () =>
        strict(
          {
            getItem: (k: string) => fake.storage.get(k) ?? null,
            setItem: (k: string, v: unknown) => void fake.storage.set(k, String(v)),
            removeItem: (k: string) => void fake.storage.delete(k),
          },
          "PluginStorage",
          fake,
        ),
      enumerable: true,
    };
    if (!fake.options.noCustomFunctions) {
      members.AddCustomFunction = {
        value: (namespace: string, name: string, fn: (...args: unknown[]) => unknown, metadata?: unknown) => {
          if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`FakeET: custom function name ${name} (no dots)`);
          if (typeof fn !== "function") throw new Error("FakeET: AddCustomFunction needs a function");
          fake.functions.push({ namespace, name, fn, metadata });
        },
        enumerable: true,
      };
    }
    const onlyWps = new Set(fake.options.onlyOnWps ?? []);
    const appRaw = {};
    const wpsRaw = {};
    for (const [name, d] of Object.entries(members)) {
      // Configurable, so the strict proxy may hand out bound methods.
      const descriptor = { ...d, configurable: true };
      Object.defineProperty(wpsRaw, name, descriptor);
      if (!onlyWps.has(name)) Object.defineProperty(appRaw, name, descriptor);
    }
    const app = strict(appRaw, "Application", fake);
    const wps = onlyWps.size ? strict(wpsRaw, "wps", fake) : app;
    return { Application: app as never, wps: wps as never };
  }

  /** Puts `Application` and `wps` on a window-like object. */
  install(scope: Record<string, unknown>): this {
    const { Application, wps } = this.roots();
    scope.Application = Application;
    scope.wps = wps;
    return this;
  }
}

export function createFakeEt(book: { sheets: FakeSheetInput[] }, options: FakeOptions = {}): FakeEt {
  return new FakeEt(options).load(book);
}
