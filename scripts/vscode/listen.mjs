// Shared by the extension-host launcher and the .vsix browser test: wait until
// a code-server child process says which port it listens on, echoing its
// output; stop it and remove its temporary folder.
import fs from 'node:fs';

export function waitForPort(server, note, fail = (msg) => new Error(msg)) {
  return new Promise((resolve, reject) => {
    let out = '';
    const onData = (d) => {
      for (const line of d.toString().split('\n')) if (line.trim()) note(`code-server: ${line}`);
      out += d;
      const m = out.match(/HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)/);
      if (m) resolve(Number(m[1]));
    };
    server.stdout.on('data', onData);
    server.stderr.on('data', onData);
    server.once('exit', (code) => reject(fail(`code-server exited (${code}) before listening`)));
  });
}

/** Stops a code-server child (its whole process group: TERM, then KILL after 3 s) and removes its temporary folder. */
export async function stopServer(server, tmp, note = () => {}) {
  if (server && server.exitCode === null && server.signalCode === null) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {}
    await Promise.race([new Promise((r) => server.once('exit', r)), new Promise((r) => setTimeout(r, 3000))]);
    try {
      process.kill(-server.pid, 'SIGKILL');
    } catch {}
  }
  if (tmp) {
    try {
      fs.rmSync(tmp, { recursive: true, force: true, maxRetries: 5 });
    } catch (e) {
      note(`cleanup: ${e.message}`);
    }
  }
}
