// Generators of drafts for the property tests: source sentences as they are or altered, quotations
// with attributions, random drafts built from the pieces in draft-pieces.ts, mutations of real drafts,
// and any of these in any line-break style.
import fc from 'fast-check';
import { SEED_DRAFTS, SOURCE_SENTENCES } from './material';
import {
  ASTRAL,
  BREAKS,
  CJK,
  FRONT_MATTERS,
  MARKDOWN,
  MARKS,
  NAMES,
  PAIRS,
  PUNCT,
  RTL,
  SPACES,
  TITLES,
  VERBS,
  WORDS,
} from './draft-pieces';
import { safeOffset, withEol, type Eol } from './offsets';

export const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

/** A source sentence as it is, or with a word changed, dropped, added, or elided. */
export const sentence: fc.Arbitrary<string> = fc
  .tuple(
    pick(SOURCE_SENTENCES),
    fc.nat(40),
    pick(['same', 'same', 'change', 'drop', 'add', 'ellipsis', 'bracket', 'fragment', 'lower', 'nested']),
    pick(WORDS),
  )
  .map(([s, k, op, w]) => {
    const ws = s.split(' ');
    const i = k % ws.length;
    switch (op) {
      case 'change':
        ws[i] = w;
        break;
      case 'drop':
        ws.splice(i, 1);
        break;
      case 'add':
        ws.splice(i, 0, w);
        break;
      case 'ellipsis':
        ws.splice(i, Math.min(2, ws.length - i), '…');
        break;
      case 'bracket':
        ws.splice(i, 1, `[${w}]`);
        break;
      case 'fragment':
        return ws.slice(i).join(' ');
      case 'lower':
        return s[0].toLowerCase() + s.slice(1);
      case 'nested':
        ws.splice(i, 1, `‘${ws[i]}’`);
        break;
    }
    return ws.join(' ');
  });

/** A quotation with an attribution before it, after it, or none. */
export const quotation: fc.Arbitrary<string> = fc
  .tuple(pick(PAIRS), sentence, pick(NAMES), pick(VERBS), pick(TITLES), fc.nat(5), pick([',', '', '.']))
  .map(([[o, c], s, who, verb, title, form, p]) => {
    const q = `${o}${s.replace(/\.$/, p)}${c}`;
    switch (form) {
      case 0:
        return `${q} ${who} ${verb}.`;
      case 1:
        return `${q} ${verb} ${who}, ${title}.`;
      case 2:
        return `${who} ${verb}: ${q}`;
      case 3:
        return `${title} ${who} ${verb} ${q}.`;
      case 4:
        return q;
      default:
        return `${who}, ${title}, ${verb} ${q}`;
    }
  });

/** A line of tens of thousands of characters (a pasted table, a minified blob). */
const longLine = fc
  .tuple(pick(['word ', 'x', '"', '“a” ', '🚒', 'ab,cd ', '. ', '「」', ' ']), fc.integer({ min: 200, max: 6000 }))
  .map(([s, n]) => s.repeat(n));

/** Any valid string: all code points, graphemes, or soups of marks and spaces. */
const soup = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(...MARKS, ' ', '\n', 'a', 'b', '.', '…', '[', ']', '🚒', '\r'), maxLength: 60 }),
);

/** One piece of a draft. */
export const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: pick(WORDS) },
  { weight: 8, arbitrary: pick(SPACES) },
  { weight: 6, arbitrary: quotation },
  { weight: 5, arbitrary: pick(MARKS) },
  { weight: 3, arbitrary: pick(NAMES) },
  { weight: 2, arbitrary: pick(VERBS) },
  { weight: 2, arbitrary: pick(TITLES) },
  { weight: 4, arbitrary: pick(BREAKS) },
  { weight: 4, arbitrary: pick(PUNCT) },
  { weight: 2, arbitrary: pick(ASTRAL) },
  { weight: 2, arbitrary: pick(RTL) },
  { weight: 2, arbitrary: pick(CJK) },
  { weight: 3, arbitrary: pick(MARKDOWN) },
  { weight: 2, arbitrary: sentence },
  { weight: 2, arbitrary: soup },
  { weight: 1, arbitrary: longLine },
);

/** A random draft: front matter (good, bad or none), then pieces joined with or without spaces. */
export const randomDraft: fc.Arbitrary<string> = fc
  .tuple(pick(FRONT_MATTERS), fc.array(piece, { maxLength: 80 }), fc.boolean())
  .map(([fm, ps, spaced]) => fm + ps.join(spaced ? ' ' : ''));

type Mutation =
  | { op: 'insert'; at: number; text: string }
  | { op: 'delete'; at: number; len: number }
  | { op: 'mark'; at: number; mark: string }
  | { op: 'dup'; at: number; len: number }
  | { op: 'eol'; eol: Eol };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: piece }) },
  {
    weight: 3,
    arbitrary: fc.record({ op: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 40 }) }),
  },
  {
    weight: 4,
    arbitrary: fc.record({ op: fc.constant('mark' as const), at: fc.nat(), mark: pick([...MARKS, '', ' ']) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('dup' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 200 }) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('eol' as const), eol: pick<Eol>(['lf', 'crlf', 'cr', 'mixed']) }),
  },
);

/** Applies mutations; offsets are taken modulo the length and kept off surrogate-pair middles. */
export function mutate(text: string, ms: Mutation[]): string {
  for (const m of ms) {
    const at = safeOffset(text, text.length ? ('at' in m ? m.at : 0) % (text.length + 1) : 0);
    switch (m.op) {
      case 'insert':
        text = text.slice(0, at) + m.text + text.slice(at);
        break;
      case 'delete': {
        const e = safeOffset(text, at + m.len);
        text = text.slice(0, at) + text.slice(e);
        break;
      }
      case 'dup': {
        const e = safeOffset(text, at + m.len);
        text = text.slice(0, e) + text.slice(at, e) + text.slice(e);
        break;
      }
      case 'mark': {
        // Replace the nearest quotation mark at or after `at` (or insert one when there is none).
        let i = at;
        while (i < text.length && !MARKS.includes(text[i])) i++;
        text =
          i < text.length ? text.slice(0, i) + m.mark + text.slice(i + 1) : text.slice(0, at) + m.mark + text.slice(at);
        break;
      }
      case 'eol':
        text = withEol(text, m.eol, at);
        break;
    }
  }
  return text;
}

/** A real draft (examples, fuzz seeds) with random mutations. */
export const mutatedDraft: fc.Arbitrary<string> = fc
  .tuple(pick(SEED_DRAFTS), fc.array(mutation, { minLength: 1, maxLength: 12 }))
  .map(([d, ms]) => mutate(d, ms));

/** Any draft: random or mutated, in any line-break style. */
export const anyDraft: fc.Arbitrary<string> = fc
  .tuple(fc.oneof(randomDraft, mutatedDraft), pick<Eol>(['keep', 'keep', 'lf', 'crlf', 'cr', 'mixed']), fc.nat(2))
  .map(([d, eol, salt]) => withEol(d, eol, salt));
