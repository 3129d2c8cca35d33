// PDF (press releases, filings, reports) through unpdf, which ships a build of
// Mozilla's PDF.js that runs in Node without a worker or a canvas. Text comes
// page by page; lines are joined into paragraphs where the gap between them is
// no wider than a line; each page starts with a "[p. N]" marker.
import { getDocumentProxy } from 'unpdf';
import { BodyBuilder, leadingMetadata } from './body';
import type { Extraction } from './types';

export const MAX_PDF_PAGES = 5000;

interface TextItem {
  str: string;
  hasEOL?: boolean;
  transform?: number[];
  height?: number;
}

interface Line {
  text: string;
  y: number;
  h: number;
}

/** The lines of one page from PDF.js text items (top to bottom, as the content stream has them). */
export function pageLines(items: TextItem[]): Line[] {
  const lines: Line[] = [];
  let cur = { text: '', y: NaN, h: 0 };
  const flush = () => {
    if (cur.text.trim()) lines.push(cur);
    cur = { text: '', y: NaN, h: 0 };
  };
  for (const it of items) {
    if (typeof it.str !== 'string') continue;
    const y = it.transform?.[5] ?? NaN,
      h = Math.abs(it.height ?? it.transform?.[3] ?? 0);
    if (!Number.isNaN(cur.y) && !Number.isNaN(y) && Math.abs(y - cur.y) > Math.max(h, cur.h, 1) * 0.5 && cur.text)
      flush();
    if (Number.isNaN(cur.y) && it.str.trim()) cur.y = y;
    cur.text += it.str;
    cur.h = Math.max(cur.h, h);
    if (it.hasEOL) flush();
  }
  flush();
  return lines;
}

/** Lines into paragraphs: a paragraph ends at a gap wider than a line's. */
export function paragraphsOf(lines: Line[]): string[] {
  const paragraphs: string[] = [];
  let para = '';
  lines.forEach((l, i) => {
    const prev = lines[i - 1];
    const gap = prev && !Number.isNaN(prev.y) && !Number.isNaN(l.y) ? prev.y - l.y : 0;
    const lineHeight = Math.max(prev?.h ?? 0, l.h, 1);
    // A paragraph ends at a wider gap than a line's, or where the text moves up (a new column).
    if (prev && (gap > lineHeight * 1.6 || gap < 0)) {
      paragraphs.push(para);
      para = '';
    }
    const text = l.text.trim();
    if (!para) para = text;
    else if (/\p{Ll}-$/u.test(para) && /^\p{Ll}/u.test(text))
      para = para.slice(0, -1) + text; // a word broken at the line's end
    else para += ' ' + text;
  });
  if (para) paragraphs.push(para);
  return paragraphs;
}

/** A paragraph that is only a page number ("4", "Page 4", "4 of 12", "- 4 -"). */
const PAGE_NUMBER = /^[-–\s]*(page\s+)?\d{1,4}(\s*(of|\/)\s*\d{1,4})?[-–\s]*$/i;

/** Running headers and footers: the same short paragraph on most pages of a document of three pages or more. */
export function runningLines(pages: string[][]): Set<string> {
  const out = new Set<string>();
  if (pages.length < 3) return out;
  const count = new Map<string, number>();
  for (const page of pages) for (const p of new Set(page)) if (p.length <= 160) count.set(p, (count.get(p) ?? 0) + 1);
  for (const [p, k] of count) if (k >= Math.max(3, pages.length * 0.6)) out.add(p);
  return out;
}

export async function readPdf(bytes: Uint8Array): Promise<Extraction> {
  const out = new BodyBuilder();
  let pdf;
  try {
    pdf = await getDocumentProxy(new Uint8Array(bytes), {
      verbosity: 0,
      isEvalSupported: false,
      stopAtErrors: false,
    });
  } catch (e) {
    const err = e as Error;
    const message =
      err.name === 'PasswordException'
        ? 'encrypted PDF: it needs a password to open; save an unprotected copy to use it'
        : `not a readable PDF (${err.message.split('\n')[0] || err.name}); skipped`;
    out.problems.push({ code: 'corpus.pdf', severity: 'warning', message });
    return out.done({});
  }
  try {
    const info = ((await pdf.getMetadata().catch(() => undefined))?.info ?? {}) as Record<string, unknown>;
    const meta: Extraction['meta'] = {};
    if (typeof info.Title === 'string' && info.Title.trim()) meta.title = info.Title.trim();
    const pages = Math.min(pdf.numPages, MAX_PDF_PAGES);
    if (pdf.numPages > MAX_PDF_PAGES)
      out.problems.push({
        code: 'corpus.pdf',
        severity: 'warning',
        message: `${pdf.numPages} pages; only the first ${MAX_PDF_PAGES} are read`,
      });
    const byPage: string[][] = [];
    for (let n = 1; n <= pages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      let lines = pageLines(content.items as TextItem[]);
      if (n === 1) {
        // A metadata block typed at the top of the document ("---", "kind: release", …, "---"), one line each.
        const lead = leadingMetadata(lines.map((l) => l.text));
        if (lead.used) {
          Object.assign(meta, lead.meta);
          lines = lines.slice(lead.used);
        }
      }
      byPage.push(paragraphsOf(lines));
      page.cleanup();
    }
    const running = runningLines(byPage);
    byPage.forEach((paragraphs, k) => {
      out.marker(`p. ${k + 1}`);
      for (const p of paragraphs) if (!running.has(p) && !PAGE_NUMBER.test(p)) out.paragraph(p);
    });
    if (!out.hasWords())
      out.problems.push({
        code: 'corpus.pdf',
        severity: 'warning',
        message: 'the PDF has no text layer (a scan or images of text?); run it through OCR to use it',
      });
    return out.done(meta);
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
}
