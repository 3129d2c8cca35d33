// Who said a quotation, read the way a copy editor reads news copy: the
// reporting clause after the quotation ("…," Guo said / said Gov. X, R-Town /
// according to X), the one before it (X said: "…" / X told the Ledger that
// "…"), the reporting verb read from the clause's shape rather than a list.
// attribute.ts reads the quotations in order with what the reader holds.
import type { Span } from '../types';
import type { Mention, SpeakerRef } from './mentions';
import type { People } from '../corpus/people';
import { Cast, type Member } from './cast';
import { readSpeakerPhrase, type Who } from './speaker-phrase';
import {
  verbShaped,
  verbAt,
  modalAt,
  isCap,
  isLower,
  AUX,
  DETERMINERS,
  PRONOUNS,
  SPEECH_VERBS,
  type Word,
} from './words';
import {
  gapBreak,
  appositive,
  SHORT_SPEECH,
  ADVERBS,
  SUBORDINATE,
  CLAUSE_WORDS,
  STOP_NP,
  CLAUSE_OPENERS,
  AFFILIATION,
  LINKS,
  JOINS,
  passive,
  participleOpens,
  adverbAt,
} from './clause-shape';
import { spokenKind } from './quote-kinds';
import { dashPair, dashBefore, dashClose, pairedGap, agency, nobodyDescribed } from './subject-marks';
import type { Attribution, SpeakerReader } from './reading-types';

export type { Attribution, QuoteReading } from './reading-types';

interface Found {
  who: Who;
  how: Attribution['how'];
}

const AS_SAYING = new Set(['saying', 'telling', 'stating', 'writing', 'warning', 'adding']);
const COORDINATORS = new Set(['but', 'and', 'yet', 'so', 'or']);

export class Attributor implements SpeakerReader {
  readonly cast: Cast;
  constructor(
    private text: string,
    private outside: string,
    blocks: Span[],
    private mentions: Mention[],
    private people: People,
  ) {
    this.cast = new Cast(outside, blocks);
  }

