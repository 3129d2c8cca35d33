// The shapes a reading of a prose text produces (quotations, who said each), in a module of their
// own so that the readers that fill them in (analyze, attribution, discourse, nested) import no
// one another in a circle.
import type { Span } from '../types';
import type { QuoteSpan } from './quotes';
import type { Mention, SpeakerRef } from './mentions';
import type { QuoteKind } from './quote-kinds';
import type { Cast, Member } from './cast';
import type { Who } from './speaker-phrase';
import type { Word } from './words';

export interface Attribution {
  ref: SpeakerRef;
  /** Where the draft names the speaker (the words a "name the right speaker" fix replaces). */
  span: Span;
  how: 'after' | 'before' | 'according' | 'continued';
}

export interface QuoteReading {
  attribution?: Attribution;
  kind: QuoteKind;
  speakerAsWritten?: string;
}

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

/** What the discourse tracker (discourse.ts) and nested quotations use of the attributor (attribution.ts). */
export interface SpeakerReader {
  readonly cast: Cast;
  /** Where the clause ending at the last of `W` starts. */
  clauseStart(W: Word[]): number;
  phrase(W: Word[], s: number, e: number, block: number, next: Word | undefined, all: Word[]): Who | undefined;
  refOf(member: Member, span: Span): SpeakerRef;
}
