// What every fact check (names, numbers, dates, titles) is given about the draft, in a module of
// its own so that the checks and checks/facts.ts, which runs them, import no one another in a circle.
import type { Citation } from '../types';
import type { Prose } from '../text/prose';
import type { Reading } from '../draft/analyze';

/** A quotation of the draft and the source statement it was matched to (none when unverified). */
export interface QuoteSource {
  open: number;
  close: number;
  date?: string;
  citation?: Citation;
}

export interface FactContext {
  text: string;
  prose: Prose;
  reading: Reading;
  draftDate: string;
  /** The draft's quotations with their matched sources: a date on a quotation's reporting verb is its source's date. */
  quoteSources?: QuoteSource[];
}
