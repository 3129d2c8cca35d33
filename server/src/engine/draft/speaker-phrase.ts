// Reads the words that name a speaker ("Gov. Renata Kowalczyk", "a spokeswoman
// for the hotel chain, Celine Dubois", "a weary Fontenot", "the influential
// daily", "analysts at Dunmore Capital", "she") and finds who they denote in
// the draft's cast. Knows nothing of verbs; attribution.ts finds the phrase.
import type { Span } from '../types';
import type { SpeakerRef } from './mentions';
import { nameShaped, type Cast, type Member } from './cast';
import {
  wordsOf,
  isCap,
  isTitle,
  isOrgWord,
  FUNCTION_CAPS,
  DETERMINERS,
  PRONOUNS,
  GROUP_NOUNS,
  ASKERS,
  ORG_NOUNS,
  DOCUMENT_NOUNS,
  RELATIVES,
  SPOKES_NOUNS,
  type Word,
} from './words';

export interface Who {
  member?: Member;
  /** An unnamed asker ("a reporter"): a quotation with no speaker, by design. */
  unnamed?: boolean;
  /** "A spokesman" with no organization named: the one the sentence before spoke for, if any. */
  spokes?: boolean;
  /** A pronoun to resolve against the discourse (he, she, they, it, I, we). */
  pronoun?: string;
  /** Found from a description ("the governor", "the company"), not a name: a name beside it is better. */
  described?: boolean;
  /** A description ("the spokesperson", "the ministry") the corpus reader already resolved. */
  corpusRef?: SpeakerRef;
  span: Span;
}

const SPOKES = SPOKES_NOUNS;
const PREPS = new Set(['of', 'at', 'for', 'from', 'with', 'in', 'on', 'to', 'by']);
const isName = (x: Word) => isCap(x.w) && !PRONOUNS.has(x.low);
/** From the start of a to the end of b (a module function: tsx names a closure on every call). */
function span(a: Word, b: Word): Span {
  return { start: a.start, end: b.end };
}

