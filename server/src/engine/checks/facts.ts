// The fact checks run on the writer's own words (outside quotation marks).
import type { Confirmation, Finding } from '../types';
import type { Corpus } from '../corpus/corpus';
import type { FactContext } from './fact-context';
import { checkNames } from './names';
import { checkNumbers } from './numbers';
import { checkDates } from './dates';
import { checkTitles } from './titles';

export type { FactContext, QuoteSource } from './fact-context';

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
