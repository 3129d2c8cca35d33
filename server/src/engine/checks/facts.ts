// The fact checks run on the writer's own words (outside quotation marks).
import type { Citation, Confirmation, Finding } from '../types';
import type { Corpus } from '../corpus/corpus';
import type { Prose } from '../text/prose';
import type { Reading } from '../draft/analyze';
import { checkNames } from './names';
import { checkNumbers } from './numbers';
import { checkDates } from './dates';
import { checkTitles } from './titles';

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

export function checkFacts(corpus: Corpus, ctx: FactContext): { findings: Finding[]; confirmations: Confirmation[] } {
  const findings: Finding[] = [];
  const confirmations: Confirmation[] = [];
  for (const check of [checkNames, checkNumbers, checkDates, checkTitles]) {
    const r = check(corpus, ctx);
    findings.push(...r.findings);
    confirmations.push(...r.confirmations);
  }
  return { findings, confirmations };
}
