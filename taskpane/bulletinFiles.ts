/** 通报 in a chunk of its own: the bulletin's drafting is needed only when the 通报 tab is used. */
import * as bulletin from "../src/core";
import * as engine from "../src/core";
import { Analysis } from "../src/core";
import { WorkbookPatch } from "../src/core";

export const bulletinText = (a: Analysis): string => bulletin.bulletinText(a);
export const bulletinPatch = (a: Analysis): WorkbookPatch => engine.bulletinPatch(a);
