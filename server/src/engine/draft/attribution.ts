// Who said each quotation: the conventions of news copy ("…," Guo said;
// said Guo, a spokesperson; Guo said: "…"; Bao told the Global Times that
// "…"; according to X; he/she/they said; the spokesperson said; a quotation
// that continues the previous speaker).
import type { Span } from '../types';
import type { QuoteSpan } from './quotes';
import type { Mention, SpeakerRef } from './mentions';
import { sentenceSpans } from './sentences';

export interface Attribution {
  ref: SpeakerRef;
  /** Where the draft names the speaker (the words a "name the right speaker" fix replaces). */
  span: Span;
  how: 'after' | 'before' | 'according' | 'continued';
}

export const REPORTING_VERBS = 'said|says|say|told|tells|added|adds|noted|notes|wrote|writes|stated|states|explained|explains|warned|warns|urged|urges|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|insisted|insists|argued|argues|acknowledged|acknowledges|asked|asks|replied|replies|recalled|recalls|called|calls|described|describes|declared|declares|announced|announces|commented|comments|continued|remarked|observed|observes|claimed|claims|vowed|vows|pledged|pledges|cautioned|cautions|suggested|suggests|predicted|conceded|concedes|admitted|admits|maintained|maintains|posted|tweeted|responded|concluded|lamented|agreed|promised|criticized|criticised|slammed|decried|condemned|denounced|demanded|reiterated|confirmed|blasted|quipped|exclaimed|testified|countered|complained|boasted|hailed|praised';
const VERB_SOURCE = `\\b(?:${REPORTING_VERBS})\\b`;
/** A fresh global regex each time: a shared one would carry its lastIndex from one search into the next. */
const verbRe = () => new RegExp(VERB_SOURCE, 'g');
const VERB_START = new RegExp(`^(?:${REPORTING_VERBS})\\b`);
const ADVERBS = /(?:\s+(?:also|further|then|later|previously|again|repeatedly|once|had|has|have|was|were|is|would|will|earlier|separately|additionally|firmly|strongly))+\s*$/i;
const PRONOUN = /^(he|she|they|it|we|i)\b/i;

export class Attributor {
  constructor(private text: string, private mentions: Mention[]) {}