/** The speaker a phrase text[s, e) names, if it names one. `at` is where it stands, for recency. */
export function readSpeakerPhrase(text: string, s: number, e: number, cast: Cast, block: number): Who | undefined {
  const W = text === cast.text ? cast.words(s, e) : wordsOf(text, s, e);
  let k = 0;
  while (k < W.length && ['and', 'but', 'then', 'also', 'as', 'while', 'adding'].includes(W[k].low)) k++;
  const ws = W.slice(k);
  if (!ws.length) return undefined;
  if (ws.length <= 2 && PRONOUNS.has(ws[0].low)) return { pronoun: ws[0].low, span: span(ws[0], ws[0]) };
  // "members of X", "analysts at X": the group speaks for X.
  const g = ws.findIndex((x) => GROUP_NOUNS.has(x.low));
  if (g >= 0 && g + 1 < ws.length && PREPS.has(ws[g + 1].low)) {
    // Whatever the draft names after "analysts at" is the organization, whatever its name looks like.
    const org = cast.mentionsIn(ws[g + 1].end, e)[0];
    if (org)
      return { member: org.member.kind === 'person' ? { ...org.member, kind: 'org' } : org.member, span: org.span };
    const noun = ws.slice(g + 2).find((x) => Object.prototype.hasOwnProperty.call(ORG_NOUNS, x.low) && !isCap(x.w));
    if (noun) {
      const m = resolveOrgNoun(noun.low, cast, s, block);
      if (m) return { member: m, span: span(noun, noun) };
    }
  }
  // Two people speaking together ("Ann Ruiz and Peter Cole"): no one speaker.
  const and = ws.findIndex((x) => x.low === 'and');
  if (and > 0 && and + 1 < ws.length && isName(ws[and - 1]) && isName(ws[and + 1])) {
    const left = cast.mentionAt(ws[and - 1].start),
      right = cast.mentionAt(ws[and + 1].start);
    if (left?.member.kind === 'person' && right?.member.kind === 'person' && left.member !== right.member)
      return { unnamed: true, span: span(ws[0], ws[ws.length - 1]) };
  }
  // A name in the phrase, not one after "of/at/for" (an affiliation) and not a possessive (an owner); a person before
  // an organization.
  let org: Who | undefined;
  for (let i = 0; i < ws.length; i++) {
    const x = ws[i];
    if (PREPS.has(x.low)) break;
    if (!isName(x)) continue;
    const m = cast.mentionAt(x.start);
    if (!m && (FUNCTION_CAPS.has(x.low) || (isTitle(x.low) && i + 1 < ws.length && isCap(ws[i + 1].w)))) continue;
    let end = i;
    if (m) {
      while (end + 1 < ws.length && ws[end + 1].end <= m.span.end) end++;
    } else
      while (
        end + 1 < ws.length &&
        isCap(ws[end + 1].w) &&
        ws[end + 1].start - ws[end].end <= 2 &&
        !cast.mentionAt(ws[end + 1].start)
      )
        end++;
    if (!ws[end].poss && affiliation(ws, end)) {
      // "Cal Fire spokesman Anthony Brown", "Apple chief executive Tim Cook": whom the named one works for.
      i = end;
      continue;
    }
    if (ws[end].poss) {
      // "Halvorsen Development's application": a document speaks for its owner.
      const doc =
        ws[end + 1] && DOCUMENT_NOUNS.has(ws[ws.length - 1].low) && !ws.slice(end + 1).some((y) => PREPS.has(y.low));
      const owner = doc ? (m?.member ?? resolveWritten(ws, i, end, cast)) : undefined;
      if (owner) return { member: owner, span: span(ws[i], ws[ws.length - 1]) };
      i = end;
      continue;
    }
    const member = m?.member ?? resolveWritten(ws, i, end, cast);
    const named = m
      ? { start: Math.max(m.span.start, x.start), end: m.span.end }
      : span(ws[Math.max(i, end - 2)], ws[end]);
    if (member && member.kind === 'person') return { member, span: named };
    if (member && !org) org = { member, span: m ? m.span : span(ws[i], ws[end]) };
    i = Math.max(i, end);
  }
  if (org) return org;
  // A description: the head noun before "of/for/at" or the end.
  let head: Word | undefined;
  for (const x of ws) {
    if (PREPS.has(x.low) || RELATIVES.has(x.low)) break;
    if (!isCap(x.w)) head = x;
  }
  if (!head) return undefined;
  if (ASKERS.has(head.low)) return { unnamed: true, span: span(head, head) };
  const h = ws.indexOf(head);
  if (DOCUMENT_NOUNS.has(head.low)) {
    // "a release from the department": whoever issued it; "a report" alone names nobody.
    if (h + 2 < ws.length && (ws[h + 1].low === 'from' || ws[h + 1].low === 'by'))
      return readSpeakerPhrase(text, ws[h + 2].start, e, cast, block);
    if (ws[0].low === 'a' || ws[0].low === 'an') return undefined;
    // "…," the statement read. It was signed by Oskar Lind.: whoever the next words say signed it.
    const signer = ws[0].low === 'the' ? signedBy(cast, e, block) : undefined;
    if (signer) return { member: signer.member, span: signer.span, described: true };
  }
  if (
    Object.prototype.hasOwnProperty.call(ORG_NOUNS, head.low) ||
    (isOrgWord(head.low) && !DOCUMENT_NOUNS.has(head.low))
  ) {
    // "a spokeswoman for the ministry" never comes here (spokeswoman is not an org noun); "the company" does.
    const m = resolveOrgNoun(head.low, cast, s, block);
    return m ? { member: m, span: span(ws[0], head), described: true } : undefined;
  }
  if (GROUP_NOUNS.has(head.low) || /s$/.test(head.low)) {
    const m = groupOrg(head.low, cast, s, block);
    return m ? { member: m, span: span(ws[0], head), described: true } : undefined;
  }
  // "a spokesman for Northern Lines": without a name, the organization speaks.
  if (
    SPOKES.has(head.low) &&
    h + 1 < ws.length &&
    (ws[h + 1].low === 'for' || ws[h + 1].low === 'of' || ws[h + 1].low === 'at')
  ) {
    const org = cast.mentionsIn(ws[h + 1].end, e)[0];
    if (org)
      return {
        member: org.member.kind === 'person' ? { ...org.member, kind: 'org' } : org.member,
        span: span(ws[0], ws[ws.length - 1]),
      };
    const noun = ws
      .slice(h + 2)
      .reverse()
      .find((x) => Object.prototype.hasOwnProperty.call(ORG_NOUNS, x.low));
    const m = noun && resolveOrgNoun(noun.low, cast, s, block);
    if (m) return { member: m, span: span(ws[0], ws[ws.length - 1]) };
  }
  // "a woman in the crowd", "one fan": someone the draft does not name.
  if (['a', 'an', 'one', 'another', 'some'].includes(ws[0].low))
    return {
      unnamed: true,
      span: span(ws[0], head),
      ...(SPOKES.has(head.low) && h === ws.length - 1 && { spokes: true }),
    };
  if (DETERMINERS.has(ws[0].low)) {
    const m = cast.resolveRole(head.low, s);
    if (m) return { member: m, span: span(ws[0], head), described: true };
  }
  return undefined;
}

/**
 * Whether the name ending at ws[end] is followed by a role in lower case (one to three words, the last a title or a
 * spokesperson noun: "spokesman", "chief executive", "press secretary") and then another name: the first name is
 * whom the second works for, whatever it looks like ("Cal" is a first name, "Cal Fire" an agency).
 */
function affiliation(ws: Word[], end: number): boolean {
  let j = end + 1;
  while (j < ws.length && j - end <= 3 && !isCap(ws[j].w) && /^\p{Ll}+$/u.test(ws[j].w)) j++;
  if (j === end + 1 || j >= ws.length || !isName(ws[j])) return false;
  const role = ws[j - 1].low;
  return isTitle(role) || SPOKES.has(role) || role === 'official';
}

