// What a draft tells about a name it introduces: role nouns around it ("senior quarterback X", "Her father, X",
// "X, the bank's governor,") and whether the words before it make it an organization ("the budgeting app Pocketly").
import { DETERMINERS, ORG_NOUNS, RELATIVES, DOCUMENT_NOUNS, verbShaped, isLower, type Word } from './words';
import type { Member } from './cast-member';
import { adjacent, CONNECTORS } from './cast-names';

const CONJUNCTIONS = new Set(['but', 'or', 'yet', 'so', 'nor', 'as', 'while', 'because', 'if', 'than']);

/** Is the one-word or unknown run at W[a] described as an organization ("Pocketly, the budgeting app")? */
export function orgDescribed(text: string, W: Word[], a: number): boolean {
  const prev = a > 0 ? W[a - 1] : undefined;
  if (
    prev &&
    isLower(prev.w) &&
    adjacent(text, prev, W[a]) &&
    ORG_NOUNS[prev.low] !== undefined &&
    prev.low !== 'report'
  )
    return true;
  return false;
}

/** Role nouns around a name: "senior quarterback X", "Her father, X", "X, the bank's governor,". */
export function describe(text: string, m: Member, W: Word[], from: number, to: number) {
  const prev = from > 0 ? W[from - 1] : undefined;
  if (prev && adjacent(text, prev, W[from])) {
    addRole(m, prev);
    // "the forensic firm Corbel Forensics", "the Vienna newspaper Der Abendkurier": an organization.
    if (m.kind === 'person' && ORG_NOUNS[prev.low] !== undefined && !DOCUMENT_NOUNS.has(prev.low)) m.kind = 'org';
  } else if (prev && /^\s*,\s*$/.test(text.slice(prev.end, W[from].start))) {
    // "Her father, Ernesto Ruelas": a short description before the comma.
    let k = from - 1,
      n = 0;
    while (k > 0 && n < 4 && adjacent(text, W[k - 1], W[k])) {
      k--;
      n++;
    }
    if (DETERMINERS.has(W[k].low) || W[k].poss) addRole(m, prev);
  }
  const next = W[to];
  if (next && /^\s*,\s*$/.test(text.slice(W[to - 1].end, next.start)) && (DETERMINERS.has(next.low) || next.poss)) {
    let k = to;
    while (
      k < W.length &&
      k - to < 8 &&
      (k === to || adjacent(text, W[k - 1], W[k])) &&
      !['of', 'at', 'for', 'in', 'who', 'whose', 'which', 'to', 'with', 'that', 'from'].includes(W[k].low)
    ) {
      if (isLower(W[k].w) && !W[k].poss) addRole(m, W[k]);
      k++;
    }
  }
}

/** A lower-case role noun beside a name, for what the draft tells about m. */
function addRole(m: Member, x: Word | undefined) {
  if (
    !x ||
    !isLower(x.w) ||
    DETERMINERS.has(x.low) ||
    RELATIVES.has(x.low) ||
    verbShaped(x.low) ||
    CONNECTORS.has(x.low) ||
    CONJUNCTIONS.has(x.low)
  )
    return;
  m.roles.add(x.low);
  if (m.kind === 'unknown' && Object.prototype.hasOwnProperty.call(ORG_NOUNS, x.low)) m.kind = 'org';
}
