// Organization names: the short forms a story uses for them (acronyms, the
// name without a national adjective, "the ministry") and whether two names can
// denote the same organization.
import { normalizeWord } from '../text/tokens';

const ADJECTIVES = new Set([
  'chinese',
  'china',
  "china's",
  'us',
  'u.s',
  'american',
  'british',
  'uk',
  'french',
  'german',
  'japanese',
  'russian',
  'indian',
  'national',
  'federal',
  'state',
]);
const MINOR = new Set(['of', 'and', 'for', 'the', 'at', 'on', 'in', '&', 'a', 'an']);
/** Words that make a phrase an organization rather than a person. */
export const ORG_HEADS = new Set(
  (
    'ministry department bureau academy university council committee commission agency office institute ' +
    'association government company corporation corp inc ltd group bank school center centre foundation board ' +
    'court parliament congress senate administration authority service police army union party embassy consulate ' +
    'organization organisation federation society firm team club league network press times news post city county ' +
    'district house hospital college lab laboratory fund trust council'
  ).split(' '),
);

function orgWords(s: string): string[] {
  return s
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}.&]+/u)
    .map((w) => w.replace(/\.$/, ''))
    .filter(Boolean)
    .map(normalizeWord);
}

/** Normal forms under which an organization may be named. */
const keyMemo = new Map<string, Set<string>>();

/** Normal forms under which an organization may be named (memoized: drafts repeat the same names). */
export function orgKeys(name: string): Set<string> {
  let k = keyMemo.get(name);
  if (!k) {
    k = computeOrgKeys(name);
    if (keyMemo.size > 20000) keyMemo.clear();
    keyMemo.set(name, k);
  }
  return k;
}

function computeOrgKeys(name: string): Set<string> {
  const keys = new Set<string>();
  const add = (ws: string[]) => {
    while (ws.length && MINOR.has(ws[0])) ws = ws.slice(1);
    if (!ws.length) return;
    keys.add(ws.join(' '));
    const noAdj = ws.filter((w, i) => !(ADJECTIVES.has(w) && i === 0));
    if (noAdj.length && noAdj.length < ws.length) keys.add(noAdj.join(' '));
    for (const v of [ws, noAdj]) {
      const sig = v.filter((w) => !MINOR.has(w));
      if (sig.length >= 2) keys.add(sig.map((w) => w[0]).join(''));
    }
  };
  for (const m of name.matchAll(/\(([^)]+)\)/g)) add(orgWords(m[1]));
  const bare = name.replace(/\([^)]*\)/g, ' ');
  add(orgWords(bare));
  for (const part of bare.split(/,|;/)) add(orgWords(part));
  return keys;
}

/** Whether ` ${hay} ` includes ` ${needle} ` (found without making the two strings: this runs for every known name). */
export function containsWords(hay: string, needle: string): boolean {
  const n = needle.length;
  for (let q = hay.indexOf(needle); q >= 0; q = hay.indexOf(needle, q + 1))
    if ((q === 0 || hay.charCodeAt(q - 1) === 32) && (q + n === hay.length || hay.charCodeAt(q + n) === 32))
      return true;
  return false;
}

/**
 * Whether a name written in a draft (`written`, possibly short: "the ministry",
 * "MOFCOM", "Renmin University") can denote the organization `known`.
 */
export function orgMatches(written: string, known: string): boolean {
  const a = orgKeys(written),
    b = orgKeys(known);
  for (const x of a) {
    if (b.has(x)) return true;
    for (const y of b) {
      if (x.includes(' ') && containsWords(y, x)) return true;
      if (y.includes(' ') && containsWords(x, y)) return true;
    }
  }
  // "the ministry", "the department": a bare head noun names any organization with that head.
  const head = bareHead(written);
  if (head !== undefined) for (const y of b) if (containsWords(y, head)) return true;
  return false;
}

/** The head noun a name written as one ("the ministry") is, if it is one (memoized: asked for every known name). */
function bareHead(written: string): string | undefined {
  if (headMemo.has(written)) return headMemo.get(written);
  const w = orgWords(written).filter((x) => !MINOR.has(x));
  const head = w.length === 1 && ORG_HEADS.has(w[0]) ? w[0] : undefined;
  if (headMemo.size > 20000) headMemo.clear();
  headMemo.set(written, head);
  return head;
}
const headMemo = new Map<string, string | undefined>();

/** Whether a name is an organization's (memoized: a source's speaker is asked about for each of its statements). */
export function looksLikeOrg(name: string): boolean {
  let v = orgMemo.get(name);
  if (v === undefined) {
    v = /\([A-Z]{2,}\)/.test(name) || orgWords(name).some((w) => ORG_HEADS.has(w));
    if (orgMemo.size > 20000) orgMemo.clear();
    orgMemo.set(name, v);
  }
  return v;
}
const orgMemo = new Map<string, boolean>();
