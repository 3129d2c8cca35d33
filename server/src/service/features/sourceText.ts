// The extracted text behind a verbatim-source URI: the loaded corpus's copy (the text the
// citations' ranges are in), else the file read again through its reader.
import { fileURLToPath } from 'node:url';
import { SOURCE_SCHEME, type SourceTextResult } from '../../../../protocol/index';
import { FORMAT_EXT, rereadFormatFile, type CorpusProblem } from '../../engine/index';
import type { VerbatimService } from '../service';

export async function sourceText(service: VerbatimService, uri: unknown): Promise<SourceTextResult | null> {
  let path: string;
  try {
    path = fileURLToPath(String(uri).replace(new RegExp(`^${SOURCE_SCHEME}:`), 'file:'));
  } catch {
    return null;
  }
  if (!FORMAT_EXT.test(path)) return null;
  for (const c of service.corpora.values()) {
    const f = c.files.get(path);
    if (f?.extracted) return { text: f.text };
  }
  const problems: CorpusProblem[] = [];
  const f = await rereadFormatFile(path, problems, service.corpora.cacheDir);
  return f ? { text: f.text } : { text: problems.map((p) => p.message).join('\n') || 'This source has no text.' };
}
