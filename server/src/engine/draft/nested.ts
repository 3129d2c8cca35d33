// Quotations inside quotations: a speaker quoting someone ("My supervisor told
// me, 'Business is slow'"), a name ("she called it 'the lady with the light'")
// or a word held at a distance. The checks judge the outer quotation only; these
// are read for the quotation sheet.
import type { DraftQuote } from './reading-types';
import type { Attributor } from './attribution';
import { wordsOf, verbShaped, isCap, isLower, PRONOUNS } from './words';
import { readSpeakerPhrase } from './speaker-phrase';
import { isNamingQuote, countWords } from './quote-kinds';

const OBJECTS = new Set(['this', 'it', 'them', 'him', 'her', 'me', 'us', 'you']);

export function attributeNested(text: string, outer: DraftQuote[], nested: DraftQuote[], a: Attributor) {
  for (const n of nested) {
    const o = outer[n.outer!];
    if (isNamingQuote(text, n)) {
      n.kind = 'title';
      continue;
    }
    n.kind = countWords(text, n) <= 3 ? 'scare' : 'direct';
    // The clause before the nested quotation, inside the outer one.
    let s = Math.max(o.span.start, n.open - 400);
    for (let k = n.open - 1; k > Math.max(o.span.start, n.open - 400); k--)
      if (/[.!?;]/.test(text[k]) && /\s/.test(text[k + 1] ?? '')) {
        s = k + 1;
        break;
      }
    const W = wordsOf(text, s, n.open);
    if (!W.length) continue;
    const gap = text.slice(W[W.length - 1].end, n.open);
    let v = -1;
    for (let k = W.length - 1; k >= 0 && W.length - k <= 6; k--)
      if (isLower(W[k].w) && verbShaped(W[k].low)) {
        v = k;
        break;
      }
    if (v < 1) continue;
    const tail = W.slice(v + 1);
    const ok =
      tail.length === 0 || (tail.length === 1 && OBJECTS.has(tail[0].low)) || (/[,:]/.test(gap) && tail.length <= 5);
    if (!ok) continue;
    // The subject: a name right before the verb ("heard Mr. Lanham say"), else the clause's first phrase.
    let b = v,
      f = v;
    if (isCap(W[v - 1].w)) {
      while (f > 0 && isCap(W[f - 1].w)) f--;
    } else {
      f = 0;
      const comma = text.slice(W[0].start, W[v - 1].end).lastIndexOf(',');
      if (comma >= 0) {
        const at = W[0].start + comma;
        f = W.findIndex((x) => x.start > at);
        b = v;
      }
    }
    if (f < 0 || f >= b) continue;
    if (b - f <= 3 && PRONOUNS.has(W[f].low)) {
      if ((W[f].low === 'i' || W[f].low === 'we') && o.attribution) {
        n.attribution = { ...o.attribution, how: 'continued' };
        n.speakerAsWritten = o.speakerAsWritten;
        n.kind = 'direct';
      }
      continue;
    }
    const who = readSpeakerPhrase(text, W[f].start, W[b - 1].end, a.cast, o.block);
    if (who?.member) {
      n.attribution = { ref: a.refOf(who.member, who.span), span: who.span, how: 'before' };
      n.speakerAsWritten = text.slice(who.span.start, who.span.end);
      n.kind = 'direct';
    }
  }
}
