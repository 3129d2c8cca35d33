// Starts the Verbatim language server on the transport named on the command line (--stdio, --node-ipc, --socket=N).
import { setFlagsFromString } from 'node:v8';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

// A small young generation: checks allocate in short bursts, and a server that stays open for a
// day of editing should give memory back rather than keep the largest heap it ever needed.
setFlagsFromString('--max-semi-space-size=2');

startServer(createConnection(ProposedFeatures.all));
