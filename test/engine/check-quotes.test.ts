import assert from 'node:assert/strict';
import { HARBOR, applyFix, check, corpusOf, covered } from '../helpers';

const corpus = corpusOf(HARBOR);
const codes = (draft: string) => check(corpus, draft).findings.map((f) => [f.code, covered(draft, f)]);

describe('quotation checks', () => {
  it('passes a verbatim quotation attributed to its speaker', () => {
    assert.deepEqual(codes('"The new terminal will open in September," Lindqvist said.'), []);
  });
  it('flags words said by someone else, names who, and fixes the speaker', () => {
    const d =
      'Marta Lindqvist spoke first. "Nordic Ferry Lines will pay for the dredging, every krone of it," Lindqvist said.';
    const [f] = check(corpus, d).findings;
    assert.equal(f.code, 'quote.misattributed');
    assert.match(f.message, /Jonas Berg/);
    assert.equal(f.citation?.speaker, 'Jonas Berg');
    assert.match(applyFix(d, f), /krone of it," Jonas Berg said/);
  });
  it('flags changed words, says what changed and restores the source wording', () => {
    const d = '"We are not going to cut corners on safety to meet a deadline," said Marta Lindqvist.';
    const [f] = check(corpus, d).findings;
    assert.equal(f.code, 'quote.altered');
    assert.match(f.message, /"date on a calendar" became "deadline"|became "deadline"/);
    assert.equal(
      applyFix(d, f),
      '"We are not going to cut corners on safety to meet a date on a calendar," said Marta Lindqvist.',
    );
  });
  it('flags two passages of one speaker joined without an ellipsis, and the fix marks the omission', () => {
    const d = '"The new terminal will open in September. We are not going to cut corners on safety," Lindqvist said.';
    const [f, ...more] = check(corpus, d).findings;
    assert.equal(more.length, 0);
    assert.equal(f.code, 'quote.altered');
    assert.match(f.message, /joins two separate passages of Marta Lindqvist/);
    const fixed = applyFix(d, f);
    assert.equal(
      fixed,
      '"The new terminal will open in September ... We are not going to cut corners on safety," Lindqvist said.',
    );
    assert.deepEqual(codes(fixed), []);
  });
  it("does not call two speakers' words joined together a stitched quotation of either", () => {
    const d =
      '"The new terminal will open in September. Nordic Ferry Lines will pay for the dredging," Lindqvist said.';
    assert.deepEqual(
      check(corpus, d).findings.map((f) => f.code),
      ['quote.unverified'],
    );
  });
  it('flags a quotation nothing supports', () => {
    assert.deepEqual(codes('"We will finish the terminal under budget," Lindqvist said.'), [
      ['quote.unverified', 'We will finish the terminal under budget'],
    ]);
  });
  it('does not flag a short scare quote found in the corpus, whoever said it', () => {
    assert.deepEqual(codes('The port promised to watch the "eelgrass beds" closely.'), []);
  });
  it('resolves he/she to the last person named', () => {
    const d =
      'Jonas Berg spoke after the harbour master. "We asked for this terminal and we will carry our share," he said.';
    assert.deepEqual(codes(d), []);
    const wrong = 'Marta Lindqvist spoke first. "We asked for this terminal and we will carry our share," she said.';
    assert.deepEqual(
      codes(wrong).map((c) => c[0]),
      ['quote.misattributed'],
    );
  });
  it('tells apart two people with the same surname', () => {
    const d =
      'Anna Berg, an environmental officer, said: "We will publish every measurement." Later, Jonas Berg spoke. ' +
      '"We asked for this terminal," Berg said.';
    assert.deepEqual(codes(d), []);
  });
  it('reads "a spokesperson for ORG" and "the spokesperson"', () => {
    const ok =
      'A spokesperson for the Danish Maritime Authority was cautious. "The authority will review the safety plan ' +
      'before any ferry docks at the new berth," the spokesperson said.';
    assert.deepEqual(codes(ok), []);
    const bad =
      'A spokesperson for Nordic Ferry Lines was cautious. "The authority will review the safety plan before any ' +
      'ferry docks at the new berth," the spokesperson said.';
    assert.deepEqual(
      codes(bad).map((c) => c[0]),
      ['quote.misattributed'],
    );
  });
  it('attributes a second sentence to the speaker of the first', () => {
    const d =
      '"The new terminal will open in September," Lindqvist said. "It can handle 14 departures a day, twice what ' +
      'we manage now."';
    assert.deepEqual(codes(d), []);
    const bad = '"Skagen is the heart of our northern routes," Lindqvist said. "It can handle 14 departures a day."';
    assert.deepEqual(
      codes(bad).map((c) => c[0]),
      ['quote.misattributed'],
    );
  });
  it('continues the speaker into the next paragraph of a multi-paragraph quotation', () => {
    const d =
      'Lindqvist said: "The new terminal will open in September.\n\n"We are not going to cut corners on safety to ' +
      'meet a date on a calendar."';
    assert.deepEqual(codes(d), []);
  });
  it('uses quotations inside a release as the words of the people named there', () => {
    assert.deepEqual(codes('"Skagen is the heart of our northern routes," Berg said, meaning Jonas Berg.'), []);
  });
  it('gives the same findings for CRLF and LF, with positions on the right lines', () => {
    const lf =
      '---\ndate: 2024-05-16\n---\nIntro 😀.\n\n"We are not going to cut corners to meet a date," said Marta ' +
      'Lindqvist.\n';
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = check(corpus, lf).findings,
      b = check(corpus, crlf).findings;
    assert.equal(a.length, 1);
    assert.deepEqual(
      b.map((f) => [f.code, covered(crlf, f)]),
      a.map((f) => [f.code, covered(lf, f)]),
    );
  });
  it('restores curly inner marks in the draft style when fixing', () => {
    const c = corpusOf({
      's.md':
        '---\nkind: statement\nspeaker: Li Wen\ndate: 2024-05-13\n---\nThey call it "blue carbon" and it is worth ' +
        'protecting now.\n',
    });
    const d = '“They call it ‘blue carbon’ and it is worth saving now,” Li Wen said.';
    const [f] = check(c, d).findings;
    assert.equal(f.code, 'quote.altered');
    assert.equal(applyFix(d, f), '“They call it ‘blue carbon’ and it is worth protecting now,” Li Wen said.');
  });
  it(
    'names the person quoted in a release, not the organization that issued it, when the draft credits someone ' +
      'else',
    () => {
      const c = corpusOf({
        'release.md':
          '---\nkind: release\norganization: Valley Water District\ndate: 2024-05-14\n---\n' +
          '"Our crews worked through the night to keep every tap running in the valley," said General Manager Olu ' +
          'Adeyemi.\n',
      });
      const d =
        'District board member Petra Novak said the crews "worked through the night to keep every tap running."\n';
      const [f] = check(c, d).findings;
      assert.equal(f?.code, 'quote.misattributed');
      assert.match(f.message, /Olu Adeyemi/);
      assert.doesNotMatch(f.message, /Valley Water District/);
      // The organization's own words still confirm a quotation the draft credits to the organization.
      const org = 'The Valley Water District said crews "worked through the night to keep every tap running."\n';
      assert.deepEqual(
        check(c, org).findings.map((x) => x.code),
        [],
      );
    },
  );
  it('a speaker the draft names by one name only is the source speaker of that name, not someone else', () => {
    const c = corpusOf({
      'release.md':
        '---\nkind: release\norganization: Harlow County Roads\ndate: 2026-01-02\n---\n' +
        '"We know this detour is a hardship for every driver who crosses the river," said Roads Director Kwame ' +
        'Asante.\n',
    });
    const ok = '"We know this detour is a hardship for every driver who crosses the river," Asante said.\n';
    assert.deepEqual(
      check(c, ok).findings.map((x) => x.code),
      [],
    );
    const wrong = '"We know this detour is a hardship for every driver who crosses the river," Okafor said.\n';
    assert.deepEqual(
      check(c, wrong).findings.map((x) => x.code),
      ['quote.misattributed'],
    );
  });

  describe('a person the sources quote but the corpus has no record of', () => {
    const article = corpusOf({
      '2024-03-02-gazette.md':
        '---\nkind: article\ntitle: Library hours cut\norganization: Hollin Gazette\ndate: 2024-03-02\n---\n' +
        '"We will keep the reading room open on Sundays," said Dana Whitcombe, the library director.\n\n' +
        'Trustee Paul Ferrand disagreed. "The budget does not stretch that far," Ferrand said.\n',
    });
    const fixOf = (d: string) => {
      const f = check(article, d).findings.find((x) => x.code === 'quote.misattributed');
      assert.ok(f, `no misattribution in ${d}`);
      return applyFix(d, f);
    };
    it('names them by surname where the draft introduced them, never as "the Paul Ferrand"', () => {
      const d = 'Dana Whitcombe and Paul Ferrand spoke. "The budget does not stretch that far," Whitcombe said.';
      assert.equal(
        fixOf(d),
        'Dana Whitcombe and Paul Ferrand spoke. "The budget does not stretch that far," Ferrand said.',
      );
    });
    it('replaces a pronoun by the surname once the draft has named the right speaker', () => {
      const d =
        'Dana Whitcombe and Paul Ferrand spoke. Whitcombe went first. ' +
        '"The budget does not stretch that far," she said.';
      assert.equal(fixOf(d), d.replace('she said', 'Ferrand said'));
      const alone = 'Dana Whitcombe spoke first. "The budget does not stretch that far," she said.';
      assert.equal(fixOf(alone), alone.replace('she said', 'Paul Ferrand said'));
    });
    it('names them in full where the draft did not', () => {
      const d = '"We will keep the reading room open on Sundays," Ferrand said.';
      assert.equal(fixOf(d), '"We will keep the reading room open on Sundays," Dana Whitcombe said.');
    });
    it('replaces the title the draft put before the wrong name too: the right speaker holds another', () => {
      const d = '"We will keep the reading room open on Sundays," said Trustee Paul Ferrand.';
      assert.equal(fixOf(d), '"We will keep the reading room open on Sundays," said Dana Whitcombe.');
      const council = '"We will keep the reading room open on Sundays," said city council member Paul Ferrand.';
      assert.equal(fixOf(council), '"We will keep the reading room open on Sundays," said Dana Whitcombe.');
      const lower = '"We will keep the reading room open on Sundays," said longtime member Paul Ferrand.';
      const f = check(article, lower).findings.find((x) => x.code === 'quote.misattributed');
      assert.deepEqual(f?.fixes, [], 'no fix that leaves "said longtime Dana Whitcombe"');
      const dr = '"We will keep the reading room open on Sundays," said Dr. Paul Ferrand.';
      assert.equal(fixOf(dr), '"We will keep the reading room open on Sundays," said Dana Whitcombe.');
    });
    it("offers no speaker fix when an organization's name comes before the wrong name", () => {
      const d = '"We will keep the reading room open on Sundays," said Hollin Library Chairwoman Dr. Paul Ferrand.';
      const f = check(article, d).findings.find((x) => x.code === 'quote.misattributed');
      assert.ok(f);
      assert.deepEqual(f.fixes, []);
    });
  });

  describe('a speaker a source names by surname only', () => {
    const brief = corpusOf({
      '2024-04-01-brief.md':
        '---\nkind: article\ntitle: Pier repairs\norganization: Hollin Gazette\ndate: 2024-04-01\n---\n' +
        '"The pier reopens in June, not a day later," Abernathy said.\n',
    });
    const misattributed = (d: string) => check(brief, d).findings.find((x) => x.code === 'quote.misattributed');
    it('writes the full name the draft gives that surname', () => {
      const d = '"The pier reopens in June, not a day later," Ferrand said. Harbour chief Colin Abernathy disagreed.';
      assert.equal(
        applyFix(d, misattributed(d)!),
        '"The pier reopens in June, not a day later," Colin Abernathy said. Harbour chief Colin Abernathy disagreed.',
      );
    });
    it('offers no fix when the draft never names them (never "the Abernathy")', () => {
      const f = misattributed('"The pier reopens in June, not a day later," Ferrand said.');
      assert.ok(f);
      assert.deepEqual(f.fixes, []);
    });
  });
});
