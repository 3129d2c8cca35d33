// Minimal repros of the bugs the robustness and fuzz tests found (see KNOWN-BUGS.md). A bug still
// open has its test marked it.skip, pointing to its entry; a fixed one stays here as a regression test.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Corpus } from '../../server/src/engine/corpus/corpus';
import { checkDraft, type CheckResult } from '../../server/src/engine/engine';
import { proseOf } from '../../server/src/engine/text/prose';
import { ROOT } from '../cli/run';
import { applyEdits } from '../fuzz/invariants';

const SOURCES = join(ROOT, 'examples', 'sources');
const corpus = () =>
  Corpus.fromFiles(
    readdirSync(SOURCES).map((f) => ({ path: join(SOURCES, f), text: readFileSync(join(SOURCES, f), 'utf8') })),
  );
const check = (text: string, path = '/drafts/d.md', c = corpus(), draftDate: string | undefined = '2026-03-12') =>
  checkDraft(c, path, text, { draftDate });
const found = (text: string, r: CheckResult) =>
  r.findings.map((f) => `${f.code} ${text.slice(f.span.start, f.span.end)}`);
/** Every fix of every finding changes the draft. */
function assertFixesChange(text: string, r: CheckResult) {
  for (const f of r.findings)
    for (const x of f.fixes)
      assert.notEqual(
        applyEdits(text, x.edits),
        text,
        `${f.code} "${text.slice(f.span.start, f.span.end)}": fix "${x.title}" changes nothing`,
      );
}

