// How sure a fact finding is, and what that makes it: a confident finding is
// an error with a fix; a less sure one is a hint ("may differ from …") with no
// fix; below that, nothing is said.
import type { Severity } from '../types';

/** At or above: an error with a fix. */
export const CONFIDENT = 0.4;
/** At or above (and below CONFIDENT): an information-level hint without a fix. */
export const HINT = 0.35;

export function severityFor(confidence: number): Severity | undefined {
  return confidence >= CONFIDENT ? 'error' : confidence >= HINT ? 'information' : undefined;
}
/** The most a finding can be when its sources disagree among themselves (or two are equally close): a hint. */
export const HINT_CEILING = 0.39;
