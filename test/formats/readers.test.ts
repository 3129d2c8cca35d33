// Each format reader on its own: what it extracts, where its places are, and
// the corpus.* problem it reports for a file it cannot use.
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, rgb } from 'pdf-lib';
import { readPdf } from '../../server/src/engine/corpus/formats/pdf';
import { readHtml } from '../../server/src/engine/corpus/formats/html';
import { readDocx } from '../../server/src/engine/corpus/formats/docx';
import { readSrt, readVtt } from '../../server/src/engine/corpus/formats/subtitles';
import { headerDate, readEmail } from '../../server/src/engine/corpus/formats/email';
import { placeAt } from '../../server/src/engine/corpus/formats/types';
import { Corpus } from '../../server/src/engine/corpus/corpus';
import { makeDocx, makePdf } from './fixtures';

const placeOf = (x: { body: string; places: { at: number; label: string }[] }, words: string) =>
  placeAt(x.places, x.body.indexOf(words));

describe('formats: readers', () => {
  it('PDF: paragraphs by page, a "[p. N]" marker per page, words broken at a line end joined', async () => {
    const x = await readPdf(
      await makePdf([
        ['The ferry runs twice a day.'],
        [
          'The harbour board voted to extend the',
          'breakwater by forty metres.',
          '',
          'A second para-',
          'graph follows here.',
        ],
      ]),
    );
    assert.deepEqual(x.problems, []);
    assert.match(
      x.body,
      new RegExp(
        '^\\[p\\. 1\\]\n\nThe ferry runs twice a day\\.\n\n\\[p\\. 2\\]\n\n' +
          'The harbour board voted to extend the breakwater by forty metres\\.\n\nA second paragraph follows here\\.$',
      ),
    );
    assert.equal(placeOf(x, 'The ferry'), 'p. 1');
    assert.equal(placeOf(x, 'breakwater'), 'p. 2');
    assert.equal(x.markers.length, 2);
  });

  it('PDF: running headers and page numbers are left out', async () => {
    const page = (n: number, words: string) => ['Harbour Board | Annual report', '', words, '', `Page ${n} of 3`];
    const pages = [page(1, 'The board met four times.'), page(2, 'Dredging took most of May.'), page(3, 'Thanks.')];
    const x = await readPdf(await makePdf(pages));
    assert.equal(
      x.body,
      '[p. 1]\n\nThe board met four times.\n\n[p. 2]\n\nDredging took most of May.\n\n[p. 3]\n\nThanks.',
    );
  });

  it('PDF: a metadata block typed at the top is read as front matter', async () => {
    const x = await readPdf(
      await makePdf([
        [
          '---',
          'kind: release',
          'organization: Valley Water Board',
          'date: 2026-04-01',
          '---',
          'The reservoir is full.',
        ],
      ]),
    );
    assert.equal(x.meta.kind, 'release');
    assert.equal(x.meta.organization, 'Valley Water Board');
    assert.equal(x.meta.date, '2026-04-01');
    assert.match(x.body, /^\[p\. 1\]\n\nThe reservoir is full\.$/);
  });

  it('PDF: no text layer, and a damaged file, are problems with a reason', async () => {
    const doc = await PDFDocument.create();
    doc.addPage().drawRectangle({ x: 10, y: 10, width: 100, height: 100, color: rgb(0.2, 0.2, 0.2) });
    const scanned = await readPdf(await doc.save());
    assert.equal(scanned.problems[0]?.code, 'corpus.pdf');
    assert.match(scanned.problems[0].message, /no text layer/);
    const broken = await readPdf(new TextEncoder().encode('%PDF-1.7\nthis is not really a PDF\n'));
    assert.equal(broken.problems[0]?.code, 'corpus.pdf');
    assert.match(broken.problems[0].message, /not a readable PDF/);
  });

  it('HTML: main text without menus; title, byline, date from article:published_time, JSON-LD or <time>', () => {
    const para =
      'The county opened a second cooling centre on Friday as the heat wave entered its fifth day, officials said.';
    const page = (head: string, body = '') =>
      `<html><head><title>Heat wave | Tribune</title>${head}</head><body><nav>Home News Sports</nav>` +
      `<article><h1>Heat wave</h1>${body}<p>${para}</p><p>${para.replace('second', 'third')}</p></article>` +
      '<footer>Contact us</footer></body></html>';
    const a = readHtml(page('<meta property="article:published_time" content="2026-07-09T23:50:00-07:00">'));
    assert.equal(a.meta.kind, 'article');
    assert.equal(a.meta.date, '2026-07-09', 'the day as the page writes it, not shifted to UTC');
    assert.ok(a.body.includes(para));
    assert.ok(!/Home News|Contact us/.test(a.body));
    const b = readHtml(
      page(
        '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2026-07-10"}]}</script>',
      ),
    );
    assert.equal(b.meta.date, '2026-07-10');
    const c = readHtml(page('', '<p class="byline">By Sam Lee, <time datetime="2026-07-11">July 11</time></p>'));
    assert.equal(c.meta.date, '2026-07-11');
    assert.equal(readHtml('<html><body><nav>Home</nav></body></html>').problems[0]?.code, 'corpus.html');
  });

  it('DOCX: turns make a transcript; a damaged file is a problem', async () => {
    const x = await readDocx(
      await makeDocx(['Host: Welcome back.', 'Ada Obi: We planted four hundred trees this spring.']),
    );
    assert.equal(x.meta.kind, 'transcript');
    assert.match(x.body, /^Host: Welcome back\.\n\nAda Obi: We planted four hundred trees this spring\.$/);
    const broken = await readDocx(new TextEncoder().encode('PK\u0003\u0004 not a zip at all'));
    assert.equal(broken.problems[0]?.code, 'corpus.docx');
  });

  it('WebVTT: voice tags and "Name:" give speakers, cues of one speaker merge, each cue keeps its time', () => {
    const x = readVtt(
      [
        'WEBVTT',
        '',
        '00:01:02.000 --> 00:01:05.000',
        '<v Ada Obi>We planted trees.',
        '',
        '00:01:06.000 --> 00:01:09.000',
        '<v Ada Obi>Four hundred of them.',
        '',
        '01:02:03.000 --> 01:02:05.000',
        'HOST: Thank you.',
        '',
      ].join('\n'),
    );
    assert.equal(x.meta.kind, 'transcript');
    assert.match(
      x.body,
      /^\[00:01:02\]\n\nAda Obi: We planted trees\. Four hundred of them\.\n\n\[01:02:03\]\n\nHost: Thank you\.$/,
    );
    assert.equal(placeOf(x, 'Four hundred'), 'at 00:01:06');
    assert.equal(placeOf(x, 'We planted'), 'at 00:01:02');
    assert.equal(placeOf(x, 'Thank you'), 'at 01:02:03');
  });

  it('WebVTT and SRT: broken timings are a problem, the good cues still load', () => {
    const v = readVtt(
      'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Ada Obi>First words here.\n\n' +
        '00:00:04.000 --> 00:00:0x\n<v Ada Obi>Lost words.\n',
    );
    assert.equal(v.problems[0]?.code, 'corpus.subtitles');
    assert.match(v.problems[0].message, /broken cue timings/);
    assert.match(v.body, /First words here\./);
    const s = readSrt(
      '1\n00:00:01,000 --> 00:00:03,000\nADA OBI: First words here.\n\n2\n00:00:04,000 --> 00:0x:05,000\nLost words.\n',
    );
    assert.equal(s.problems[0]?.code, 'corpus.subtitles');
    assert.match(s.body, /^\[00:00:01\]\n\nAda Obi: First words here\.$/);
  });

  it("email: sender, the Date header's own day, subject; quoted replies, greeting and signature left out", async () => {
    const eml = [
      'From: Ada Obi <ada@example.net>',
      'Subject: Trees',
      'Date: Sun, 1 Mar 2026 23:59:00 -0800',
      'Content-Type: text/plain',
      '',
      'Hi all,',
      '',
      'We planted four hundred trees.',
      '',
      '--',
      'Ada Obi, Green Streets',
      '',
      '> Did you plant any trees?',
      '',
    ].join('\r\n');
    const x = await readEmail(new TextEncoder().encode(eml));
    assert.deepEqual(
      { speaker: x.meta.speaker, date: x.meta.date, title: x.meta.title, kind: x.meta.kind },
      { speaker: 'Ada Obi', date: '2026-03-01', title: 'Trees', kind: 'statement' },
    );
    assert.equal(x.body, 'We planted four hundred trees.');
    assert.equal(headerDate('Tue, 31 Feb 2026 10:00:00 +0000'), undefined);
    const html = [
      'From: Ada Obi <ada@example.net>',
      'Subject: Trees',
      'Date: Sun, 1 Mar 2026 10:00:00 +0000',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<html><body><p>We planted four hundred trees.</p>',
      '<div>On Sat, 28 Feb 2026 at 09:00, Desk &lt;desk@x.com&gt; wrote:',
      '<blockquote>How many trees did you plant?</blockquote></div></body></html>',
      '',
    ].join('\r\n');
    const fromHtml = await readEmail(new TextEncoder().encode(html));
    assert.equal(fromHtml.body, 'We planted four hundred trees.', 'an HTML-only email');
  });

  it('a corpus loads around files that fail, each a corpus.* problem on it; a sidecar wins over the file', async () => {
    const root = mkdtempSync(join(tmpdir(), 'verbatim-formats-bad-'));
    try {
      const dir = join(root, 'sources');
      mkdirSync(dir);
      writeFileSync(join(dir, 'broken.pdf'), '%PDF-1.4 nothing here');
      writeFileSync(join(dir, 'broken.docx'), 'not a zip');
      writeFileSync(join(dir, 'empty.html'), '<html><body></body></html>');
      writeFileSync(join(dir, 'timings.vtt'), 'WEBVTT\n\n00:00:0x --> 00:00:02.000\nnothing\n');
      writeFileSync(join(dir, 'notes.md'), '---\nspeaker: Ada Obi\n---\nWe planted four hundred trees this spring.\n');
      writeFileSync(
        join(dir, 'talk.srt'),
        '1\n00:00:01,000 --> 00:00:03,000\nADA OBI: The saplings need water every week.\n',
      );
      writeFileSync(join(dir, 'talk.srt.yaml'), 'date: 2026-05-05\nspeaker: Someone Else\ntitle: Tree talk\n');
      const c = await Corpus.loadManyAsync([dir]);
      const codes = Object.fromEntries(c.problems.map((p) => [p.file.split('/').pop(), p.code]));
      assert.deepEqual(codes, {
        'broken.pdf': 'corpus.pdf',
        'broken.docx': 'corpus.docx',
        'empty.html': 'corpus.html',
        'timings.vtt': 'corpus.subtitles',
      });
      assert.ok(c.statements.some((s) => s.speaker === 'Ada Obi' && s.doc.path.endsWith('notes.md')));
      const talk = c.statements.find((s) => s.doc.path.endsWith('talk.srt'));
      assert.equal(talk?.date, '2026-05-05');
      assert.equal(talk?.doc.title, 'Tree talk');
      assert.equal(
        talk?.speaker,
        'Ada Obi',
        "the turn names its speaker; the sidecar speaker only sets the document's",
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
