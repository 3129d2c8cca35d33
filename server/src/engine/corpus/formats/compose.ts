// An extraction and its sidecar metadata into the text the corpus reads: a
// front matter block (the fields a Markdown source would have) followed by
// the extracted paragraphs. Places and markers move with the text.
import { stringify } from 'yaml';
import type { SourceFile } from '../files';
import type { Extraction, SourceFormat } from './types';
import type { Sidecar } from './sidecar';

export function composeSource(
  path: string,
  format: SourceFormat,
  x: Extraction,
  sidecar: Sidecar | undefined,
): SourceFile {
  const meta: Record<string, unknown> = {};
  for (const [k, v] of Object.entries({ ...x.meta, ...sidecar })) if (v !== undefined && v !== '') meta[k] = v;
  if (typeof meta.speakers === 'string') meta.speakers = meta.speakers.split(/\s*[,;]\s*/).filter(Boolean);
  const head = Object.keys(meta).length ? `---\n${stringify(meta, { lineWidth: 0 })}---\n\n` : '';
  const shift = head.length;
  return {
    path,
    text: head + x.body,
    extracted: {
      format,
      places: x.places.map((p) => ({ at: p.at + shift, label: p.label })),
      markers: x.markers.map((m) => ({ start: m.start + shift, end: m.end + shift })),
    },
  };
}