describe('robustness: known bugs (repros; see test/robustness/KNOWN-BUGS.md)', function () {
  this.timeout(20_000);

  it('KB-1: a role word as the last word of a draft or a corpus article does not throw', () => {
    assert.doesNotThrow(() => check('"We will be back next year with a better plan," said the spokesperson.'));
    assert.doesNotThrow(() =>
      Corpus.fromFiles([
        { path: '/c/a.md', text: '---\nkind: article\n---\nThe plan was announced by an official.\n' },
      ]),
    );
  });

  it('KB-2: a single CRLF in a .txt draft is a line break, not a paragraph break', () => {
    const lf = 'Line one\nline two\n\nParagraph two';
    assert.equal(proseOf('d.txt', lf.replace(/\n/g, '\r\n')).blocks.length, proseOf('d.txt', lf).blocks.length);
    const t = '"Every neighborhood deserves a fire engine\r\nwithin five minutes," Ruiz said.\r\n';
    assert.deepEqual(
      found(t, check(t, '/drafts/d.txt')).map((x) => x.replace(/\r\n/g, '\n')),
      found(t.replace(/\r\n/g, '\n'), check(t.replace(/\r\n/g, '\n'), '/drafts/d.txt')),
    );
  });

  it(
    'KB-3: a Markdown draft starting with a BOM keeps its offsets (the quotation at the end of a paragraph is ' +
      'found)',
    () => {
      const t = 'Ruiz said "Riders will pay for this in longer waits"';
      assert.deepEqual(found('\ufeff' + t, check('\ufeff' + t)), found(t, check(t)));
    },
  );

  it('KB-4: front matter with lone CR line breaks is read (.md and .txt)', () => {
    for (const p of ['d.md', 'd.txt'])
      assert.deepEqual(
        proseOf(p, '---\rdate: 2026-03-12\rtitle: x\r---\rText').frontMatter,
        { date: '2026-03-12', title: 'x' },
        p,
      );
  });

  it('KB-5: a CRLF inside an attribution credits the same speaker as a LF', () => {
    const lf = '"Riders will pay for this in longer waits," one\nOkafor aide and Ruiz, both present, said.\n';
    const crlf = lf.replace(/\n/g, '\r\n');
    assert.deepEqual(
      found(crlf, check(crlf)).map((x) => x.replace(/\r\n/g, '\n')),
      found(lf, check(lf)),
    );
  });

  it('KB-6: a lone CR between the words of a name keeps the name whole', () => {
    const t = '"The new positions are a start, not a finish," said Sunil\rNair.\r';
    assert.ok(!check(t).findings.some((f) => f.code === 'quote.misattributed'), found(t, check(t)).join('; '));
  });

  it('KB-7: a correctly spelled name broken across two lines is not a misspelling', () => {
    for (const t of [
      'Council member Daniel\nOkafor voted no.\n',
      'Mayor Elena\r\nRuiz urged approval.\n',
      'Fire Chief Tomás García\nMárquez said so.\n',
    ]) {
      assert.ok(!check(t).findings.some((f) => f.code === 'fact.name'), found(t, check(t)).join('; '));
    }
  });

  it('KB-8: an impossible draft date (front matter or option) does not throw', () => {
    assert.doesNotThrow(() => check('---\ndate: 2026-13-45\n---\nThe council met on Tuesday.\n'));
    assert.doesNotThrow(() => check('The council met yesterday.\n', '/drafts/d.md', corpus(), '2026-00-10'));
  });

  it(
    'KB-9: a fact.date fix always changes the draft (a weekday or a date without its year that cannot say the ' +
      'source date)',
    () => {
      for (const t of [
        '---\ndate: 2026-03-12\n---\n‚Our members have covered more than 9,000 overtime shifts since January, and 38 ' +
          'firefighters will Wednesday end that overnight,‘ Elena Ruiz said.\n',
        '---\ndate: 2026-03-12\n---\nSunil Nair will say on Wednesday that 38 firefighters will not end overtime ' +
          'shifts overnight.\n',
      ])
        assertFixesChange(t, check(t));
    },
  );

  it('KB-10: a quote.misattributed fix changes the draft when the right speaker shares the surname', () => {
    const t = 'Sunil Nair spoke.\n\nPriya Nair spoke.\n\n“The new positions are a start, not a finish,” Nair said.\n';
    assertFixesChange(t, check(t));
  });

  // Was KB-11 (KNOWN-BUGS.md); fixed, kept as a regression test.
  it(
    'KB-11: a figure the source gives as a bound ("more than 9,000"): no finding for the bound itself, or a fix ' +
      'that writes the bound',
    () => {
      const t = 'The union said its members covered 9,000 overtime shifts since January.\n';
      const r = check(t);
      assertFixesChange(t, r);
      for (const f of r.findings.filter((x) => x.code === 'fact.number'))
        for (const x of f.fixes) assert.match(applyEdits(t, x.edits), /more than 9,000/);
    },
  );

  // Was KB-12 (KNOWN-BUGS.md); fixed, kept as a regression test.
  it('KB-12: a source statement without a speaker: no "undefined" in messages or fix titles, no no-op fix', () => {
    const c = Corpus.fromFiles([
      { path: '/c/a.md', text: '---\nkind: statement\n---\nWe will repave every street in the city by summer.\n' },
    ]);
    const t =
      '"We will repave every street in the city by winter," a spokesperson for the Danish Maritime Authority said.\n';
    const r = check(t, '/drafts/d.md', c);
    for (const f of r.findings) {
      assert.doesNotMatch(f.message, /undefined/);
      for (const x of f.fixes) assert.doesNotMatch(x.title, /undefined/);
    }
    assertFixesChange(t, r);
  });

  // Was KB-13 (KNOWN-BUGS.md); fixed, kept as a regression test.
  it('KB-13: a bidi mark or zero-width space right before an opening straight quote', () => {
    for (const mark of ['\u200f', '\u200e', '\u202b', '\u2067', '\u2066', '\u200b']) {
      const t = `Mayor Elena Ruiz said${mark}"every neighborhood deserves a fire engine within five minutes."\n`;
      assert.deepEqual(
        found(t, check(t)),
        ['quote.altered every neighborhood deserves a fire engine within five minutes'],
        JSON.stringify(mark),
      );
    }
  });

  // Was KB-14 (KNOWN-BUGS.md); fixed, kept as a regression test.
  it('KB-14: a 512 KB draft checks without hanging (attribution no longer quadratic)', function () {
    this.timeout(120_000);
    const body = readFileSync(join(ROOT, 'examples', 'drafts', 'council-budget.md'), 'utf8').replace(
      /^---[\s\S]*?---\n/,
      '',
    );
    const text = Array.from({ length: Math.ceil(524_288 / body.length) }, () => body).join('\n');
    const started = Date.now();
    check(text);
    assert.ok(Date.now() - started < 60_000, `${Date.now() - started} ms`); // a hang bound, not a speed measure
  });

  // KB-15 (server memory while editing) is measured in test/robustness/load.test.ts.

  // Was KB-16 (KNOWN-BUGS.md); fixed, kept as a regression test.
  it('KB-16: a reporting verb early in the sentence is found whatever was matched before (LF and CRLF agree)', () => {
    const lf =
      '---\ndate: 2026-03-12\n---\nLi Wen, treasurer of the firefighters union, said "Every neighborhood deserves ' +
      'a fire engine within four minutes,""Every neighborhood deserves a fire engine within four minutes," ' +
      'warned Elena Ruiz, Mayor.';
    const crlf = lf.replace(/\n/g, '\r\n');
    assert.deepEqual(
      found(lf, check(lf, '/drafts/d.txt')),
      found(crlf, check(crlf, '/drafts/d.txt')).map((x) => x.replace(/\r\n/g, '\n')),
    );
  });

  // Was KB-17 (KNOWN-BUGS.md); fixed, kept as a regression test.
  it('KB-17: speaker fixes for a source whose speaker is a pronoun or a role word', () => {
    const c = Corpus.fromFiles([
      {
        path: '/c/a.md',
        text:
          '---\nkind: statement\nspeaker: he\nrole: Mayor\n---\nWe are not going to cut corners on safety to ' +
          'meet a date on a calendar.\n',
      },
    ]);
    const t =
      '"Every neighborhood deserves a fire engine within four minutes," Elena Ruiz said.\n\n"We are not going to ' +
      'cut corners on safety to meet a date on a calendar," he said.\n';
    assertFixesChange(t, check(t, '/drafts/d.md', c));
    const harbour = Corpus.fromFiles([
      {
        path: '/c/q.jsonl',
        text:
          JSON.stringify({
            speaker: 'spokesperson',
            organization: 'Danish Maritime Authority',
            date: '2024-05-15',
            text: 'The authority will review the safety plan before any ferry docks at the new berth.',
          }) + '\n',
      },
    ]);
    const u = '"The authority will review the safety plan before any ferry docks at the new berth," Elena Ruiz said.\n';
    const f = check(u, '/drafts/d.md', harbour).findings.find((x) => x.code === 'quote.misattributed');
    assert.ok(f && f.fixes.length);
    assert.match(applyEdits(u, f.fixes[0].edits), /spokesperson for the Danish Maritime Authority/);
  });

  // Was KB-18 (KNOWN-BUGS.md); fixed, kept as a regression test.
  it('KB-18: no finding runs past the end of its paragraph', () => {
    const t =
      "Sunil Nair spoke.\n\nThe union's president, Sunil Nair, ```\nsaid the 38 new positions are “borhood " +
      "deserves a fire engine.”\n\nThe union's president, Sunil Nair, said the 38 new positions are “a start, " +
      'not a finish.”\n';
    for (const f of check(t).findings) assert.doesNotMatch(t.slice(f.span.start, f.span.end), /\n\s*\n/, f.code);
    const d = '---\ndate: 2024-05-16\n---\n"The motion carries, seven votes to two," Nair said on\r\n\r\n Tuesday.\n';
    for (const f of check(d, '/drafts/d.md', corpus(), undefined).findings)
      assert.doesNotMatch(d.slice(f.span.start, f.span.end), /\n\s*\n/, f.code);
  });

  // Was KB-19 (KNOWN-BUGS.md); fixed, kept as a regression test.
  it('KB-19: "… which will fund …, Nair said on Tuesday" is last Tuesday, with LF and with CRLF', () => {
    const t =
      '---\ndate: 2026-03-12\n---\nThe motion carries seven votes to two, which will fund 38 firefighters, Nair ' +
      'said on Tuesday.\n';
    assert.deepEqual(found(t, check(t)), []);
    const lf = 'will pay" |\n motion carries, seven votes to two," Nair said on Tuesday';
    assert.deepEqual(found(lf, check(lf)), found(lf.replace(/\n/g, '\r\n'), check(lf.replace(/\n/g, '\r\n'))));
  });
});