  /** Index of the first mention starting at or after `pos` (mentions are sorted by start). */
  private firstFrom(pos: number): number {
    let lo = 0, hi = this.mentions.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (this.mentions[mid].span.start < pos) lo = mid + 1; else hi = mid; }
    return lo;
  }
  private mentionsIn(s: number, e: number) {
    const out: Mention[] = [];
    for (let k = this.firstFrom(s); k < this.mentions.length && this.mentions[k].span.start < e; k++) if (this.mentions[k].span.end <= e) out.push(this.mentions[k]);
    return out;
  }

  /** The last person (or role, organization) mentioned before `pos` that the pronoun can stand for. */
  pronoun(p: string, pos: number): SpeakerRef | undefined {
    const pron = p.toLowerCase();
    for (let k = this.firstFrom(pos) - 1; k >= 0; k--) {
      const m = this.mentions[k];
      if (m.span.end > pos) continue;
      const kind = m.ref.kind;
      if (pron === 'he' || pron === 'she' || pron === 'i') { if (kind !== 'org') return m.ref; continue; }
      if (pron === 'it') { if (kind === 'org') return m.ref; continue; }
      return m.ref; // they, we
    }
    return undefined;
  }

  /** Resolves a speaker phrase: the words naming who speaks, between `s` and `e`. */
  phrase(s: number, e: number): Attribution | undefined {
    let t = this.text.slice(s, e);
    const lead = /^[\s,;:—–-]*(?:(?:and|but|while|as|that|when|then|adding)\s+)*/i.exec(t)![0];
    s += lead.length; t = t.slice(lead.length);
    const adv = ADVERBS.exec(t); if (adv) { t = t.slice(0, adv.index); }
    e = s + t.trimEnd().length;
    if (e <= s) return undefined;
    const inside = this.mentionsIn(s, e);
    const pick = [...inside].reverse().find((m) => m.ref.kind === 'person') ?? [...inside].reverse().find((m) => m.ref.kind === 'role') ?? [...inside].reverse().find((m) => m.ref.kind === 'org');
    if (pick) return { ref: pick.ref, span: pick.span, how: 'after' };
    const pm = PRONOUN.exec(t);
    if (pm) { const ref = this.pronoun(pm[1], s); if (ref) return { ref, span: { start: s, end: s + pm[1].length }, how: 'after' }; return undefined; }
    const name = /^((?:\p{Lu}[\p{L}'’.-]+\s+){0,3}\p{Lu}[\p{L}'’-]+)\s*$/u.exec(t.trim());
    if (name && t.trim().split(/\s+/).length <= 4 && !/^(The|A|An|This|That|It|One)\b/.test(name[1])) {
      const at = s + t.indexOf(name[1]);
      const ref: SpeakerRef = { kind: 'unknown', name: name[1] };
      this.mentions.push({ span: { start: at, end: at + name[1].length }, ref });
      this.mentions.sort((a, b) => a.span.start - b.span.start);
      return { ref, span: { start: at, end: at + name[1].length }, how: 'after' };
    }
    return undefined;
  }

  /** The subject of a reporting verb: the clause before it, skipping an appositive ("Bao Jianyun, director of …, told"). */
  subject(s: number, verbAt: number): Attribution | undefined {
    const t = this.text.slice(s, verbAt);
    const adv = ADVERBS.exec(t);
    const body = adv ? t.slice(0, adv.index) : t;
    const segs: Span[] = [];
    let from = 0;
    for (let i = 0; i <= body.length; i++) if (i === body.length || body[i] === ',') { segs.push({ start: s + from, end: s + i }); from = i + 1; }
    const last = segs[segs.length - 1];
    if (this.text.slice(last.start, last.end).trim()) return this.phrase(last.start, last.end);
    for (let k = segs.length - 2; k >= Math.max(0, segs.length - 5); k--) {
      const seg = segs[k];
      const segText = this.text.slice(seg.start, seg.end);
      const off = seg.start + (segText.length - segText.trimStart().length);
      const m0 = this.mentions[this.firstFrom(off)];
      const first = m0 && m0.span.start - off <= 8 && this.text.slice(off, m0.span.start).replace(/\r\n/g, '\n').length <= 4 && m0.span.end <= seg.end ? m0 : undefined;
      if (first) return { ref: first.ref, span: first.span, how: 'before' };
      if (k === 0 || /^\s*\p{Lu}/u.test(segText) && !/^\s*(?:at|of|in|for)\b/.test(segText)) {
        const r = this.phrase(seg.start, seg.end);
        if (r) return r;
      }
    }
    return undefined;
  }

  /** Attribution in the words after a quotation: "…," Guo said / said Guo / according to X. */
  after(from: number, to: number): Attribution | undefined {
    const t = this.text.slice(from, to);
    const lead = /^[\s,;:—–-]*/.exec(t)![0];
    const rest = t.slice(lead.length);
    const start = from + lead.length;
    const acc = /^according to\s+/i.exec(rest);
    if (acc) {
      const end = /[,.;:]/.exec(rest.slice(acc[0].length));
      const r = this.phrase(start + acc[0].length, start + acc[0].length + (end ? end.index : rest.length - acc[0].length));
      return r && { ...r, how: 'according' };
    }
    const inv = VERB_START.exec(rest);
    if (inv) {
      const after = rest.slice(inv[0].length);
      const end = /[,.;:(]|\s(?:in|at|on|during|to|when|after|before)\s/.exec(after);
      const r = this.phrase(start + inv[0].length, start + inv[0].length + (end ? end.index : after.length));
      return r && { ...r, how: 'after' };
    }
    const v = verbRe().exec(rest);
    if (v && v.index > 0 && rest.slice(0, v.index).replace(/\r\n/g, '\n').length < 220) {
      const r = this.subject(start, start + v.index);
      if (r) return { ...r, how: 'after' };
    }
    return undefined;
  }

  /** Attribution in the words before a quotation: Guo said: "…" / Guo said the US should "…". */
  before(from: number, to: number): Attribution | undefined {
    const t = this.text.slice(from, to);
    const acc = /according to\s+([^,.;:]+)/i.exec(t);
    if (acc) { const r = this.phrase(from + acc.index + acc[0].length - acc[1].length, from + acc.index + acc[0].length); if (r) return { ...r, how: 'according' }; }
    const verbs = [...t.matchAll(verbRe())];
    for (let k = verbs.length - 1; k >= 0; k--) {
      const r = this.subject(from, from + verbs[k].index!);
      if (r) return { ...r, how: 'before' };
    }
    return undefined;
  }
}

/** Attributes every quotation; quotations nobody can be found for get none. */
export function attribute(text: string, blocks: Span[], quotes: QuoteSpan[], mentions: Mention[]): (Attribution | undefined)[] {
  const a = new Attributor(text, mentions);
  const result: (Attribution | undefined)[] = quotes.map(() => undefined);
  const byBlock = new Map<number, number[]>();
  quotes.forEach((q, i) => { if (q.block >= 0) byBlock.set(q.block, [...(byBlock.get(q.block) ?? []), i]); });
  const groupSpeaker = new Map<number, Attribution>();
  let lastInPrevBlock: Attribution | undefined;
  let prevBlock = -1;
  for (let b = 0; b < blocks.length; b++) {
    const idx = byBlock.get(b);
    if (!idx) continue;
    const sentences = sentenceSpans(text, blocks[b], quotes.filter((q) => q.block === b));
    let lastInBlock: Attribution | undefined;
    for (const i of idx) {
      const q = quotes[i];
      const s = sentences.find((x) => x.start <= q.open && q.open < x.end) ?? blocks[b];
      const inSentence = idx.filter((j) => quotes[j].open >= s.start && quotes[j].open < s.end);
      const nextQ = inSentence.map((j) => quotes[j]).find((x) => x.open > q.open);
      const prevQ = [...inSentence.map((j) => quotes[j])].reverse().find((x) => x.open < q.open);
      let r = a.after(q.close, nextQ ? nextQ.open : s.end) ?? a.before(prevQ ? prevQ.close : s.start, q.open);
      if (!r && prevQ) r = result[quotes.indexOf(prevQ)];
      if (!r && groupSpeaker.has(q.group)) r = groupSpeaker.get(q.group);
      if (!r) {
        // A bare attribution sentence right after ("…" Guo said.) speaks for the quotation before it.
        const next = sentences.find((x) => x.start >= s.end);
        if (next && !quotes.some((x) => x.open >= next.start && x.open < next.end) && /^\s*\S+(?:\s+\S+){0,3}\s+(?:said|added|says)\.\s*$/.test(text.slice(next.start, next.end))) r = a.after(next.start, next.end);
      }
      if (!r && lastInBlock) r = lastInBlock;
      if (!r && lastInPrevBlock && prevBlock === b - 1 && text.slice(blocks[b].start, q.open).trim() === '') r = lastInPrevBlock;
      if (r) {
        const inherited = r.how === 'continued' || result.includes(r);
        result[i] = inherited ? { ...r, how: 'continued' } : r;
        lastInBlock = result[i];
        if (!groupSpeaker.has(q.group)) groupSpeaker.set(q.group, result[i]!);
      }
    }
    // Earlier pieces of a multi-paragraph quotation take the speaker named in a later piece.
    for (const i of idx) if (!result[i] && groupSpeaker.has(quotes[i].group)) result[i] = { ...groupSpeaker.get(quotes[i].group)!, how: 'continued' };
    lastInPrevBlock = lastInBlock;
    prevBlock = b;
  }
  quotes.forEach((q, i) => { if (!result[i] && groupSpeaker.has(q.group)) result[i] = { ...groupSpeaker.get(q.group)!, how: 'continued' }; });
  return result;
}
