// The engine's one entry point for the layers above it (the language service, the LSP layer,
// the CLI, the benchmarks): load a corpus, check a draft, read a draft's quotations.
// Modules inside the engine import each other directly, never this file.
import { People } from './corpus/people';
import { proseOf } from './text/prose';
import { readProse, type DraftQuote } from './draft/analyze';

export { Corpus, type BuildProgress } from './corpus/corpus';
export { People } from './corpus/people';
export {
  loadCorpusCached,
  loadCorpusCachedAsync,
  corpusKey,
  stampKey,
  loadCache,
  openCache,
  saveCache,
} from './corpus/cache';
export { readCorpusFiles, rereadFormatFile, type ReadOptions } from './corpus/formats/load';
export { FORMAT_EXT } from './corpus/formats/types';
export { isSidecar } from './corpus/formats/sidecar';
export { readFileBounded, type BoundedRead } from './corpus/read-file';
export { compileGlob } from './text/glob';
export { decode, walkCorpus, MAX_SOURCE_BYTES, type CorpusProblem, type SourceFile } from './corpus/files';
export { deferRead, materialize } from './corpus/disk-file';
export { checkDraft, clearCheckCaches, today, type CheckOptions, type CheckResult } from './engine';
export { readProse, type DraftQuote, type Reading } from './draft/analyze';
export { describeRef, speakerOf, withNested } from './draft/describe';
export type { QuoteKind } from './draft/quote-kinds';
export { proseOf } from './text/prose';
export { LineIndex } from './text/positions';
export { MONTHS, WEEKDAYS } from './text/dates';
export { addAcceptedEntry, parseAccepted, type AcceptedEntry, type AcceptedFile } from './accepted';
export { findDirectives, Suppressions } from './suppress-comments';
export { suppressedBy } from './suppress';
export { VERSION, codeDescription } from './meta';
export * from './types';

/**
 * A draft's quotations and who each is attributed to, read without checking them (the
 * quotation sheet of a draft that has no corpus). `people` resolves names when a corpus is at hand.
 */
export function readDraftQuotations(path: string, text: string, people: People = new People()): DraftQuote[] {
  const prose = proseOf(path, text);
  return readProse(prose.text, prose.blocks, people).quotes;
}
