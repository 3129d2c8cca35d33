// The shape of names in a draft's words: which capitalized words run together, which look like a person's name,
// and where a person's name ends a run of titles and organization words. Used by the cast (cast.ts).
import {
  isCap,
  isTitle,
  titleRole,
  isOrgWord,
  FUNCTION_CAPS,
  HONORIFIC_GENDER,
  genderOfFirstName,
  asciiOnly,
  type Word,
} from './words';
import { ABBREVIATIONS } from './sentences';
import type { Member } from './cast-member';

// (an ASCII string's fold is its lower case alone)
export const fold = (s: string) => (asciiOnly(s) ? s.toLowerCase() : foldWide(s));
const foldWide = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’]/g, "'");
export const CONNECTORS = new Set('of and for de van von der la le du da di del al bin y ap ibn dos das'.split(' '));
/** Lower-case particles inside a name: "Ellen ap Gwynn" (Welsh), "Ahmed ibn Said", "Maria dos Santos". */
const NAME_PARTICLES = new Set('de van von der la le du da di del al bin y ap ibn dos das'.split(' '));
/** Organization words that are also common surnames ("Lena Park", "Marcus Church"). */
const SURNAME_ORG_WORDS = new Set('park house church post power street hall rivers banks field court'.split(' '));
const KIN_LIST = 'wife husband son daughter brother sister mother father widow widower partner fiancé fiancée fiance';
const KIN_WORDS = `(${KIN_LIST.replace(/ /g, '|')})`;
/** "Baptiste's wife, Yvonne," or "Ron Halvorsen, whose 14-year-old daughter, Emma,": the owner and the kin word. */
export const KIN = new RegExp(
  String.raw`(\p{Lu}[\p{L}-]+)(?:['’]s\s+|,\s+whose\s+(?:[\p{L}\d-]+\s+){0,3})${KIN_WORDS},\s*$`,
  'u',
);
export const DOT_NAMES = new Set(['st', 'mt', 'ft', 'jr', 'sr']);

/** Is words[j] + words[j+1] one run (spaces between, or an abbreviation's period)? */
export function adjacent(text: string, a: Word, b: Word | undefined): boolean {
  if (!b) return false;
  // Read character by character (no substring): nothing but spaces, tabs and no-break spaces between; or a period and
  // at least one of them after it.
  const e = b.start;
  let p = a.end;
  const dot = p < e && text.charCodeAt(p) === 46;
  if (dot && ++p >= e) return false;
  while (p < e && isSpaceCode(text.charCodeAt(p))) p++;
  if (p < e) return false;
  return !dot || isTitle(a.low) || a.w.length === 1 || a.w.includes('.') || DOT_NAMES.has(a.low);
}
function isSpaceCode(c: number) {
  return c === 32 || c === 9 || c === 0xa0;
}

export function nameShaped(x: Word): boolean {
  if (!isCap(x.w) || isTitle(x.low) || isOrgWord(x.low) || FUNCTION_CAPS.has(x.low)) return false;
  if (x.w.length > 1 && upperCase(x.w) && !/\./.test(x.w)) return false; // an acronym or a dateline word
  if (/^[DRI]-\p{Lu}/u.test(x.w)) return false; // a party and state: R-Ohio
  return !/\d/.test(x.w);
}

/** Is w its own upper case (read from the codes while they are ASCII: no new string)? */
function upperCase(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c > 127) return w === w.toUpperCase();
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

/** The trailing name in W[from, to): up to four name-shaped words (initials and particles inside). */
export function personIn(W: Word[], from: number, to: number): { start: number; end: number } | undefined {
  let s = to;
  // A surname that is also an organization word ("Lena Park") after a first name.
  const last = W[to - 1];
  if (
    to - from >= 2 &&
    // A title's period is an abbreviation's ("Gov."); after a word never abbreviated ("Judith Dame.") a sentence's.
    (SURNAME_ORG_WORDS.has(last.low) || (isTitle(last.low) && !(last.dot && ABBREVIATIONS.has(last.low)))) &&
    isCap(last.w) &&
    nameShaped(W[to - 2]) &&
    genderOfFirstName(W[to - 2].w)
  )
    s = to - 1;
  while (
    s > from &&
    to - s < 3 &&
    // A possessive ends a name ("Daniel Osei's novel") but never stands inside one.
    (s === to || !W[s - 1].poss) &&
    (nameShaped(W[s - 1]) || (NAME_PARTICLES.has(W[s - 1].low) && s < to && s - 1 > from))
  )
    s--;
  while (s < to && NAME_PARTICLES.has(W[s].low)) s++;
  if (to - s < 2) return undefined;
  // five capitalized words and more: a place or a team, not a person; four when the first two are first names
  // ("María José Hernández López": a double first name and two surnames).
  if (s > from && nameShaped(W[s - 1]) && !W[s - 1].poss) {
    const alone = s - 1 === from || !nameShaped(W[s - 2]);
    if (!(to - s === 3 && alone && genderOfFirstName(W[s - 1].w) && genderOfFirstName(W[s].w))) return undefined;
    return { start: s - 1, end: to };
  }
  if (W.slice(s, to).some((x) => x.poss) && !W[to - 1].poss) return undefined;
  if (to - s === 3 && occupation(W[s], W[s + 1])) s++;
  return { start: s, end: to };
}

