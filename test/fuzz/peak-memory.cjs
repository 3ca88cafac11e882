// Preloaded with `node --require` by hostile-memory.test.ts: writes the process's peak resident
// memory (kilobytes, as process.resourceUsage() gives it) to the file named in PEAK_MEMORY_FILE.
'use strict';
process.on('exit', () => {
  require('node:fs').writeFileSync(process.env.PEAK_MEMORY_FILE, String(process.resourceUsage().maxRSS));
});
