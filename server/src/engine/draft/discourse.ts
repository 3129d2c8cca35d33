// What a reader keeps in mind between sentences: the subject of the last
// sentence, who spoke last in the paragraph, who asked the last question, and
// who spoke at the end of the previous paragraph. Pronouns resolve against it
// (gender first, then salience); quotations without a reporting clause of their
// own continue the speaker the reader already has, or get none.
import { datelineEnd } from './cast-acronyms';
import type { Span } from '../types';
import type { QuoteSpan } from './quotes';
import type { Member } from './cast';
import type { SpeakerReader, QuoteReading, Attribution } from './reading-types';
import type { Who } from './speaker-phrase';
import { verbAt, isLower, AUX, PRONOUNS, PERSON_NOUNS } from './words';
import { spokenKind } from './quote-kinds';

/** A speaker as the reader holds it: a cast member, or null for an unnamed asker. */
type Speaker = { member: Member | null; span: Span; person?: boolean };

const SPEECHY = new RegExp(
  String.raw`\b(?:said|says|told|tells|asked|asks|wrote|writes|spoke|speaks|added|testified|replied|answered` +
    String.raw`|continued|responded|explained|stated|declared|warned|insisted|argued` +
    String.raw`|remarks|recalled|posted)\b`,
);

export class Discourse {
  private block = -1;
  private blockFirstChar = 0;
  /** Where this paragraph's dateline ends (read at its first sentence without quotations). */
  private dateline?: number;
  private prevSubject?: Speaker;
  private prevSpeechy = false;
  private blockLast?: Speaker;
  /** Sentences read so far in this paragraph. */
  private sentencesInBlock = 0;
  private prevSentenceQuote?: Speaker;
  private sentenceSpeaker?: Speaker;
  /** Who asked the last question: a member, null for an unnamed asker (a reporter), undefined for none. */
  private lastAsker?: Member | null;
  private prevBlockEnd?: { speaker?: Speaker; subject?: Speaker; speechy: boolean; endsWithQuote: boolean };
  readonly groups = new Map<number, Speaker>();

  constructor(
    private text: string,
    private outside: string,
    private a: SpeakerReader,
  ) {}

  startBlock(b: number) {
    if (this.block >= 0) {
      this.prevBlockEnd = {
        speaker: this.prevSentenceQuote,
        subject: this.prevSubject,
        speechy: this.prevSpeechy,
        endsWithQuote: !!this.prevSentenceQuote,
      };
    }
    if (b !== this.block + 1) this.prevBlockEnd = undefined;
    this.block = b;
    let f = this.a.cast.blockStart(b);
    const end = this.a.cast.blockEnd(b);
    while (f < end && /\s/.test(this.text[f])) f++;
    this.blockFirstChar = f;
    this.blockLast = undefined;
    this.dateline = undefined;
    this.prevSentenceQuote = undefined;
    this.sentencesInBlock = 0;
  }

  endSentence(s: Span, hadQuotes: boolean) {
    this.sentencesInBlock++;
    const subject = hadQuotes ? this.sentenceSpeaker : this.subjectOf(s);
    this.prevSubject = subject;
    this.prevSpeechy = !hadQuotes && SPEECHY.test(this.outside.slice(s.start, s.end));
    this.prevSentenceQuote = hadQuotes ? this.sentenceSpeaker : undefined;
    this.sentenceSpeaker = undefined;
  }

  /** The subject of a sentence without quotations: its first noun phrase, resolved. */
  private subjectOf(s: Span): Speaker | undefined {
    const W = this.a.cast.words(s.start, s.end);
    if (!W.length) return undefined;
    let k = this.a.clauseStart(W);
    // (a paragraph's dateline, "IPOH:" or "KYIV, Ukraine —", is a place before the sentence's subject)
    const dateline = (this.dateline ??= datelineEnd(
      this.outside,
      this.a.cast.blockStart(this.block),
      this.a.cast.blockEnd(this.block),
    ));
    while (k < W.length && W[k].start < dateline) k++;
    let e = k;
    while (e < W.length && e - k < 8) {
      if (e > k && punctuatedGap(this.outside, W[e - 1].end, W[e].start)) break;
      if (e > k && isLower(W[e].w) && (AUX.has(W[e].low) || verbAt(W, e))) break;
      if (e === k + 1 && PRONOUNS.has(W[k].low)) break;
      e++;
    }
    const who = e > k ? this.a.phrase(W, k, e, this.block, W[e], W) : undefined;
    // "Juror No. 7, a retired mail carrier, said …": a person the draft does not name; "she" next is nobody named.
    if (!who && W.slice(k, e + 1).some((x) => PERSON_NOUNS.has(x.low)) && !/s$/.test(W[Math.max(k, e - 1)].low)) {
      return { member: null, span: { start: W[k].start, end: W[Math.max(k, e - 1)].end }, person: true };
    }
    return who ? this.resolve(who, s.start) : undefined;
  }

