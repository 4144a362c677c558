import { BookError } from "../../core";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** "EncryptedPackage" as UTF-16LE, the stream name inside a password-protected workbook. */
const ENCRYPTED_PACKAGE = Array.from("EncryptedPackage").flatMap((ch) => [ch.charCodeAt(0), 0]);

// Plain byte search rather than Buffer: the task pane runs this in the browser on returned files.
function contains(bytes: Uint8Array, needle: number[]): boolean {
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Tells apart what people send as ".xlsx": a real OOXML zip, a password-protected workbook (an OLE file
 * holding an EncryptedPackage stream), an old .xls, or text such as CSV — before exceljs sees it.
 */
export function checkWorkbookBytes(bytes: Uint8Array, path: string): void {
  if (bytes.length === 0) throw new BookError("FILE_EMPTY", `文件「${path}」是空文件。`);
  if (startsWith(bytes, ZIP)) return;
  if (startsWith(bytes, OLE)) {
    if (contains(bytes, ENCRYPTED_PACKAGE)) {
      throw new BookError("FILE_ENCRYPTED", `工作簿「${path}」设有打开密码，请在 Excel 或 WPS 中取消密码后另存再试。`);
    }
    throw new BookError("FILE_XLS", `「${path}」是旧版 .xls 格式，请在 Excel 或 WPS 中另存为 .xlsx 后再试。`);
  }
  throw new BookError("FILE_NOT_XLSX", `「${path}」不是 .xlsx 工作簿（可能是 CSV 或文本文件），请另存为 .xlsx 后再试。`);
}
