// The prose of an extracted source: its text read as plain text with front
// matter, less the place markers ("[p. 3]", "[00:12:31]"), which are shown in
// the source view but are nobody's words.
import { textProse, type Prose } from '../../text/prose';
import type { ExtractedInfo } from './types';

export function extractedProse(text: string, info: ExtractedInfo): Prose {
  const prose = textProse(text);
  if (!info.markers.length) return prose;
  const parts: string[] = [];
  let at = 0;
  for (const m of info.markers) {
    parts.push(prose.text.slice(at, m.start), ' '.repeat(m.end - m.start));
    at = m.end;
  }
  parts.push(prose.text.slice(at));
  const mask = parts.join('');
  const blocks = prose.blocks.filter((b) => /\S/.test(mask.slice(b.start, b.end)));
  return { ...prose, text: mask, blocks };
}
