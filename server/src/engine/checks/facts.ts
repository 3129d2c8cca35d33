// The fact checks run on the writer's own words (outside quotation marks).
import type { Confirmation, Finding } from '../types';
import type { Corpus } from '../corpus/corpus';
import type { Prose } from '../text/prose';
import type { Reading } from '../draft/analyze';
import { checkNames } from './names';
import { checkNumbers } from './numbers';
import { checkDates } from './dates';
import { checkTitles } from './titles';

export interface FactContext { text: string; prose: Prose; reading: Reading; draftDate: string }

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
