/** The WPS Spreadsheets (ET) host: the only folder that touches the ET object model. */
export { createWpsPort } from "./wpsPort";
export { findEtRoots, showTaskPane, hasMember } from "./etRoot";
export type { EtRoots } from "./etRoot";
export { toWpsHostError } from "./wpsHostError";
export { XL } from "./etTypes";
export type { EtApplication } from "./etTypes";
