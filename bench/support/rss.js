"use strict";
/**
 * Preloaded (`node -r`) into a measured child: reports its peak resident set size and its CPU time (user + system,
 * every thread of the process, in µs) on exit, on fd 2, marked.
 */
process.on("exit", () => {
  const r = process.resourceUsage();
  process.stderr.write(`\n@@maxrss ${r.maxRSS}\n@@cpu ${r.userCPUTime + r.systemCPUTime}\n`);
});
