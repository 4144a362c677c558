/**
 * The text of a plain-text file an office saved: UTF-8 (its byte-order mark dropped) when the bytes are valid
 * UTF-8, otherwise GB18030, which older Chinese Windows tools write. Shared by `duban import` and the sample
 * builder, so both read a notice the same way.
 */
export function decodeTextFile(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    try {
      return new TextDecoder("gb18030").decode(bytes);
    } catch {
      return Buffer.from(bytes).toString("utf8");
    }
  }
}
