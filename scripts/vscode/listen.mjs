// Shared by the extension-host launcher and the .vsix browser test: wait until
// a code-server child process says which port it listens on, echoing its output.
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
