// Role phrases in prose: "spokesperson Guo", "a spokesperson for the MOFCOM", "Foreign Ministry spokesperson", "the
// spokesperson", and "the ministry" (an organization named by its head noun), added to a block's mentions.
import type { Span } from '../types';
import { ORG_HEADS } from '../corpus/orgs';
import type { Mention } from './mention-types';
import { isCap } from './words';

const ROLE = /^(spokesperson|spokesman|spokeswoman|spokespeople|official|representative)$/i;

/** The lengths of the words ROLE takes: a token of another length is not read. */
const ROLE_LENGTHS = new Set([8, 9, 11, 12, 14]);

/**
 * Role phrases: "spokesperson Guo", "a spokesperson for the MOFCOM", "Foreign Ministry spokesperson", "the
 * spokesperson".
 */
export function roleMentions(text: string, T: Span[], out: Mention[]) {
  const base = [...out]; // names and organizations, in order (role mentions are added after them)
  for (let i = 0; i < T.length; i++) {
    if (!ROLE_LENGTHS.has(T[i].end - T[i].start)) continue;
    const w = wordAt(text, T, i);
    if (!ROLE.test(w)) continue;
    const roleWord = w.toLowerCase();
    const after = firstFrom(base, T[i].end, (m) => gapLength(text, T[i].end, m.span.start) <= 2);
    if (after && after.ref.kind === 'person') {
      after.roleWord = roleWord;
      continue;
    }
    const span = { start: T[i].start, end: T[i].end };
    // "for|of|at (the) ORG" after the role word.
    const next = i + 1 < T.length ? wordAt(text, T, i + 1).toLowerCase() : undefined;
    if ((next === 'for' || next === 'of' || next === 'at') && i + 2 < T.length) {
      const orgM = firstFrom(
        base,
        T[i + 1].end + 1,
        (m) => m.ref.kind === 'org' && gapLength(text, T[i + 1].end, m.span.start) <= 5,
        4,
      );
      if (orgM && orgM.ref.kind === 'org') {
        out.push({
          span: { start: span.start, end: orgM.span.end },
          ref: { kind: 'role', role: roleWord, org: orgM.ref.org },
          roleWord,
        });
        continue;
      }
    }
    const before = lastBefore(
      base,
      T[i].start,
      (m) => m.ref.kind === 'org' && m.span.end <= T[i].start && gapLength(text, m.span.end, T[i].start) <= 1,
    );
    if (before && before.ref.kind === 'org') {
      out.push({
        span: { start: before.span.start, end: span.end },
        ref: { kind: 'role', role: roleWord, org: before.ref.org },
        roleWord,
      });
      continue;
    }
    const det = i > 0 ? wordAt(text, T, i - 1).toLowerCase() : '';
    if (det === 'the')
      out.push({
        span: { start: T[i - 1].start, end: span.end },
        ref: { kind: 'role', role: roleWord },
        roleWord: 'the ' + roleWord,
      });
    else out.push({ span, ref: { kind: 'role', role: roleWord }, roleWord });
  }
  // "the ministry", "the department": an organization named by its head noun.
  for (let i = 1; i < T.length; i++) {
    // (only a word of three letters lowers to "the")
    if (T[i - 1].end - T[i - 1].start !== 3) continue;
    const w = wordAt(text, T, i);
    if (wordAt(text, T, i - 1).toLowerCase() !== 'the' || isCap(w) || !ORG_HEADS.has(w.toLowerCase())) continue;
    if (
      [
        'times',
        'press',
        'post',
        'news',
        'house',
        'city',
        'party',
        'team',
        'club',
        'group',
        'service',
        'union',
      ].includes(w)
    )
      continue;
    out.push({
      span: { start: T[i - 1].start, end: T[i].end },
      ref: { kind: 'org', org: 'the ' + w, known: false },
      roleWord: 'the-org',
    });
  }
}

function wordAt(text: string, T: Span[], i: number): string {
  return text.slice(T[i].start, T[i].end);
}

/** Characters between two offsets, a CRLF counting as one (so line-break style never changes a reading). */
function gapLength(text: string, a: number, b: number): number {
  let n = b > a ? b - a : 0;
  for (let i = a; i + 1 < b; i++)
    if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) {
      n--;
      i++;
    }
  return n;
}

/** The first of the (start-sorted) mentions at or after `pos` that `ok` accepts, looking at `limit` of them. */
function firstFrom(out: Mention[], pos: number, ok: (m: Mention) => boolean, limit = 1): Mention | undefined {
  const lo = startingAt(out, pos);
  for (let k = lo; k < out.length && k < lo + limit; k++) if (ok(out[k])) return out[k];
  return undefined;
}

/** The last mention starting before `pos` that `ok` accepts, among the nearest few. */
function lastBefore(out: Mention[], pos: number, ok: (m: Mention) => boolean): Mention | undefined {
  const lo = startingAt(out, pos);
  for (let k = lo - 1; k >= Math.max(0, lo - 3); k--) if (ok(out[k])) return out[k];
  return undefined;
}

/** The index of the first of the (start-sorted) mentions starting at or after `pos`. */
function startingAt(out: Mention[], pos: number): number {
  let lo = 0,
    hi = out.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (out[mid].span.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
