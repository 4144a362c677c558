/**
 * Loaded on demand by app.ts (a chunk of its own). The Fluent UI web components the pane uses (tabs, buttons, progress bar), defined once, and the
 * Fluent light theme as CSS variables (set on import) with Chinese system fonts added to its font stack. Only these
 * four components are bundled; inputs are native elements drawn with the same tokens (taskpane.css).
 */
import "@fluentui/web-components/tab.js";
import "@fluentui/web-components/tablist.js";
import "@fluentui/web-components/button.js";
import "@fluentui/web-components/progress-bar.js";
import { setTheme } from "@fluentui/web-components";
import { webLightTheme } from "@fluentui/tokens";

const CJK = "'Segoe UI', 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif";

setTheme({ ...webLightTheme, fontFamilyBase: CJK });
