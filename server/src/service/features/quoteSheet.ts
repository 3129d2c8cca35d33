// The quotation sheet of a draft: every quotation, who it is attributed to, its status and source.
import type { QuoteSheet } from '../../../../protocol/index';
import {
  checkDraft,
  findDirectives,
  LineIndex,
  readDraftQuotations,
  Suppressions,
  suppressedBy,
} from '../../engine/index';
import type { VerbatimService } from '../service';
import { CHECK_BUDGET_MS, checkedPrefix } from '../draft-check';
import { sheetRows } from '../sheet';
import { enginePath } from '../workspace';
import { ServiceError } from './errors';

export async function quoteSheet(service: VerbatimService, uri: unknown): Promise<QuoteSheet> {
  if (typeof uri !== 'string')
    throw new ServiceError('invalidParams', 'the quotation sheet needs the URI of a draft file');
  const draft = service.draftText(uri);
  if (!draft) throw new ServiceError('invalidParams', `${uri} is not a draft file that can be read`);
  const { path, languageId } = draft;
  // As in the editor's checks: at most MAX_CHECKED_CHARS of the draft, within the time budget.
  const text = checkedPrefix(draft.text);
  await service.prepare(path, uri);
  const started = service.host.clock.now();
  const shouldStop = () => service.host.clock.now() - started > CHECK_BUDGET_MS;
  const corpus = service.corpusFor(path);
  const file = service.workspace.relative(path);
  const rel = (p: string) => service.workspace.relative(p);
  const epath = enginePath(path, languageId);
  const lines = new LineIndex(text);
  if (!corpus) {
    const quotes = readDraftQuotations(epath, text);
    return { uri, file, corpus: false, rows: sheetRows(text, lines, undefined, quotes, () => undefined, rel) };
  }
  const accepted = service.accepted.forDraft(service.workspace.rootOf(path), path);
  const options = { ...service.workspace.checkOptionsFor(path), accepted, shouldStop };
  const raw = checkDraft(corpus, epath, text, { ...options, suppress: false });
  const directives = findDirectives(epath, text);
  const sup = directives.length ? new Suppressions(text, directives) : undefined;
  const why = (f: Parameters<typeof suppressedBy>[0]) => suppressedBy(f, text, sup, accepted);
  return { uri, file, corpus: true, rows: sheetRows(text, lines, raw, raw.quotes, why, rel) };
}
