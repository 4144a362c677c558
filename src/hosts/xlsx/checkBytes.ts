import { DubanError } from "../../core/base";

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
  if (bytes.length === 0) throw new DubanError("FILE_EMPTY", { file: path });
  if (startsWith(bytes, ZIP)) return;
  if (startsWith(bytes, OLE)) {
    if (contains(bytes, ENCRYPTED_PACKAGE)) {
      throw new DubanError("FILE_ENCRYPTED", { file: path, what: "password" });
    }
    throw new DubanError("FILE_XLS", { file: path });
  }
  throw new DubanError("FILE_NOT_XLSX", { file: path });
}
