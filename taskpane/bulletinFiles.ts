/** 通报 in a chunk of its own: the bulletin's drafting is needed only when the 通报 tab is used. */
import * as bulletin from "../src/core";
import { Analysis } from "../src/core";

export const bulletinText = (a: Analysis): string => bulletin.bulletinText(a);
