// Word files (interview notes, transcription-service output) through mammoth's
// raw text. A leading metadata block typed at the top ("---", "kind:
// interview", "speaker: …", "---") is read as a Markdown source's front
// matter; a document of "Name: words" paragraphs is read as a transcript.
import mammoth from 'mammoth';
import { BodyBuilder, isTurn, leadingMetadata } from './body';
import type { Extraction } from './types';

export async function readDocx(bytes: Uint8Array): Promise<Extraction> {
  const out = new BodyBuilder();
  let text: string;
  try {
    text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }))
      .value;
  } catch (e) {
    out.problems.push({
      code: 'corpus.docx',
      severity: 'warning',
      message: `not a readable Word (.docx) file (${(e as Error).message.split('\n')[0]}); skipped`,
    });
    return out.done({});
  }
  let paragraphs = text
    .split(/\n\s*\n|\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const lead = leadingMetadata(paragraphs);
  const meta: Extraction['meta'] = { ...lead.meta };
  paragraphs = paragraphs.slice(lead.used);
  for (const p of paragraphs) out.paragraph(p);
  if (!meta.kind && !meta.speaker && !meta.speakers && paragraphs.filter(isTurn).length >= 2) meta.kind = 'transcript';
  if (!out.hasWords())
    out.problems.push({ code: 'corpus.docx', severity: 'warning', message: 'the Word file holds no text; skipped' });
  return out.done(meta);
}
