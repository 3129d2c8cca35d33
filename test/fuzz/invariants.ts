// What must hold of every check result, whatever the draft: spans inside the document and not
// splitting a surrogate pair, fixes whose edits do not overlap and apply, citations inside the
// files they cite; and a signature of a result that must not depend on the draft's line breaks.
import assert from 'node:assert/strict';
import type { CheckResult } from '../../server/src/engine/engine';
import type { Finding, Span } from '../../server/src/engine/types';
import { FINDING_CODES } from '../../server/src/engine/types';
import { LineIndex } from '../../server/src/engine/text/positions';
import { hasLoneSurrogate, splitsPair } from './offsets';

/** A span is inside `text` ([0, length], start ≤ end) and starts and ends on code-point boundaries. */
export function assertSpan(text: string, s: Span, what: string): void {
  assert.ok(
    s && Number.isInteger(s.start) && Number.isInteger(s.end),
    `${what}: span ${JSON.stringify(s)} is not a pair of integers`,
  );
  assert.ok(
    s.start >= 0 && s.end <= text.length && s.start <= s.end,
    `${what}: span ${s.start}-${s.end} outside the document (length ${text.length})`,
  );
  assert.ok(!splitsPair(text, s.start), `${what}: span starts inside a surrogate pair at ${s.start}`);
  assert.ok(!splitsPair(text, s.end), `${what}: span ends inside a surrogate pair at ${s.end}`);
}

/** Applies one fix's edits (checked not to overlap) to the text. */
export function applyEdits(text: string, edits: { span: Span; newText: string }[]): string {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  let out = '',
    at = 0;
  for (const e of sorted) {
    assert.ok(e.span.start >= at, `fix edits overlap: ${JSON.stringify(sorted.map((x) => x.span))}`);
    out += text.slice(at, e.span.start) + e.newText;
    at = e.span.end;
  }
  return out + text.slice(at);
}

/**
 * The part of `text` that a fix's edits touch, from one code unit before the first edit to one
 * after the last, before and after the edits: what a fix changes, without copying the whole text.
 */
export function editedRegion(
  text: string,
  edits: { span: Span; newText: string }[],
): { before: string; after: string } {
  const lo = Math.max(0, Math.min(...edits.map((e) => e.span.start)) - 1);
  const hi = Math.min(text.length, Math.max(...edits.map((e) => e.span.end)) + 1);
  const before = text.slice(lo, hi);
  const after = applyEdits(
    before,
    edits.map((e) => ({ span: { start: e.span.start - lo, end: e.span.end - lo }, newText: e.newText })),
  );
  return { before, after };
}

export function assertFindingSane(text: string, f: Finding, i: number): void {
  const what = `finding ${i} (${f.code} "${text.slice(f.span.start, f.span.end).slice(0, 60)}")`;
  assert.ok(FINDING_CODES.includes(f.code), `${what}: unknown code`);
  assert.ok(['error', 'warning', 'information', 'hint'].includes(f.severity), `${what}: severity ${f.severity}`);
  assert.equal(typeof f.message, 'string');
  assertSpan(text, f.span, what);
  assert.ok(
    !/(?:\r\n|\r(?!\n)|\n)[ \t]*(?:\r\n|\r(?!\n)|\n)/.test(text.slice(f.span.start, f.span.end)),
    `${what}: span crosses a paragraph break`,
  );
  f.fixes.forEach((fix, k) => {
    assert.ok(fix.edits.length > 0, `${what}: fix ${k} "${fix.title}" has no edits`);
    for (const e of fix.edits) {
      assertSpan(text, e.span, `${what} fix ${k} "${fix.title}"`);
      assert.equal(typeof e.newText, 'string');
    }
    // Judged on the edited region only (plus one code unit either side, for pairs split at its
    // edges): the rest of the text is unchanged, and rebuilding a 1 MB draft per fix is quadratic.
    const { before, after } = editedRegion(text, fix.edits);
    assert.notEqual(after, before, `${what}: fix ${k} "${fix.title}" changes nothing`);
    // A fix must not leave half of a surrogate pair (it may only copy one in from a source that had one).
    if (!fix.edits.some((e) => hasLoneSurrogate(e.newText)) && !hasLoneSurrogate(before))
      assert.ok(!hasLoneSurrogate(after), `${what}: fix ${k} "${fix.title}" leaves a lone surrogate`);
  });
}

/**
 * Every invariant of a check result. `files` maps corpus paths to their text, to check that
 * citations point inside the files they name.
 */
export function assertResultSane(text: string, r: CheckResult, files?: Map<string, string>): void {
  r.findings.forEach((f, i) => {
    assertFindingSane(text, f, i);
    if (f.citation && files) assertCitation(f.citation, files, `finding ${i} (${f.code})`);
  });
  r.confirmations.forEach((c, i) => {
    assertSpan(text, c.span, `confirmation ${i} (${c.kind})`);
    if (files) assertCitation(c.citation, files, `confirmation ${i}`);
  });
  r.quotes.forEach((q, i) => {
    assertSpan(text, q.span, `quotation ${i}`);
    assert.ok(
      q.open <= q.span.start && q.span.end <= q.close && q.close <= text.length,
      `quotation ${i}: marks ${q.open}-${q.close} around ${q.span.start}-${q.span.end}`,
    );
  });
  r.reading.mentions.forEach((m, i) => assertSpan(text, m.span, `mention ${i}`));
}

export function assertCitation(c: NonNullable<Finding['citation']>, files: Map<string, string>, what: string): void {
  const src = files.get(c.file);
  assert.ok(src !== undefined, `${what}: cites ${c.file}, not a corpus file`);
  assertSpan(src, c.span, `${what} citation in ${c.file}`);
  assert.deepEqual(
    c.range,
    new LineIndex(src).range(c.span),
    `${what}: citation range does not match its span in ${c.file}`,
  );
}

const lf = (s: string) => s.replace(/\r\n?/g, '\n');

/**
 * What a result says, independent of the draft's line-break style: each finding's code, the text it
 * covers and the draft its first fix makes (line breaks normalized), each confirmation's covered text.
 */
export function signature(text: string, r: CheckResult): string[] {
  const out: string[] = [];
  for (const f of r.findings) {
    const fixes = f.fixes.map((x) => {
      try {
        return lf(applyEdits(text, x.edits));
      } catch (e) {
        return `! ${(e as Error).message}`;
      }
    });
    out.push(
      `${f.code} ${f.severity} «${lf(text.slice(f.span.start, f.span.end))}»` +
        `${fixes.length ? ` fixed: «${diffOf(lf(text), fixes[0])}»` : ''}`,
    );
  }
  for (const c of r.confirmations) out.push(`confirmed ${c.kind} «${lf(text.slice(c.span.start, c.span.end))}»`);
  return out.sort();
}

/** The changed middle of `after` relative to `before` (keeps signatures short and readable). */
function diffOf(before: string, after: string): string {
  let a = 0;
  while (a < before.length && a < after.length && before[a] === after[a]) a++;
  let b = 0;
  while (b < before.length - a && b < after.length - a && before[before.length - 1 - b] === after[after.length - 1 - b])
    b++;
  return (
    `@${before.slice(0, a).split('\n').length}: ${before.slice(a, before.length - b)} → ` +
    `${after.slice(a, after.length - b)}`
  );
}
