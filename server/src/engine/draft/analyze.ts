// Reads a prose text the way an editor does: its quotations, who said each,
// and the people and organizations it mentions. Used for drafts and for the
// articles and releases of a corpus alike.
import type { Span } from '../types';
import type { People } from '../corpus/people';
import { findQuotes, findNestedQuotes, type QuoteSpan } from './quotes';
import { scanMentions, type Mention } from './mentions';
import { attribute, type Attribution } from './attribution';
import { attributeNested } from './nested';
import type { QuoteKind } from './quote-kinds';

export interface DraftQuote extends QuoteSpan {
  attribution?: Attribution;
  kind?: QuoteKind;
  /** The words naming the speaker, as the draft wrote them. */
  speakerAsWritten?: string;
  /** Set on a quotation inside another: the outer one's index in `quotes`. */
  outer?: number;
  /** Quotations inside this one. */
  inner?: DraftQuote[];
}

export interface Reading {
  /** Top-level quotations: the ones the checks judge. */
  quotes: DraftQuote[];
  /** Quotations inside those (a speaker quoting someone), for the quotation sheet. */
  nested: DraftQuote[];
  mentions: Mention[];
  /** The prose with every quotation blanked: the writer's own words. */
  outside: string;
}

export function blankSpans(text: string, spans: Span[]): string {
  if (!spans.length) return text;
  const parts: string[] = [];
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.start < at) continue;
    parts.push(text.slice(at, s.start), text.slice(s.start, s.end).replace(/[^\r\n]/g, ' '));
    at = s.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

export function readProse(text: string, blocks: Span[], people: People): Reading {
  const quotes: DraftQuote[] = findQuotes(text, blocks);
  const outside = blankSpans(
    text,
    quotes.map((q) => ({ start: q.open, end: q.close })),
  );
  const mentions = scanMentions(people, outside, blocks);
  const { readings, attributor } = attribute(text, outside, blocks, quotes, mentions, people);
  quotes.forEach((q, i) => {
    Object.assign(q, readings[i]);
  });
  const nested: DraftQuote[] = findNestedQuotes(text, quotes);
  attributeNested(text, quotes, nested, attributor);
  for (const n of nested) (quotes[n.outer!].inner ??= []).push(n);
  return { quotes, nested, mentions, outside };
}
