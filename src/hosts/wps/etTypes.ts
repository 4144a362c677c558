/**
 * The part of the WPS ET object model (window.Application / window.wps) the adapter touches, as narrow
 * structural types. The full declarations (npm et-jsapi-declare) declare globals, so they stay out of
 * the bundle; tests/hosts/wps/etTypes.check.ts asserts that the published types still fit these.
 * Members some WPS builds expose as zero-argument methods instead of properties are typed `Member<T>`
 * and read through `prop()` (etRoot.ts).
 */
type Member<T> = T | (() => T);

export interface EtFont {
  Bold: boolean | null;
  Color: number;
}

interface EtInterior {
  Color: number;
}

interface EtCharacters {
  readonly Font: EtFont;
}

interface EtComment {
  Text(text?: string): string;
}

export interface EtValidation {
  Add(type: number, alertStyle?: number, operator?: number, formula1?: string, formula2?: string): void;
  Delete(): void;
  ErrorTitle: string;
  ErrorMessage: string;
  InputTitle: string;
  InputMessage: string;
  ShowError: boolean;
  ShowInput: boolean;
  IgnoreBlank: boolean;
  InCellDropdown: boolean;
}

interface EtFormatCondition {
  readonly Interior: EtInterior;
  readonly Font: EtFont;
}

interface EtConditionValue {
  Modify(newType: number, newValue?: string): void;
}

interface EtDatabar {
  readonly MinPoint: EtConditionValue;
  readonly MaxPoint: EtConditionValue;
}

export interface EtFormatConditions {
  readonly Count: number;
  Add(type: number, operator?: unknown, formula1?: unknown, formula2?: unknown): EtFormatCondition;
  AddDatabar(): EtDatabar;
  Delete(): void;
}

interface EtHyperlinks {
  Add(anchor: object, address: string, subAddress?: unknown, screenTip?: unknown, textToDisplay?: unknown): unknown;
}

export interface EtRange {
  Value2: unknown;
  NumberFormat: unknown;
  WrapText: unknown;
  ColumnWidth: unknown;
  MergeCells: unknown;
  readonly Row: number;
  readonly Column: number;
  readonly Rows: EtRange;
  readonly Columns: EtRange;
  readonly Count: number;
  readonly Font: EtFont;
  readonly Interior: EtInterior;
  readonly Validation: EtValidation;
  readonly FormatConditions: EtFormatConditions;
  readonly MergeArea: EtRange;
  readonly Comment: EtComment | null;
  Address(rowAbsolute?: boolean, columnAbsolute?: boolean): string;
  Characters(start?: number, length?: number): EtCharacters;
  AddComment(text?: string): EtComment;
  ClearComments(): void;
  Clear(): unknown;
  Select(): unknown;
  /** On a Rows range: each row's height fitted to its (wrapped) text. */
  AutoFit(): unknown;
  /**
   * Without arguments: turns the sheet's filter arrows on over this range (off when they are on). With a
   * 1-based field of this range: filters that column (starting the filter here when there is none).
   */
  AutoFilter(field?: unknown, criteria1?: unknown, operator?: unknown, criteria2?: unknown): unknown;
}

/** One column of a sheet's autofilter. Criteria2 exists only with an xlAnd / xlOr operator. */
export interface EtFilter {
  readonly On: boolean;
  readonly Criteria1: unknown;
  readonly Operator: number;
  readonly Criteria2: unknown;
}

export interface EtFilters {
  readonly Count: number;
  Item(index: number): EtFilter;
}

/** A sheet's autofilter: its range and one Filter a column of it (1-based). */
export interface EtAutoFilter {
  readonly Range: EtRange;
  readonly Filters: EtFilters;
}

/** How a sheet prints. Margins are in points; FitToPagesTall false means "as many pages as needed". */
export interface EtPageSetup {
  Orientation: number;
  PaperSize: number;
  Zoom: boolean | number;
  FitToPagesWide: boolean | number;
  FitToPagesTall: boolean | number;
  PrintTitleRows: string;
  PrintGridlines: boolean;
  LeftMargin: number;
  RightMargin: number;
  TopMargin: number;
  BottomMargin: number;
}

export interface EtWorksheet {
  Name: string;
  readonly Index: number;
  readonly UsedRange: EtRange;
  readonly Cells: EtRange;
  readonly Hyperlinks: EtHyperlinks;
  readonly PageSetup: EtPageSetup;
  /** Whether the sheet shows filter arrows; set false to remove its autofilter (it cannot be set true). */
  AutoFilterMode: boolean;
  /** The sheet's autofilter, null when it has none. */
  readonly AutoFilter: EtAutoFilter | null;
  Range(cell1: string): EtRange;
  Activate(): void;
}

export interface EtSheets {
  readonly Count: number;
  Item(index: number | string): EtWorksheet;
  Add(before?: unknown, after?: unknown, count?: unknown, type?: unknown): EtWorksheet;
}

interface EtName {
  readonly Name: string;
  /** The formula, with its "=": "='校验结果'!$A$1". */
  readonly RefersTo: string;
  Visible: boolean;
  Delete(): void;
}

export interface EtNames {
  readonly Count: number;
  Item(index: number): EtName;
  Add(name: string, refersTo: string, visible?: boolean): EtName;
}

export interface EtWorkbook {
  readonly Name: string;
  readonly Worksheets: EtSheets;
  readonly Names: EtNames;
}

export interface EtTaskPane {
  readonly ID: number;
  Visible: boolean;
  Navigate(url: string): void;
}

export interface EtPluginStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** The application root: what `window.Application` (or, on some builds, only `window.wps`) offers. */
export interface EtApplication {
  readonly ActiveWorkbook: Member<EtWorkbook | null>;
  ScreenUpdating: boolean;
  Calculation: number;
  EnableEvents: boolean;
  DisplayAlerts: boolean;
}

/** Numeric constants: the Enum objects are missing at run time on some builds, so none are looked up. */
export const XL = {
  calculationManual: -4135,
  validateList: 3,
  validateTextLength: 6,
  validAlertStop: 1,
  between: 1,
  lessEqual: 8,
  cellValue: 1,
  equal: 3,
  conditionValueNumber: 0,
  portrait: 1,
  landscape: 2,
  paperA4: 9,
  /** XlAutoFilterOperator: two criteria joined by and / or. */
  autoFilterAnd: 1,
  autoFilterOr: 2,
  /** COM's DISP_E_PARAMNOTFOUND: what an omitted optional argument of a custom function arrives as. */
  paramNotFound: -2147352572,
} as const;
