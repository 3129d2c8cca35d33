// Reads a prose text the way an editor does: its quotations, who said each,
// and the people and organizations it mentions. Used for drafts and for the
// articles and releases of a corpus alike.
import type { Span } from '../types';
import type { People } from '../corpus/people';
import { findQuotes, findNestedQuotes } from './quotes';
import { scanMentions } from './mentions';
import { attribute } from './attribute';
import type { DraftQuote, Reading } from './reading-types';
import { attributeNested } from './nested';

export type { DraftQuote, Reading } from './reading-types';

export function blankSpans(text: string, spans: Span[]): string {
  if (!spans.length) return text;
  const parts: string[] = [];
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.start < at) continue;
    parts.push(text.slice(at, s.start), blank(text, s.start, s.end));
    at = s.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** text[start, end) with every character but line breaks a space. */
function blank(text: string, start: number, end: number): string {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return text.slice(start, end).replace(/[^\r\n]/g, ' ');
  }
  return ' '.repeat(end - start);
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
