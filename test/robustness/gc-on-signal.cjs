// Preload for the load test (node --expose-gc --require this-file): a full garbage collection when
// the process receives SIGUSR2, then its memory figures (process.memoryUsage()) appended as a JSON
// line to $VERBATIM_MEMORY_LOG, so the test can measure the server's settled memory. Adds nothing
// to the server itself.
'use strict';
const fs = require('node:fs');
process.on('SIGUSR2', () => {
  if (typeof globalThis.gc === 'function') {
    globalThis.gc();
    globalThis.gc();
  }
  if (process.env.VERBATIM_MEMORY_LOG)
    fs.appendFileSync(process.env.VERBATIM_MEMORY_LOG, JSON.stringify(process.memoryUsage()) + '\n');
});
