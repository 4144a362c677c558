/** What the task pane e2e suites (Excel and WPS) share: Chromium's path and flags, and a static server. */
import * as fs from "fs";
import * as http from "http";
import * as path from "path";

export const CHROMIUM = "/usr/bin/chromium";

/** As root on a closed network: no sandbox, and none of Chromium's own background connections. */
export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** `describe` when Chromium is there or CI requires it; otherwise `describe.skip` with a printed notice. */
export function describeWithChromium(what: string): jest.Describe {
  const have = fs.existsSync(CHROMIUM);
  if (!have && process.env.CI !== "true") {
    process.stdout.write(`注意：未找到 ${CHROMIUM}，跳过${what}端到端测试。Notice: ${CHROMIUM} missing, ${what} e2e skipped (apt-get install chromium).\n`);
  }
  return have || process.env.CI === "true" ? describe : describe.skip;
}

const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
};

/** Serves a folder on 127.0.0.1 at a free port; nothing outside the folder is reachable. */
export function serve(dir: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const url = decodeURIComponent((req.url ?? "/").split("?")[0]);
    const file = path.join(dir, path.normalize(url).replace(/^([/\\])+/, ""));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": MIME[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}
