// The language server driven over stdio like an editor (`node dist/server.cjs --stdio`): the draft the
// protocol tests open, helpers to read what the server sends back, and mocha hooks giving each test a
// temporary workspace holding a copy of examples/sources and that draft.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  ClientCapabilities,
  CodeAction,
  Diagnostic,
  InitializeResult,
  Position,
  PublishDiagnosticsParams,
  Range,
  TextDocumentEdit,
  TextEdit,
} from 'vscode-languageserver-protocol';
import { buildOnce } from '../cli/run';
import { PLAIN_CAPABILITIES, Session, removeWorkspace, tempWorkspace, uriOf } from './client';

// A draft written for these tests against examples/sources:
//   line 4: altered ("five" minutes; the mayor said "four" at the council meeting)
//   line 6: misattributed (Okafor's words given to Ruiz)
//   line 8: verbatim, rightly attributed to Priya Nair
//   line 10: unverified (nobody said it)
export const DRAFT = `---
title: Protocol test draft
date: 2026-03-12
---
Mayor Elena Ruiz said "every neighborhood deserves a fire engine within five minutes."

Council member Daniel Okafor voted no. "Riders will pay for this in longer waits," Ruiz said.

"This budget proves that we can keep the city safe without raising property taxes," said Priya Nair.

"We will repave every street in the city by summer," Okafor said.
`;
export const ALTERED = 'every neighborhood deserves a fire engine within five minutes';
export const MISATTRIBUTED = /^Riders will pay for this in longer waits[,.]?$/;
export const UNVERIFIED = 'We will repave every street in the city by summer';
export const MEETING = 'sources/2026-03-10-council-meeting.md';

export function at(text: string, needle: string, delta = 0): Position {
  const doc = TextDocument.create('file:///x', 'markdown', 1, text);
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `"${needle}" not in the draft`);
  return doc.positionAt(i + delta);
}
export function rangeOf(text: string, needle: string): Range {
  const doc = TextDocument.create('file:///x', 'markdown', 1, text);
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `"${needle}" not in the draft`);
  return { start: doc.positionAt(i), end: doc.positionAt(i + needle.length) };
}
export const covered = (text: string, r: Range) => TextDocument.create('file:///x', 'markdown', 1, text).getText(r);
export const unescape = (md: string) => md.replace(/\\([\\`*_{}[\]()#+\-.!|<>])/g, '$1');
export const codes = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => String(d.code)).sort();
export const byCode = (p: PublishDiagnosticsParams, code: string): Diagnostic => {
  const d = p.diagnostics.find((x) => x.code === code);
  assert.ok(d, `no ${code} in ${JSON.stringify(codes(p))}`);
  return d;
};
export const message = (d: Diagnostic) => {
  assert.equal(typeof d.message, 'string');
  return d.message as string;
};
/** The plain text edits of a code action's documentChanges (no snippets, no file operations). */
export function editsOf(a: CodeAction): TextEdit[] {
  return (a.edit!.documentChanges as TextDocumentEdit[])
    .flatMap((c) => c.edits)
    .map((e) => {
      assert.equal(typeof (e as TextEdit).newText, 'string', 'a plain TextEdit');
      return e as TextEdit;
    });
}
export const hasQuoteFinding = (p: PublishDiagnosticsParams) =>
  p.diagnostics.some((d) => String(d.code).startsWith('quote.'));

/** A started server and the test's workspace: its folder, and the draft's path and URI. */
export interface StdioTest {
  s: Session;
  init: InitializeResult;
  ws: string;
  draftPath: string;
  uri: string;
}

/**
 * Mocha hooks for a describe block: the bundles built once; before each test a new workspace with
 * DRAFT at drafts/story.md; after it the server closed and the workspace removed. `start` starts the
 * server on the current test's workspace.
 */
export function stdioServer(): (capabilities?: ClientCapabilities) => Promise<StdioTest> {
  let s: Session | undefined;
  let ws = '';
  before(function () {
    this.timeout(60_000);
    buildOnce();
  });
  beforeEach(() => {
    ws = tempWorkspace();
    writeFileSync(join(ws, 'drafts', 'story.md'), DRAFT);
  });
  afterEach(async () => {
    await s?.close();
    s = undefined;
    removeWorkspace(ws);
  });
  return async (capabilities = PLAIN_CAPABILITIES) => {
    const started = await Session.start(ws, capabilities);
    s = started.s;
    const draftPath = join(ws, 'drafts', 'story.md');
    return { ...started, ws, draftPath, uri: uriOf(draftPath) };
  };
}
