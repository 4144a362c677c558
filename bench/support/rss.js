"use strict";
/** Preloaded (`node -r`) into a measured child: reports its peak resident set size on exit, on fd 2, marked. */
process.on("exit", () => {
  process.stderr.write(`\n@@maxrss ${process.resourceUsage().maxRSS}\n`);
});