  /** "…," X said / said X / according to X, in outside[from, to). */
  after(from: number, to: number, block: number, maxSubject = 30): Found | undefined {
    const W = this.cast.words(from, to);
    if (!W.length || /[.!?]/.test(this.outside.slice(from, W[0].start).replace(/^[\s"”’'»]*[,.!?]?/, '')))
      return undefined;
    // "… 'by everyone in the chamber' and PwC won an open tender": a clause of its own, no reporting clause.
    if (JOINS.has(W[0].w)) return undefined;
    if (W[0].low === 'according' && W[1]?.low === 'to') {
      const who = this.phraseFrom(W, 2, block);
      return who && !who.unnamed ? { who, how: 'according' } : undefined;
    }
    if (verbShaped(W[0].low) && W.length > 1) {
      let k = 1;
      while (k < W.length && ['out', 'back', 'up', 'off', 'in'].includes(W[k].low) && !isCap(W[k].w)) k++;
      const who = this.phraseFrom(W, k, block);
      return who && { who, how: 'after' };
    }
    const v = this.verbAfterSubject(W, 0);
    const quoted = v && this.quotedAs(W, v.verb, block);
    if (quoted) return { who: quoted, how: 'after' };
    if (v === undefined || v.verb > maxSubject) {
      // "… 'at risk within 10 days' after that, according to state Treasurer Gloria Manning."
      const acc = W.findIndex(
        (x, k) =>
          x.low === 'according' && W[k + 1]?.low === 'to' && k > 0 && gapBreak(this.outside, W[k - 1], x) === 'comma',
      );
      const who = acc > 0 ? this.phraseFrom(W, acc + 2, block) : undefined;
      return who && !who.unnamed ? { who, how: 'according' } : undefined;
    }
    const who =
      this.phrase(W, 0, v.npEnd, block, v.npEnd < W.length ? W[v.npEnd] : undefined, W) ??
      agency(W, 0, v.npEnd) ??
      (SPEECH_VERBS.has(W[v.verb].low) && !passive(W, v.verb) ? nobodyDescribed(W, 0, v.npEnd) : undefined);
    return who && { who, how: 'after' };
  }

  /** "quoted X as saying": X, when W[k] is "quoted" and "as saying" follows within a few words. */
  private quotedAs(W: Word[], k: number, block: number): Who | undefined {
    if (W[k].low !== 'quoted') return undefined;
    for (let a = k + 2; a < W.length - 1 && a - k < 12; a++) {
      if (gapBreak(this.outside, W[a - 1], W[a]) === 'stop') return undefined;
      if (W[a].low === 'as' && AS_SAYING.has(W[a + 1].low)) return this.phrase(W, k + 1, a, block, W[a], W);
    }
    return undefined;
  }

  /** The noun phrase that starts at W[k] and its appositive name ("a spokeswoman for X, Celine Dubois"). */
  private phraseFrom(W: Word[], k: number, block: number): Who | undefined {
    let e = k;
    while (e < W.length && (e === k || !gapBreak(this.outside, W[e - 1], W[e])) && !(e > k && STOP_NP.has(W[e].low)))
      e++;
    return this.phrase(W, k, e, block, W[e], W);
  }

  /** Reads W[s, e) as a speaker phrase; a description without a name takes the name after its comma. */
  phrase(W: Word[], s: number, e: number, block: number, next: Word | undefined, all: Word[]): Who | undefined {
    if (s >= e) return undefined;
    const who = readSpeakerPhrase(this.outside, W[s].start, W[e - 1].end, this.cast, block);
    const described = !!who?.described || ((!isCap(W[s].w) || DETERMINERS.has(W[s].low)) && !who?.member);
    // A description the corpus knows ("the spokesperson" for the ministry's, "the ministry"): its reading wins.
    if (!isCap(W[s].w) || DETERMINERS.has(W[s].low)) {
      const known = this.mentionsIn({ start: W[s].start, end: W[e - 1].end }).find(
        (m) =>
          (m.ref.kind === 'role' && !!m.ref.org) ||
          (m.ref.kind === 'org' && m.ref.known) ||
          (m.ref.kind === 'person' && m.roleWord?.startsWith('the ')),
      );
      if (known && !who?.pronoun && !(who?.member && isCap(this.outside[who.span.start])))
        return { corpusRef: known.ref, span: known.span };
    }
    if ((who?.member?.kind === 'person' && !described) || who?.pronoun) return who;
    if (
      next &&
      e < all.length &&
      gapBreak(this.outside, all[e - 1], next) === 'comma' &&
      (isCap(next.w) || DETERMINERS.has(next.low)) &&
      !/^[DRI](?:-|$)/.test(next.w)
    ) {
      let f = e + 1;
      while (f < all.length && !gapBreak(this.outside, all[f - 1], all[f]) && !STOP_NP.has(all[f].low)) f++;
      const named = readSpeakerPhrase(this.outside, next.start, all[f - 1].end, this.cast, block);
      // "the chair of the judges, the broadcaster Nadia Forsythe,": after a determiner, only a person's name.
      const fits = isCap(next.w) ? named?.member?.kind !== 'org' : named?.member?.kind === 'person' && !named.described;
      if (named?.member && fits) return named;
    }
    if (who?.member?.kind === 'person' && described) return who;
    return who;
  }

  /** The reporting verb after a subject that starts at W[k]: skips appositives; gives where the subject ends. */
  private verbAfterSubject(W: Word[], k: number): { verb: number; npEnd: number } | undefined {
    let npEnd = -1;
    for (let i = k; i < W.length && i - k < 30; i++) {
      if (i > k) {
        const br = gapBreak(this.outside, W[i - 1], W[i]);
        if (br === 'stop') {
          // '"…," Kay Billing – who leads the county council – insisted.': a pair of dashes sets off what commas
          // would; the verb follows the second.
          const j = dashBefore(this.outside, W, i) ? dashClose(this.outside, W, i) : -1;
          if (j < 0 || !verbAt(W, j)) return undefined;
          return { verb: j, npEnd: npEnd < 0 ? i : npEnd };
        }
        if (br === 'comma') {
          if (npEnd < 0) npEnd = i;
          // "the company's lawyer, X," / "Veridian's chief executive, X,": a description, then the name.
          const namedAfterDescription = isCap(W[i].w) && (DETERMINERS.has(W[k].low) || isLower(W[k].w) || W[k].poss);
          if (!appositive(W, i) && !namedAfterDescription) return undefined;
          // Skip the appositive up to its closing comma.
          let j = i + 1;
          while (j < W.length && j - i < 14 && !gapBreak(this.outside, W[j - 1], W[j])) j++;
          if (j >= W.length || gapBreak(this.outside, W[j - 1], W[j]) !== 'comma') return undefined;
          i = j;
          if (appositive(W, i) && !(verbShaped(W[i].low) && isLower(W[i].w))) {
            i--;
            continue;
          }
        }
      }
      if (i > k && verbAt(W, i)) return { verb: i, npEnd: npEnd < 0 ? i : npEnd };
      if (npEnd < 0 && i - k >= 8) return undefined;
    }
    return undefined;
  }

  /** X said: "…" / X told the Ledger that "…" / X fumed that the governor had "…", in outside[from, to). */
  before(from: number, to: number, block: number, nWords: number, close = to): Found | undefined {
    const next = /^[\s"”’'»]*(\p{Ll}+)/u.exec(this.outside.slice(close, close + 24));
    const qualifies = !!next && !CLAUSE_WORDS.has(next[1]);
    const W = this.cast.words(from, to);
    if (!W.length) return undefined;
    const tail = this.outside.slice(W[W.length - 1].end, to);
    // "According to X, …": the source named at the start of the sentence.
    const acc = W.findIndex((x, k) => x.low === 'according' && W[k + 1]?.low === 'to');
    if (acc >= 0 && acc <= 2) {
      let e = acc + 2;
      while (e < W.length && !gapBreak(this.outside, W[e - 1], W[e])) e++;
      const who = this.phrase(W, acc + 2, e, block, undefined, W);
      if (who && !who.unnamed) return { who, how: 'according' };
    }
    if (/:\s*$/.test(tail)) {
      // "X was blunt: …": the clause's subject, up to its first comma or verb.
      const s = this.clauseStart(W);
      let e = s + 1;
      while (
        e < W.length &&
        e - s < 8 &&
        !gapBreak(this.outside, W[e - 1], W[e]) &&
        !(isLower(W[e].w) && (AUX.has(W[e].low) || verbAt(W, e) || adverbAt(W, e)))
      )
        e++;
      const who = this.phrase(W, s, e, block, W[e], W);
      if (who) return { who, how: 'before' };
    }
    // "Reuters quoted Lena Fisk as saying the plan was '…'": the one quoted said it.
    const quotedAt = W.findIndex((x) => x.low === 'quoted');
    const quoted = quotedAt > 0 ? this.quotedAs(W, quotedAt, block) : undefined;
    if (quoted) return { who: quoted, how: 'before' };
    // The verbs before the quotation, nearest first; a verb of speech before any other ("said the board was asking").
    const verbs: number[] = [];
    for (let k = W.length - 1; k >= 1; k--) if (verbAt(W, k)) verbs.push(k);
    const speech = verbs.find((k) => SPEECH_VERBS.has(W[k].low) && !passive(W, k));
    // A word or two ends what the speaker said when nothing it qualifies follows ("said he remained 'hopeful.'").
    if (speech !== undefined && verbs[0] !== speech && (nWords > 2 || !qualifies)) {
      verbs.splice(verbs.indexOf(speech), 1);
      verbs.unshift(speech);
    }
    for (const k of verbs) {
      // Not the verb of a clause set off by commas ("…, as she left City Hall, '…'").
      let seg = k;
      while (seg > 0 && gapBreak(this.outside, W[seg - 1], W[seg]) !== 'comma' && k - seg < 12) seg--;
      const closed = /,/.test(this.outside.slice(W[k].end, to));
      if (seg > 0 && SUBORDINATE.has(W[seg].low) && closed) continue;
      // A word or two: said right after a verb of saying, or inside what a speaker said ("X said the bank would act
      // 'decisively'"), unless it qualifies the noun after it (a "closed-loop" system: a word held at a distance).
      const near = SHORT_SPEECH.has(W[k].low) && W.length - k <= 4;
      if (nWords <= 2 && !near && !(SPEECH_VERBS.has(W[k].low) && !qualifies)) return undefined;
      // "X was paid £2m to help make '…'", "residents were told to '…'": a passive's subject said nothing.
      if (passive(W, k)) continue;
      const who = this.subjectOf(W, k, block);
      if (who) return { who, how: 'before' };
      if (W.length - k > 3) return undefined;
    }
    return undefined;
  }

  /** Where the main clause starts: after an opening phrase ("In a statement,", "When she stepped down,"). */
  clauseStart(W: Word[]): number {
    if (!W.length) return 0;
    // "Speaking at the State Emergency Operations Center, Reynolds …": a participle's phrase, up to its comma.
    if (participleOpens(W)) {
      for (let i = 2; i < W.length && i < 20; i++) if (gapBreak(this.outside, W[i - 1], W[i]) === 'comma') return i;
      return 0;
    }
    if (!CLAUSE_OPENERS.has(W[0].low)) return 0;
    // "By morning they had moved …": after a short phrase of time or place, a pronoun starts the clause (no comma
    // needed).
    if (!SUBORDINATE.has(W[0].low)) {
      for (let i = 1; i < W.length && i < 5; i++) {
        if (gapBreak(this.outside, W[i - 1], W[i])) break;
        if (PRONOUNS.has(W[i].low) && W[i].low !== 'it') return i;
      }
    }
    for (let i = 1; i < W.length && i < 20; i++) if (gapBreak(this.outside, W[i - 1], W[i]) === 'comma') return i;
    return 0;
  }

  /** The subject of the verb at W[v]: the noun phrase before it, past appositives and an opening phrase. */
  private subjectOf(W: Word[], v: number, block: number): Who | undefined {
    const speech = v;
    // "had testified", "also said": the auxiliaries and adverbs belong to the verb.
    while (v > 1 && (AUX.has(W[v - 1].low) || modalAt(W[v - 1].low) || ADVERBS.has(W[v - 1].low))) v--;
    // A pronoun right before the verb is its subject ("… it claimed").
    if (v > 0 && PRONOUNS.has(W[v - 1].low))
      return { pronoun: W[v - 1].low, span: { start: W[v - 1].start, end: W[v - 1].end } };
    // Comma segments before the verb, from the start of its clause (after a dateline's dash or a semicolon).
    const segs: [number, number][] = [];
    let s = this.clauseStart(W.slice(0, v));
    // "Kay Mason Billig – who leads the county council – insisted": a pair of dashes sets off what commas would.
    const paired = dashPair(this.outside, W, s, v);
    for (let i = v - 1; i > s; i--)
      if (pairedGap(this.outside, W, paired, i) === 'stop') {
        s = i;
        break;
      }
    for (let i = s + 1; i <= v; i++)
      if (i === v || pairedGap(this.outside, W, paired, i) === 'comma') {
        segs.push([s, i]);
        s = i;
      }
    for (let k = segs.length - 1; k >= 0; k--) {
      let a = segs[k][0];
      let b = segs[k][1];
      if (a >= b) continue;
      if (gapBreak(this.outside, W[a], W[Math.min(b, W.length - 1)]) === 'stop' && b - a > 1) {
        /* a full stop inside: sentence joined */
      }
      const first = W[a];
      // Skip appositives that follow a name ("X, the bank's governor, told"); a phrase right before the verb is its
      // subject.
      const rightBeforeVerb =
        k === segs.length - 1 &&
        b === v &&
        gapBreak(this.outside, W[v - 1], W[v]) !== 'comma' &&
        (DETERMINERS.has(W[a].low) || isCap(W[a].w));
      // "…, but Huang doesn't think": a clause of its own after a conjunction, not an appositive.
      const joined = k === segs.length - 1 && b === v && COORDINATORS.has(W[a].low);
      if (k > 0 && !rightBeforeVerb && !joined && appositive(W, a)) continue;
      // "Stocks fell after Fed Chair Lisa Cook said …": the subject of the clause that holds the verb.
      if (b === v)
        for (let i = v - 2; i > a; i--)
          if (LINKS.has(W[i].w)) {
            a = i + 1;
            break;
          }
      // The subject ends at its own verb ("Deputy Fisk leaned out … and shouted").
      for (let i = a + 1; i < b; i++)
        if (verbAt(W, i)) {
          b = i;
          break;
        }
      // "Co-author Dr. Kenji Abe of the National Astronomical Observatory of Japan in Tokyo said": a long subject is
      // read up to the affiliation after its name.
      if (b - a > 12) {
        let of = a + 1;
        while (of < b && !(AFFILIATION.has(W[of].low) && isCap(W[of - 1].w))) of++;
        if (of >= b) of = -1;
        if (of < 0 || of - a > 12) return undefined;
        b = of;
      }
      void first;
      // "The fire chief said …" with no fire chief in the draft: someone spoke, not the one talked about before.
      const who = this.phrase(W, a, b, block, W[b], W);
      return who ?? (SPEECH_VERBS.has(W[speech].low) ? nobodyDescribed(W, a, b) : undefined);
    }
    return undefined;
  }

  /** The SpeakerRef a resolved cast member stands for, with the corpus when it knows them. */
  refOf(member: Member, span: Span): SpeakerRef {
    const inSpan = this.mentionsIn(span);
    const corpusPerson = inSpan.find((m) => m.ref.kind === 'person');
    if (corpusPerson) return corpusPerson.ref;
    if (member.kind === 'org') {
      const known = this.people.findOrgs(member.name);
      const orgMention = inSpan.find(
        (m) => (m.ref.kind === 'org' && m.ref.known) || (m.ref.kind === 'role' && !!m.ref.org),
      );
      if (orgMention && !known.length) return orgMention.ref;
      return { kind: 'org', org: known[0] ?? member.name, known: known.length > 0 };
    }
    const people = this.people.lookup(member.name);
    if (people.length === 1) return { kind: 'person', person: people[0] };
    const role = inSpan.find((m) => m.ref.kind === 'role' || m.ref.kind === 'org');
    if (role && member.kind === 'unknown') return role.ref;
    return { kind: 'unknown', name: member.name };
  }

  private mentionsIn(span: Span): Mention[] {
    let lo = 0,
      hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].span.end <= span.start) lo = mid + 1;
      else hi = mid;
    }
    const out: Mention[] = [];
    for (let k = lo; k < this.mentions.length && this.mentions[k].span.start < span.end; k++)
      out.push(this.mentions[k]);
    return out;
  }
}

export { spokenKind };
