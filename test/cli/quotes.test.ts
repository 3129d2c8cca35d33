// `verbatim quotes`: a draft's quotation sheet, with and without a corpus, as JSON and as text.
import assert from 'node:assert/strict';
import { buildOnce, slice, verbatim } from './run';
import { assertRange, CLEAN, CORPUS, DIRTY, quotations, read, type Rng } from './examples';

describe('verbatim CLI', function () {
  before(function () {
    this.timeout(60_000);
    buildOnce();
  });

  describe('quotes', () => {
    // Who the draft names for each quotation (its opening words), as written; without a corpus only
    // what the draft itself says can be read, so a bare fragment such as "around the clock" may have no speaker.
    const WRITTEN: Record<string, [string, RegExp][]> = {
      [DIRTY]: [
        ['This budget proves', /^Priya Nair$/],
        ['Riders will pay', /^Ruiz$/],
        ['every neighborhood', /Elena Ruiz$/],
        ['I voted no', /^Okafor$/],
        ['We will hire', /^García Márquez$/],
        ['a start', /^Sunil Nair$/],
      ],
      [CLEAN]: [
        ['This budget proves', /^Priya Nair$/],
        ['I cannot support', /^he$/],
        ['every neighborhood', /Elena Ruiz$/],
        ['a start', /^Sunil Nair$/],
      ],
    };
    for (const draftPath of [DIRTY, CLEAN]) {
      it(`lists every quotation of ${draftPath} with range and speaker, without a corpus`, () => {
        const draft = read(draftPath);
        const r = verbatim('quotes', draftPath, '--format', 'json');
        assert.equal(r.status, 0, r.stderr);
        const sheet = JSON.parse(r.stdout);
        assert.equal(sheet.file, draftPath);
        assert.deepEqual(
          sheet.quotes.map((q: { text: string }) => q.text),
          quotations(draft),
        );
        for (const q of sheet.quotes) {
          assertRange(q.range, q.text);
          assert.equal(slice(draft, q.range), q.text);
          assert.equal(typeof q.speaker, typeof q.speakerAsWritten, 'speaker and speakerAsWritten go together');
          assert.equal(q.status, undefined, 'no status without a corpus');
        }
        for (const [start, who] of WRITTEN[draftPath]) {
          const q = sheet.quotes.find((x: { text: string }) => x.text.startsWith(start));
          assert.ok(q, `no row for "${start}"`);
          assert.match(q.speakerAsWritten ?? '(none)', who, `speaker of "${start}"`);
          assert.equal(typeof q.speaker, 'string');
          // The words as written are at the place the draft has them, on the quotation's line or near it.
          assert.ok(draft.includes(q.speakerAsWritten));
        }
      });
    }

    it('with --corpus, gives each quotation its resolved speaker and status', () => {
      const draft = read(DIRTY);
      const r = verbatim('quotes', DIRTY, '--corpus', CORPUS, '--format', 'json');
      assert.equal(r.status, 0, r.stderr);
      const { quotes } = JSON.parse(r.stdout) as {
        quotes: {
          text: string;
          range: Rng;
          speakerAsWritten?: string;
          speaker?: string;
          status?: string;
          source?: string;
        }[];
      };
      assert.deepEqual(
        quotes.map((q) => q.text),
        quotations(draft),
      );
      for (const q of quotes) {
        assert.equal(slice(draft, q.range), q.text);
        assert.ok(
          ['verified', 'misattributed', 'altered', 'unverified', 'not checked'].includes(q.status!),
          `status ${q.status}`,
        );
      }
      const row = (start: string) => {
        const q = quotes.find((x) => x.text.startsWith(start));
        assert.ok(q, `no row for "${start}"`);
        return q;
      };
      assert.deepEqual(
        [row('This budget proves').status, row('This budget proves').speaker],
        ['verified', 'Priya Nair'],
      );
      assert.match(row('This budget proves').source ?? '', /^examples\/sources\/2026-03-10-council-meeting\.md:20$/);
      assert.deepEqual(
        [row('Riders will pay').speakerAsWritten, row('Riders will pay').status],
        ['Ruiz', 'misattributed'],
      );
      assert.equal(row('Riders will pay').speaker, 'Elena Ruiz');
      assert.equal(row('every neighborhood').status, 'altered');
      assert.equal(row('We will hire').status, 'unverified');
      assert.equal(row('We will hire').speakerAsWritten, 'García Márquez');
      assert.equal(row('We will hire').speaker, 'Tomás García Márquez');

      const clean = JSON.parse(verbatim('quotes', CLEAN, '--corpus', CORPUS, '--format', 'json').stdout);
      assert.ok(
        clean.quotes.length === 4 && clean.quotes.every((q: { status: string }) => q.status === 'verified'),
        JSON.stringify(clean.quotes),
      );
      assert.equal(clean.quotes[1].speakerAsWritten, 'he');
      assert.equal(clean.quotes[1].speaker, 'Daniel Okafor');
    });

    it('prints a readable sheet by default', () => {
      const r = verbatim('quotes', DIRTY, '--corpus', CORPUS);
      assert.equal(r.status, 0);
      assert.match(r.stdout, new RegExp(`^${quotations(read(DIRTY)).length} quotations in ${DIRTY}\n`));
      assert.match(r.stdout, /speaker: Ruiz → Elena Ruiz {4}status: misattributed/);
    });
  });
});
