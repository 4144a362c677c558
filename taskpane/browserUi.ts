/** Host UI services any browser-based host can share: downloads, clipboard, today's date. */
import { HostUi } from "./paneHost";

function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function download(fileName: string, bytes: Uint8Array, mimeType: string): Promise<void> {
  const blob = new Blob([bytes as BlobPart], { type: mimeType });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked later: some webviews read the URL only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 60000);
  return Promise.resolve();
}

/** The async Clipboard API where allowed; Office webviews often deny it, so fall back to execCommand. */
export async function copyText(text: string): Promise<void> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return;
    }
  } catch {
    // fall through to the textarea copy
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  area.select();
  const ok = document.execCommand("copy");
  area.remove();
  if (!ok) throw Object.assign(new Error("浏览器不允许写入剪贴板，请手动选中文字复制"), { code: "TASKPANE_CLIPBOARD_DENIED" });
}

export function browserUi(selectCell: HostUi["selectCell"]): HostUi {
  return { selectCell, download, copyText, today: () => localToday() };
}
