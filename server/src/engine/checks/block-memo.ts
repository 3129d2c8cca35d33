// A fact check's results for one block of the draft, kept for the next check: a keystroke changes one block,
// so a re-check runs the number and date checks only there. The key is everything the check reads for the
// block besides the corpus (its words, the mask of the writer's own words, and what the caller adds), written
// relative to the block; results are kept relative to the block and moved to wherever the block is now.
import type { Confirmation, Finding, Span } from '../types';
import { cachePerCorpus } from './corpus-cache';

export interface BlockResult {
  findings: Finding[];
  confirmations: Confirmation[];
}

interface Kept {
  start: number;
  result: BlockResult;
}

const kept = cachePerCorpus<Kept>(4_000_000);

const moved = (s: Span, by: number): Span => ({ start: s.start + by, end: s.end + by });

/** A copy with every draft span moved by `by` (citations point into sources and stay). */
function movedBy(r: BlockResult, by: number): BlockResult {
  return {
    findings: r.findings.map((f) => ({
      ...f,
      span: moved(f.span, by),
      fixes: f.fixes.map((x) => ({ ...x, edits: x.edits.map((e) => ({ ...e, span: moved(e.span, by) })) })),
    })),
    confirmations: r.confirmations.map((c) => ({ ...c, span: moved(c.span, by) })),
  };
}

/** The check's result for the block: kept from an earlier check with the same key, else run now and kept. */
export function perBlock(
  corpus: Parameters<typeof kept>[0],
  check: string,
  block: Span,
  key: string,
  run: () => BlockResult,
): BlockResult {
  const cache = kept(corpus);
  const k = `${check}\u0000${key}`;
  const have = cache.get(k);
  if (have) return movedBy(have.result, block.start - have.start);
  const result = run();
  const cost = 2 * k.length + 100 + 400 * (result.findings.length + result.confirmations.length);
  cache.set(k, { start: block.start, result }, cost);
  return movedBy(result, 0);
}

/** The draft's words of a block and the mask of its writer's own words (quotations blanked), as a key. */
export function blockKey(text: string, outside: string, block: Span, after = 0): string {
  return `${text.slice(block.start, block.end + after)}\u0000${outside.slice(block.start, block.end)}`;
}
