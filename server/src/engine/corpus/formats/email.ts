// Email (.eml) through mailparser: the sender is the speaker, the Date header
// the date (the calendar day as the sender wrote it), the Subject the title.
// Quoted replies ("> " lines, "On … wrote:" and what follows) and the
// signature ("-- ") are left out: they are not the sender's words.
import { simpleParser } from 'mailparser';
import { BodyBuilder } from './body';
import type { Extraction } from './types';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The calendar day of an RFC 5322 Date header as written ("Tue, 3 Mar 2026 23:30:00 -0500" → 2026-03-03). */
export function headerDate(raw: string | undefined): string | undefined {
  const m = raw ? /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})/.exec(raw) : null;
  const month = m ? MONTHS.indexOf(m[2].toLowerCase()) : -1;
  if (!m || month < 0) return undefined;
  const d = `${m[3]}-${String(month + 1).padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  return new Date(`${d}T00:00:00Z`).toISOString().startsWith(d) ? d : undefined;
}

/** The sender's own words: quoted replies, forwarded copies and the signature cut off. */
export function ownWords(text: string): string {
  const kept: string[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (/^-- ?$/.test(line)) break;
    if (/^\s*-{2,}\s*(Original Message|Forwarded message)\s*-{2,}/i.test(line)) break;
    // "On Tue, 3 Mar 2026 at 10:00, Someone <a@b> wrote:", possibly wrapped over two lines.
    if (/^On\s.{4,}\bwrote:\s*$/.test(line) || (/^On\s/.test(line) && /\bwrote:\s*$/.test(lines[i + 1] ?? ''))) break;
    if (/^\s*>/.test(line)) continue;
    kept.push(line);
  }
  return kept.join('\n');
}

export async function readEmail(bytes: Uint8Array): Promise<Extraction> {
  const out = new BodyBuilder();
  let mail;
  try {
    mail = await simpleParser(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      skipImageLinks: true,
      skipTextLinks: true,
    });
  } catch (e) {
    out.problems.push({
      code: 'corpus.email',
      severity: 'warning',
      message: `not a readable email (${(e as Error).message.split('\n')[0]}); skipped`,
    });
    return out.done({});
  }
  const from = mail.from?.value?.[0];
  const speaker = from?.name?.trim() || from?.address?.trim() || undefined;
  const rawDate = mail.headers.get('date');
  const date =
    headerDate(mail.headerLines.find((h) => h.key === 'date')?.line) ??
    (rawDate instanceof Date && !Number.isNaN(rawDate.getTime()) ? rawDate.toISOString().slice(0, 10) : undefined);
  const text = mail.text ?? '';
  const paragraphs = ownWords(text)
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  // The greeting and the sign-off are not a statement.
  if (
    paragraphs.length > 1 &&
    /^(hi|hello|hey|dear|good (morning|afternoon|evening))\b[^.!?\n]{0,40}[,!:]?$/i.test(paragraphs[0])
  )
    paragraphs.shift();
  if (
    paragraphs.length > 1 &&
    /^(best|regards|kind regards|best regards|thanks|thank you|cheers|sincerely|yours)\b[^.!?]{0,60}$/i.test(
      paragraphs[paragraphs.length - 1],
    )
  )
    paragraphs.pop();
  for (const p of paragraphs) out.paragraph(p);
  if (!speaker)
    out.problems.push({
      code: 'corpus.email',
      severity: 'warning',
      message: 'the email has no From header; its words are not attributed to anyone',
    });
  if (!out.hasWords())
    out.problems.push({
      code: 'corpus.email',
      severity: 'warning',
      message: 'the email has no plain text of its own (only quoted replies, or HTML only?); skipped',
    });
  return out.done({
    kind: speaker ? 'statement' : 'article',
    speaker,
    date,
    title: mail.subject?.trim() || undefined,
  });
}
