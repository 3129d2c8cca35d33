// The reading of a text's quotations in order, paragraph by paragraph and sentence by sentence: each quotation's
// kind, the reporting clause around it (attribution.ts) and what the reader already holds (discourse.ts).
import type { Span } from '../types';
import type { QuoteSpan } from './quotes';
import type { Mention } from './mentions';
import type { People } from '../corpus/people';
import { sentenceSpans } from './sentences';
import { Attributor } from './attribution';
import { isNamingQuote, scareShaped, countWords } from './quote-kinds';
import { Discourse } from './discourse';
import type { QuoteReading } from './reading-types';
import { SPEECH_VERBS, verbAt } from './words';

/** Reads every quotation: its kind and, when the draft says it, who said it. */
export function attribute(
  text: string,
  outside: string,
  blocks: Span[],
  quotes: QuoteSpan[],
  mentions: Mention[],
  people: People,
): { readings: QuoteReading[]; attributor: Attributor } {
  const a = new Attributor(text, outside, blocks, mentions, people);
  const d = new Discourse(text, outside, a);
  const out: QuoteReading[] = quotes.map(() => ({ kind: 'direct' }));
  let qi = 0;
  for (let b = 0; b < blocks.length; b++) {
    const first = qi;
    while (qi < quotes.length && quotes[qi].open < blocks[b].end) qi++;
    const inBlock = quotes.slice(first, qi).filter((q) => q.block === b);
    const sentences = sentenceSpans(text, blocks[b], inBlock);
    d.startBlock(b);
    let k = 0;
    for (let si = 0; si < sentences.length; si++) {
      const s = sentences[si];
      const qs: number[] = [];
      while (k < inBlock.length && inBlock[k].open < s.end) {
        qs.push(first + k);
        k++;
      }
      qs.forEach((i, n) => {
        const q = quotes[i];
        if (isNamingQuote(text, q)) {
          out[i] = { kind: /so-called/i.test(text.slice(Math.max(0, q.open - 12), q.open)) ? 'scare' : 'title' };
          return;
        }
        const nWords = countWords(text, q);
        const to = n + 1 < qs.length ? quotes[qs[n + 1]].open : s.end;
        const from = n > 0 ? quotes[qs[n - 1]].close : s.start;
        // 'Asked whether she regretted "such strong language," Korsh said …': the asker's words, not Korsh's.
        if (n === 0 && ASKED_OPENING.test(outside.slice(s.start, q.open))) {
          const asker = { who: { unnamed: true, span: { start: q.open, end: q.open } }, how: 'before' as const };
          out[i] = d.settle(q, asker, false, s, from);
          return;
        }
        let found = a.after(q.close, to, b);
        // 'Lind stressed that the plan "is sound," Tanjug reported.': the agency reports Lind's words; a reporting
        // clause before the quotation names who spoke them.
        if (found && agencyReport(outside, q.close))
          found = a.before(from, q.open, b, nWords, q.close) ?? (speechBefore(a, from, q.open) ? undefined : found);
        found ??= a.before(from, q.open, b, nWords, q.close);
        // "…?" Grant asked. The splitter ends a sentence at a quotation's ? or !; its reporting clause follows.
        const next = sentences[si + 1];
        if (
          !found &&
          n === qs.length - 1 &&
          next &&
          /[?!]$/.test(text.slice(q.span.start, q.span.end)) &&
          !text.slice(q.close, s.end).trim() &&
          !(k < inBlock.length && inBlock[k].open < next.end)
        ) {
          found = a.after(q.close, next.end, b, 6);
        }
        // "The weaknesses included the "tone at the top" set by …, the chemicals maker said on Wednesday.": a
        // reporting clause that ends the sentence reports all of it.
        if (!found && n === qs.length - 1 && nWords >= 3) found = finalClause(a, outside, q.close, s.end, b);
        // '"Would you want trucks past your kid's classroom?" That was the question Linda Baptiste put to …'
        if (!found && qs.length === 1 && next && !outside.slice(s.start, s.end).trim())
          found = namedNext(a, outside, next);
        out[i] = d.settle(q, found, nWords <= 2 && scareShaped(text, q), s, from);
      });
      d.endSentence(s, qs.length > 0);
    }
  }
  // Earlier pieces of a quotation that runs over paragraphs take the speaker a later piece names.
  quotes.forEach((q, i) => {
    const sp = d.groups.get(q.group);
    if (out[i].attribution || !sp?.member || q.group < 0) return;
    out[i] = {
      ...out[i],
      attribution: { ref: a.refOf(sp.member, sp.span), span: sp.span, how: 'continued' },
      speakerAsWritten: text.slice(sp.span.start, sp.span.end),
    };
  });
  return { readings: out, attributor: a };
}

/** A sentence that opens with "Asked …" and no comma before the quotation: it quotes the question. */
const ASKED_OPENING = new RegExp(
  String.raw`^\s*Asked\s+(?:(?:on|at|in|by|about|later|again|earlier|during)\b[^,]{0,60}\s)?` +
    String.raw`(?:whether|if|why|how|what|about|to)\b[^,]{0,120}$`,
);

/** A name and "reported" right after a quotation (", Tanjug reported", ", the Associated Press reported"). */
const AGENCY_REPORT = /^[\s"”’'»]*,?\s+(?:the\s+)?\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3}\s+reported\b/u;
function agencyReport(outside: string, close: number): boolean {
  return AGENCY_REPORT.test(outside.slice(close, close + 80));
}

/** A verb of speech in outside[from, to) ("The harbour master said the port '…'"). */
function speechBefore(a: Attributor, from: number, to: number): boolean {
  const W = a.cast.words(from, to);
  return W.some((x, k) => SPEECH_VERBS.has(x.low) && verbAt(W, k));
}

/** ", the company said on Wednesday." / ", said the minister." at the end of a sentence, after its last comma. */
function finalClause(a: Attributor, outside: string, from: number, end: number, block: number) {
  const comma = outside.lastIndexOf(',', end - 1);
  if (comma < from || end - comma > 200) return undefined;
  const W = a.cast.words(comma + 1, end);
  if (W.length > 12) return undefined;
  const v = W.findIndex((x) => SPEECH_VERBS.has(x.low));
  if (v < 0 || v > 6) return undefined;
  const rest = W.slice(v + 1);
  if (v > 0 && (rest.length > 5 || rest.some((_, i) => verbAt(W, v + 1 + i)))) return undefined;
  return a.after(comma + 1, end, block, 6);
}

/** A sentence that says whose the quotation before it was ("That was the question X put to …"). */
const WHOSE_NOUNS =
  'question|questions|answer|verdict|message|words?|view|warning|reply|response|assessment|advice|promise|plea|' +
  'complaint|argument|conclusion|reaction|challenge';
const WHOSE_WORDS = new RegExp(
  String.raw`^(?:That|This|Those|These|Such)\s+(?:was|is|were|are)\s+(?:the\s+|a\s+)?(?:[a-z]+\s+){0,2}` +
    `(?:${WHOSE_NOUNS})\\b`,
);

/** The person the next sentence names as the one who put the quotation, if it is such a sentence. */
function namedNext(a: Attributor, outside: string, next: Span) {
  const head = outside.slice(next.start, Math.min(next.end, next.start + 160));
  const m = WHOSE_WORDS.exec(head);
  if (!m) return undefined;
  const person = a.cast
    .mentionsIn(next.start + m[0].length, Math.min(next.end, next.start + m[0].length + 60))
    .find((c) => c.member.kind === 'person');
  return person ? { who: { member: person.member, span: person.span }, how: 'after' as const } : undefined;
}