const SIGNED_BY = /\bsigned\s+by\s+(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u;

/** The person named as a document's signer right after it ("It was signed by X"), in the same paragraph. */
function signedBy(cast: Cast, at: number, block: number) {
  for (const c of cast.mentionsIn(at, Math.min(cast.blockEnd(block), at + 200))) {
    if (c.member.kind !== 'person') continue;
    const before = cast.textBefore(c.span.start, 60);
    // Not when it was signed by more than one ("by X and two aides"), or not signed by X.
    const more = /^\s*(?:and\b|&|,\s*(?:and\b|\p{Lu}))/u.test(cast.text.slice(c.span.end, c.span.end + 8));
    return SIGNED_BY.test(before) && !more && !/\b(?:not|never)\s+signed\b/.test(before) ? c : undefined;
  }
  return undefined;
}

/** A name the cast has no mention for here (inside a quotation): a full name or a short form. */
function resolveWritten(ws: Word[], i: number, end: number, cast: Cast): Member | undefined {
  const titles: string[] = [];
  let k = i;
  while (k < end && isTitle(ws[k].low)) titles.push(ws[k++].low);
  k = Math.max(k, end - 2); // a name is its last three words at most ("Harbour Master Marta Lindqvist")
  if (end - k >= 1) {
    // A full name the writer's own words never gave (a speaker quoting someone): the name as written.
    if (!ws.slice(k, end + 1).every(nameShaped)) return undefined;
    const name = ws
      .slice(k, end + 1)
      .map((x) => x.w)
      .join(' ');
    return (
      cast.byFullName(name) ?? {
        name,
        kind: 'person',
        gender: undefined,
        roles: new Set(),
        lastAt: ws[i].start,
        mentions: 0,
      }
    );
  }
  return cast.resolveShort(ws[end].w, titles, ws[end].start);
}

/** "The three commissioners" → the organization whose name shares their stem (Commission). */
function groupOrg(noun: string, cast: Cast, at: number, block: number): Member | undefined {
  const stem = noun.replace(/(?:ers|ors|ists|ians|s)$/, '');
  if (stem.length < 5) return undefined;
  void block;
  // (cast.before(at) read by index: no generator for the up to 400 mentions of a plural head noun)
  const M = cast.mentions;
  for (let k = cast.firstFrom(at) - 1, n = 0; k >= 0 && n < 400; k--, n++) {
    const c = M[k];
    if (c.member.kind === 'org' && c.member.name.toLowerCase().includes(stem)) return c.member;
  }
  return undefined;
}

/** "the company", "the union", "the paper", "the report": the organization the draft means. */
export function resolveOrgNoun(noun: string, cast: Cast, at: number, block: number): Member | undefined {
  const fits = Object.prototype.hasOwnProperty.call(ORG_NOUNS, noun)
    ? ORG_NOUNS[noun]
    : new RegExp(`\\b${noun.replace(/[^\p{L}]/gu, '')}\\b`, 'iu');
  const doc = DOCUMENT_NOUNS.has(noun);
  const orgLike = (m: Member) =>
    m.kind === 'org' ||
    (m.kind === 'unknown' && [...m.roles].some((r) => Object.prototype.hasOwnProperty.call(ORG_NOUNS, r)));
  const fit = (m: Member) =>
    orgLike(m) && (doc || !fits || fits.test(m.name) || m.roles.has(noun) || sameKind(noun, m));
  // The paragraph's organizations near the phrase (a bounded look: a paragraph may repeat "the ministry" thousands of
  // times).
  const inBlock = cast
    .mentionsIn(Math.max(cast.blockStart(block), at - 2000), Math.min(cast.blockEnd(block), at + 2000))
    .filter((c) => fit(c.member));
  if (doc) {
    // A report speaks for whoever the paragraph says made it ("released by X", "carried out by X").
    const by = inBlock.find((c) =>
      /\b(?:by|from)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}$/u.test(cast.textBefore(c.span.start, 40)),
    );
    if (by) return by.member;
  }
  const before = inBlock.filter((c) => c.span.start < at);
  if (before.length) return before[before.length - 1].member;
  if (doc && inBlock.length) return inBlock[0].member;
  let best: Member | undefined;
  for (const c of cast.before(at)) {
    if (!fit(c.member)) continue;
    if (noun !== 'company') return c.member;
    if (!best || c.member.mentions >= best.mentions) best = c.member;
  }
  return best;
}

/** Nouns for a business ("the company", "the chain"); a member with one of these roles is one. */
const BUSINESS_NOUNS = new Set(
  'company firm chain startup start-up app business maker developer operator retailer manufacturer'.split(' '),
);
/** Roles that also make a business, though the draft would not call it by them. */
const BUSINESS_ROLES = new Set([...BUSINESS_NOUNS, 'steelmaker', 'builder', 'gallery']);

function sameKind(noun: string, m: Member): boolean {
  const outlet = ['paper', 'newspaper', 'daily'];
  if (outlet.includes(noun)) return outlet.some((o) => m.roles.has(o));
  if (BUSINESS_NOUNS.has(noun)) {
    return (
      [...m.roles].some((r) => BUSINESS_ROLES.has(r)) ||
      (!ORG_NOUNS.union!.test(m.name) && !ORG_NOUNS.paper!.test(m.name))
    );
  }
  return false;
}
