// Suppression comments and accepted findings (server/src/engine/suppress.ts), through checkDraft.
import assert from 'node:assert/strict';
import { check, corpusOf, covered, HARBOR } from '../helpers';
import { acceptedKey, parseAccepted } from '../../server/src/engine/accepted';
import { findDirectives } from '../../server/src/engine/suppress-comments';

const corpus = corpusOf(HARBOR);
// Line 0: altered ("deadline" for "date on a calendar"); line 2: unverified; line 4: misattributed (Berg's words given
// to Lindqvist).
const BODY = [
  '"We are not going to cut corners on safety to meet a deadline," said Marta Lindqvist.',
  '',
  '"The terminal will be the greenest in Europe," Lindqvist said.',
  '',
  '"Nordic Ferry Lines will pay for the dredging, every krone of it," Lindqvist said.',
  '',
];
const codesOf = (draft: string, path?: string, opts = {}) =>
  check(corpus, draft, opts, path)
    .findings.map((f) => f.code)
    .sort();

describe('suppression comments and accepted findings', () => {
  it('the test draft has an altered, an unverified and a misattributed quotation', () => {
    assert.deepEqual(codesOf(BODY.join('\n')), ['quote.altered', 'quote.misattributed', 'quote.unverified']);
  });

  it('<!-- verbatim-ignore-next-line --> silences every finding on the next line, only there', () => {
    const draft = ['<!-- verbatim-ignore-next-line -->', ...BODY].join('\n');
    assert.deepEqual(codesOf(draft), ['quote.misattributed', 'quote.unverified']);
  });

  it('skips blank lines after the comment and honours a list of codes', () => {
    const lines = [...BODY];
    lines.splice(2, 0, '<!-- verbatim-ignore-next-line quote.altered -->', '');
    assert.deepEqual(
      codesOf(lines.join('\n')),
      ['quote.altered', 'quote.misattributed', 'quote.unverified'],
      'a code the line does not have silences nothing',
    );
    lines[2] = '<!-- verbatim-ignore-next-line quote.unverified, fact.date -->';
    assert.deepEqual(codesOf(lines.join('\n')), ['quote.altered', 'quote.misattributed']);
    lines[2] = '<!-- verbatim-ignore-next-line quote.* -->';
    assert.deepEqual(codesOf(lines.join('\n')), ['quote.altered', 'quote.misattributed']);
  });

  it('<!-- verbatim off --> … <!-- verbatim on --> silences a region; off without on runs to the end', () => {
    const region = [BODY[0], '', '<!-- verbatim off -->', '', BODY[2], '', '<!-- verbatim on -->', '', BODY[4]].join(
      '\n',
    );
    assert.deepEqual(codesOf(region), ['quote.altered', 'quote.misattributed']);
    const open = [BODY[0], '', '<!-- verbatim off -->', '', BODY[2], '', BODY[4]].join('\n');
    assert.deepEqual(codesOf(open), ['quote.altered']);
    const byCode = ['<!-- verbatim off quote.misattributed -->', ...BODY].join('\n');
    assert.deepEqual(codesOf(byCode), ['quote.altered', 'quote.unverified']);
    const reopened = [
      '<!-- verbatim off quote.misattributed quote.altered -->',
      BODY[0],
      '',
      '<!-- verbatim on quote.misattributed -->',
      BODY[2],
      '',
      BODY[4],
    ].join('\n');
    assert.deepEqual(codesOf(reopened), ['quote.misattributed', 'quote.unverified'], '`on CODE` ends only that code');
  });

  it('a comment inside code, inline code or an indented block is text, not a directive', () => {
    const fenced = ['```', '<!-- verbatim off -->', '```', '', ...BODY].join('\n');
    assert.deepEqual(codesOf(fenced), ['quote.altered', 'quote.misattributed', 'quote.unverified']);
    const inline = ['Write `<!-- verbatim-ignore-next-line -->` to silence a line.', ...BODY].join('\n');
    assert.deepEqual(codesOf(inline), ['quote.altered', 'quote.misattributed', 'quote.unverified']);
    const indented = ['Intro.', '', '    <!-- verbatim off -->', '', ...BODY].join('\n');
    assert.deepEqual(codesOf(indented), ['quote.altered', 'quote.misattributed', 'quote.unverified']);
    assert.deepEqual(findDirectives('/d.md', fenced), []);
    assert.equal(findDirectives('/d.md', ['<!-- verbatim off -->', 'x'].join('\n')).length, 1);
  });

  it('keeps positions: a comment inside a blockquote and CRLF line ends', () => {
    const quoted = ['> <!-- verbatim-ignore-next-line -->', '>', ...BODY.map((l) => (l ? `> ${l}` : '>'))].join('\r\n');
    assert.deepEqual(codesOf(quoted), ['quote.misattributed', 'quote.unverified']);
  });

  it('plain text honours a line holding only the comment', () => {
    const txt = ['<!-- verbatim-ignore-next-line -->', ...BODY].join('\n');
    assert.deepEqual(codesOf(txt, '/drafts/d.txt'), ['quote.misattributed', 'quote.unverified']);
    const inLine = [BODY[0] + ' <!-- verbatim off -->', ...BODY.slice(1)].join('\n');
    assert.deepEqual(codesOf(inLine, '/drafts/d.txt'), ['quote.altered', 'quote.misattributed', 'quote.unverified']);
  });

  it(
    'accepted entries drop findings with the same code and words, whatever the quote marks, case and outer ' +
      'punctuation',
    () => {
      const draft = BODY.join('\n');
      const unverified = check(corpus, draft).findings.find((f) => f.code === 'quote.unverified')!;
      const words = covered(draft, unverified);
      assert.deepEqual(codesOf(draft, undefined, { accepted: [{ code: 'quote.unverified', text: words }] }), [
        'quote.altered',
        'quote.misattributed',
      ]);
      assert.deepEqual(
        codesOf(draft, undefined, {
          accepted: [{ code: 'quote.unverified', text: '“the terminal will be the greenest in  Europe.”' }],
        }),
        ['quote.altered', 'quote.misattributed'],
      );
      assert.deepEqual(
        codesOf(draft, undefined, { accepted: [{ code: 'quote.altered', text: words }] }),
        ['quote.altered', 'quote.misattributed', 'quote.unverified'],
        'another code: kept',
      );
      assert.deepEqual(
        codesOf(draft, undefined, { accepted: [{ code: 'quote.unverified', text: 'The terminal will be green' }] }),
        ['quote.altered', 'quote.misattributed', 'quote.unverified'],
        'other words: kept',
      );
      assert.deepEqual(
        codesOf(['<!-- verbatim off -->', draft].join('\n'), undefined, { suppress: false }),
        ['quote.altered', 'quote.misattributed', 'quote.unverified'],
        'suppress: false shows everything',
      );
    },
  );

  it('parses accepted.yaml: a list, or {accepted: [...]}, reporting bad entries with their line', () => {
    const ok = parseAccepted(
      '# reviewed by the desk\n- code: quote.unverified\n  text: "The terminal will be the greenest in Europe"\n  ' +
        'note: phone interview, 14 May\n- code: fact.number\n  text: "14"\n  draft: drafts/ferry.md\n',
    );
    assert.deepEqual(ok.problems, []);
    assert.deepEqual(ok.entries, [
      {
        code: 'quote.unverified',
        text: 'The terminal will be the greenest in Europe',
        draft: undefined,
        note: 'phone interview, 14 May',
      },
      { code: 'fact.number', text: '14', draft: 'drafts/ferry.md', note: undefined },
    ]);
    assert.equal(parseAccepted('accepted:\n  - code: fact.date\n    text: Tuesday\n').entries.length, 1);
    assert.deepEqual(parseAccepted('').entries, []);
    const bad = parseAccepted('- code: quote.unverified\n  text: fine\n- code: nonsense\n  text: x\n- just a string\n');
    assert.equal(bad.entries.length, 1);
    assert.deepEqual(
      bad.problems.map((p) => p.line),
      [2, 4],
    );
    assert.equal(parseAccepted('- code: [unclosed\n').problems.length, 1);
    assert.equal(parseAccepted('code: x\n').problems.length, 1);
  });

  it('acceptedKey ignores case, quote style, outer punctuation and spacing', () => {
    assert.equal(acceptedKey('“Riders will pay,”'), acceptedKey('riders  will pay'));
    assert.notEqual(acceptedKey('riders will pay'), acceptedKey('riders will not pay'));
  });
});
