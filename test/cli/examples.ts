// What the CLI tests run on and read: the example corpus and drafts, the finding codes and
// severities, and helpers for the JSON output (`check --format json`) and its LSP ranges.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, verbatim } from './run';

export const CORPUS = 'examples/sources';
export const DIRTY = 'examples/drafts/council-budget.md';
export const CLEAN = 'examples/drafts/clean-story.md';
export const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');
export const SEVERITIES = ['error', 'warning', 'information', 'hint'];
export const CODES = [
  'quote.misattributed',
  'quote.altered',
  'quote.unverified',
  'fact.number',
  'fact.date',
  'fact.title',
  'fact.name',
];

export interface Pos {
  line: number;
  character: number;
}
export interface Rng {
  start: Pos;
  end: Pos;
}
export interface JsonFinding {
  file: string;
  range: Rng;
  code: string;
  severity: string;
  message: string;
  citation?: { file: string; range: Rng; speaker?: string; date?: string; text: string };
  fixes: { title: string; edits: { range: Rng; newText: string }[] }[];
}

export function json(...args: string[]): { findings: JsonFinding[] } {
  const r = verbatim('check', '--corpus', CORPUS, '--format', 'json', ...args);
  assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

function isPos(p: unknown): p is Pos {
  const q = p as Pos;
  return !!q && Number.isInteger(q.line) && q.line >= 0 && Number.isInteger(q.character) && q.character >= 0;
}
export function assertRange(r: unknown, what: string) {
  const q = r as Rng;
  assert.ok(q && isPos(q.start) && isPos(q.end), `${what}: not an LSP range: ${JSON.stringify(r)}`);
  assert.ok(
    q.start.line < q.end.line || (q.start.line === q.end.line && q.start.character <= q.end.character),
    `${what}: range ends before it starts`,
  );
}

/** Text inside double quotation marks, straight or curly, in order. */
export function quotations(text: string): string[] {
  return [...text.matchAll(/"([^"\n]+)"|“([^”\n]+)”/g)].map((m) => m[1] ?? m[2]);
}
