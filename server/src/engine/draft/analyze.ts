// Reads a prose text the way an editor does: its quotations, who said each,
// and the people and organizations it mentions. Used for drafts and for the
// articles and releases of a corpus alike.
import type { Span } from '../types';
import type { People } from '../corpus/people';
import { findQuotes, type QuoteSpan } from './quotes';
import { scanMentions, type Mention } from './mentions';
import { attribute, type Attribution } from './attribution';

export interface DraftQuote extends QuoteSpan { attribution?: Attribution }

export interface Reading {
  quotes: DraftQuote[];
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
  const outside = blankSpans(text, quotes.map((q) => ({ start: q.open, end: q.close })));
  const mentions = scanMentions(people, outside, blocks);
  const attributions = attribute(text, blocks, quotes, mentions);
  quotes.forEach((q, i) => { q.attribution = attributions[i]; });
  return { quotes, mentions, outside };
}
