// Starts the Verbatim language server on the transport named on the command line (--stdio, --node-ipc, --socket=N).
import { setFlagsFromString } from 'node:v8';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { logUncaught } from './guard';
import { startServer } from './server';

// A small young generation: checks allocate in short bursts, and a server that stays open for a
// day of editing should give memory back rather than keep the largest heap it ever needed.
setFlagsFromString('--max-semi-space-size=2');

const connection = createConnection(ProposedFeatures.all);
logUncaught((message) => {
  try {
    connection.console.error(`[verbatim] ${message}`);
  } catch {
    process.stderr.write(`[verbatim] ${message}\n`);
  }
});
startServer(connection);
