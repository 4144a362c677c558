/** The WPS Spreadsheets (ET) host: the only folder that touches the ET object model. */
export { createWpsPort, createWpsPortFromWindow, WPS_CAPABILITIES } from "./wpsPort";
export type { WpsPort, WpsPortOptions, WpsRunOptions } from "./wpsPort";
export { findEtRoots, requireEtRoots, showTaskPane, hasMember, rootMember } from "./etRoot";
export type { EtRoots } from "./etRoot";
export { withQuietApp } from "./applyPatch";
export { toWpsHostError } from "./wpsHostError";
export { XL } from "./etTypes";
export type { EtApplication } from "./etTypes";