/** Endings of nouns for what someone does ("Striker", "Pediatrician", "Novelist", "Goalkeeper"). */
const AGENT_ENDING = /(?:er|or|ist|ian|ant|ent|ess|eon|ic|ect|ee|back|keeper|ef|wright)$/;

/**
 * "Pediatrician Samuel Okonkwo" at the start of a sentence: a capitalized noun for someone's work before a first
 * name is a description, not the first of three names (a first name never ends in one of these and precedes another).
 */
function occupation(x: Word, next: Word): boolean {
  return occupationWord(x) && !!genderOfFirstName(next.w);
}
export function occupationWord(x: Word): boolean {
  return AGENT_ENDING.test(x.low) && !x.low.includes('-') && !isTitle(x.low) && !genderOfFirstName(x.w);
}

/**
 * The person introduced with a longer name that ends in these words: "Tackett Laferty" for Ashley Tackett Laferty,
 * "García Márquez" for Gabriel García Márquez (a two-word surname is a short form, not a new person).
 */
export function longerName(byPart: Map<string, Member[]>, name: string): Member | undefined {
  const key = fold(name);
  const parts = key.split(/\s+/);
  return byPart
    .get(parts[parts.length - 1])
    ?.find(
      (m) => m.kind === 'person' && fold(m.name).endsWith(' ' + key) && fold(m.name).split(/\s+/).length > parts.length,
    );
}

/** Of the people a short form could be ("Mr. Kessler", "Vermeer", "Judge Castellanos"), the one it means. */
export function chooseShort(cands: Member[], key: string, titles: string[], at: number): Member | undefined {
  const g = titles.map((t) => HONORIFIC_GENDER[t]).find(Boolean);
  if (g) cands = cands.filter((m) => m.gender !== (g === 'm' ? 'f' : 'm'));
  const roles = titles.map(titleRole).filter((r): r is string => !!r && r !== 'mr' && r !== 'ms' && r !== 'mrs');
  const withRole = cands.filter((m) => roles.some((r) => m.roles.has(r)));
  if (withRole.length) cands = withRole;
  const bySurname = cands.filter((m) => fold(m.last ?? '') === key);
  if (bySurname.length && titles.length) cands = bySurname;
  // Dale and Kelsey Vermeer, Kelsey called by her first name: "Vermeer" alone is Dale.
  const notFirstNamed = bySurname.filter((m) => !m.firstNamed);
  if (bySurname.length > 1 && notFirstNamed.length) cands = notFirstNamed;
  return cands.filter((m) => m.lastAt <= at).sort((a, b) => b.lastAt - a.lastAt)[0] ?? cands[0];
}

/** Prefixes of surnames written with a capital inside ("McDonald", "DeSantis", "LeBron", "FitzGerald"). */
const INNER_CAP_PREFIX = /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|St|Fitz|O['’])\p{Lu}/u;

/** "PricewaterhouseCoopers", "AstraZeneca", "PwC": a capital inside one word names a business, not a person. */
export function camelCased(w: string): boolean {
  return /^\p{Lu}\p{Ll}+\p{Lu}/u.test(w) && !INNER_CAP_PREFIX.test(w);
}

/** Where a person's full name starts after an owner's possessive in W[a, to) ("The Peaks' Tomas Riedl"), or -1. */
export function ownedAt(W: Word[], a: number, to: number): number {
  for (let k = a; k < to - 2; k++) {
    if (!W[k].poss) continue;
    const p = personIn(W, k + 1, to);
    return p && p.start === k + 1 && p.end === to && genderOfFirstName(W[k + 1].w) ? k + 1 : -1;
  }
  return -1;
}

/** Words after a name that make it a company's ("Chemours shares plunged"). */
export const TRADED = new Set(['shares', 'stock', 'stocks']);
