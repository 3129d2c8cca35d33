// A corpus with one source in each format, generated here with libraries
// (pdf-lib for the PDF, docx for the Word file) or written as strings (HTML,
// WebVTT, SRT, email); nothing is downloaded. The sentences are written for
// these tests.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { Document, Packer, Paragraph } from 'docx';

/** A PDF with one page per list of lines (Helvetica, 14 pt leading; an empty line breaks the paragraph). */
export async function makePdf(
  pages: string[][],
  opts: { title?: string; encrypt?: boolean } = {},
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  if (opts.title) doc.setTitle(opts.title);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = doc.addPage([612, 792]);
    let y = 740;
    for (const line of lines) {
      if (line) page.drawText(line, { x: 56, y, size: 11, font });
      y -= 14;
    }
  }
  return doc.save();
}

export async function makeDocx(paragraphs: string[]): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children: paragraphs.map((p) => new Paragraph(p)) }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

export const PDF_PAGES = [
  [
    'Lakeshore Ferry Authority',
    '',
    'Winter timetable for the island crossings',
    '',
    'The authority runs six crossings a day between the mainland and Gull Island.',
  ],
  [
    '"The north pier will reopen to passengers on March 14," said Dana Whitfield, the',
    "authority's operations director.",
    '',
    'Tickets bought for the south pier stay valid after the move.',
  ],
];

export const HTML_PAGE = `<!doctype html><html><head><title>Marsh survey counts more herons | Valley Courier</title>
<meta property="article:published_time" content="2026-01-22T08:15:00-05:00">
<meta name="author" content="Lena Ortiz"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Marsh survey counts more herons</h1><p class="byline">By Lena Ortiz</p>
<p>Volunteers walked the reed beds at dawn for three weekends in a row to finish the annual count
of the valley's wading birds.</p>
<p>"We counted forty-one nesting pairs this season, the most since the survey began," said Priya Raman,
a volunteer with the Marsh Bird Survey.</p>
<p>The survey's organizers plan to publish the full tally in the spring newsletter, along with maps
of the nesting sites.</p>
</article><footer>Copyright Valley Courier</footer></body></html>`;

export const DOCX_PARAGRAPHS = [
  '---',
  'title: Orchard visit notes',
  'date: 2026-03-02',
  '---',
  'Reporter: How did the orchard come through the winter?',
  'Tomas Berg: The late frost took nearly a third of our pears. We will replant the lower rows in April.',
  'Reporter: And the apples?',
  'Tomas Berg: The apples came through fine, thanks to the hill.',
];

export const VTT = `WEBVTT

00:12:20.000 --> 00:12:24.000
<v Council Clerk>The next item is the library budget.

00:12:31.000 --> 00:12:34.500
<v Helen Achebe>Thank you.

00:12:35.000 --> 00:12:40.000
<v Helen Achebe>The library will stay open until nine on weekdays starting next month.

00:12:41.000 --> 00:12:44.000
<v Council Clerk>Any questions from members?
`;

export const SRT = `1
00:03:01,000 --> 00:03:04,000
MARCO VELLA: Good evening.

2
00:03:05,200 --> 00:03:09,000
MARCO VELLA: The bridge repairs will close the east lane for eleven weeks.

3
00:03:10,000 --> 00:03:12,000
HOST: Thank you, Marco.
`;

export const EML = `From: "Ines Duarte" <ines.duarte@example.org>
To: newsroom@example.com
Subject: Statement on the school kitchen
Date: Tue, 3 Mar 2026 23:30:00 -0500
Message-ID: <kitchen-1@example.org>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Hello,

The district will serve hot lunches again from the renovated kitchen on Monday.

Best,
Ines

On Mon, 2 Mar 2026 at 10:00, Newsroom <newsroom@example.com> wrote:
> Could the district confirm when the kitchen opens? The kitchen is closed for good, we hear.
`;

/** Writes the corpus (one file per format, sidecar metadata for the PDF) into a new temporary folder. */
export async function writeFormatsCorpus(): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'verbatim-formats-'));
  const dir = join(root, 'sources');
  mkdirSync(dir);
  writeFileSync(join(dir, 'ferry-timetable.pdf'), await makePdf(PDF_PAGES, { title: 'Winter timetable' }));
  writeFileSync(
    join(dir, 'ferry-timetable.pdf.yaml'),
    'kind: release\norganization: Lakeshore Ferry Authority\ndate: 2026-02-10\n',
  );
  writeFileSync(join(dir, 'marsh-survey.html'), HTML_PAGE);
  writeFileSync(join(dir, 'orchard-notes.docx'), await makeDocx(DOCX_PARAGRAPHS));
  writeFileSync(join(dir, 'council-meeting.vtt'), VTT);
  writeFileSync(join(dir, 'bridge-briefing.srt'), SRT);
  writeFileSync(join(dir, 'kitchen-statement.eml'), EML);
  writeFileSync(
    join(dir, 'sources.yaml'),
    'council-meeting.vtt:\n  date: 2026-02-18\n  title: City council, February session\n' +
      'bridge-briefing.srt:\n  date: 2026-02-20\n',
  );
  return root;
}