  private resolve(who: Who, at: number): Speaker | undefined {
    // "Northern Rail said … A spokesman added:": the organization the sentence before spoke for.
    const org = this.prevSubject?.member;
    if (who.spokes && org && (org.kind === 'org' || (org.kind === 'unknown' && org.roles.size > 0)))
      return { member: org, span: who.span };
    if (who.unnamed) return { member: null, span: who.span, person: true };
    if (who.pronoun) {
      const m = this.pronoun(who.pronoun, at);
      return m !== undefined ? { member: m, span: who.span } : undefined;
    }
    return who.member ? { member: who.member, span: who.span } : undefined;
  }

  /**
   * Whom a pronoun at `at` stands for: gender must agree; the last subject and speaker come before the last mention.
   */
  pronoun(p: string, at: number): Member | null | undefined {
    const orgLike = (m: Member | null | undefined) =>
      !!m && (m.kind === 'org' || (m.kind === 'unknown' && m.roles.size > 0));
    if (p === 'they' || p === 'it') {
      if (orgLike(this.prevSubject?.member)) return this.prevSubject!.member!;
      if (p === 'they' && this.blockLast?.member && orgLike(this.blockLast.member)) return this.blockLast.member;
      return undefined;
    }
    if (p !== 'he' && p !== 'she') return undefined;
    const g = p === 'he' ? 'm' : 'f';
    // After an unnamed person ("one juror … said"), she is that person, unless that person just asked a question.
    if (this.prevSubject?.person && this.prevSubject.member === null && this.lastAsker !== null) return null;
    const fits = (m: Member | null | undefined, loose: boolean): m is Member =>
      !!m &&
      m !== this.lastAsker &&
      (m.kind === 'person' || (loose && m.kind === 'unknown' && m.roles.size === 0)) &&
      (m.gender === g || (loose && m.gender === undefined));
    const subj = this.prevSubject?.member;
    if (fits(subj, true)) return subj;
    if (fits(this.blockLast?.member, false)) return this.blockLast!.member!;
    for (const c of this.a.cast.before(at, 200)) if (fits(c.member, false)) return c.member;
    return undefined;
  }

  /** Decides a quotation's speaker from what its sentence says and what the reader holds. */
  settle(
    q: QuoteSpan,
    found: { who: Who; how: Attribution['how'] } | undefined,
    scare: boolean,
    s: Span,
    from: number,
  ): QuoteReading {
    let sp: Speaker | undefined;
    let how: Attribution['how'] = found?.how ?? 'continued';
    if (found) sp = this.resolve(found.who, q.open);
    if (!found) {
      const atBlockStart = q.open <= this.blockFirstChar;
      if (this.sentenceSpeaker && from > s.start) sp = this.sentenceSpeaker;
      else if (scare) return { kind: 'scare' };
      else if (this.groups.has(q.group) && q.group >= 0) sp = this.groups.get(q.group);
      else if (this.prevSentenceQuote) sp = this.prevSentenceQuote;
      else if (atBlockStart && this.prevBlockEnd?.endsWithQuote) sp = this.prevBlockEnd.speaker;
      else if (atBlockStart && this.prevBlockEnd?.speechy && this.prevBlockEnd.subject) sp = this.prevBlockEnd.subject;
      // The sentence before, in this paragraph (the last sentence of the one before is no context for a quotation
      // inside the first sentence of this one).
      else if (!atBlockStart && this.sentencesInBlock > 0 && this.prevSpeechy && this.prevSubject)
        sp = this.prevSubject;
    }
    const words = this.text.slice(q.span.start, q.span.end);
    if (sp) {
      this.sentenceSpeaker ??= sp;
      this.blockLast = sp;
      if (q.group >= 0 && !this.groups.has(q.group)) this.groups.set(q.group, sp);
      this.lastAsker = /\?$/.test(words) ? sp.member : undefined;
    }
    if (found?.who.corpusRef) {
      this.blockLast = undefined;
      return {
        kind: spokenKind(this.text, q, false),
        attribution: { ref: found.who.corpusRef, span: found.who.span, how },
        speakerAsWritten: this.text.slice(found.who.span.start, found.who.span.end),
      };
    }
    if (!sp || !sp.member) return { kind: spokenKind(this.text, q, !!sp && sp.member === null) };
    if (!found) how = 'continued';
    return {
      kind: spokenKind(this.text, q, false),
      attribution: { ref: this.a.refOf(sp.member, sp.span), span: sp.span, how },
      speakerAsWritten: this.text.slice(sp.span.start, sp.span.end),
    };
  }
}

/** A comma, semicolon, colon or opening parenthesis in text[from, to) (read by code: no substring). */
function punctuatedGap(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 59 || c === 58 || c === 40) return true;
  }
  return false;
}
