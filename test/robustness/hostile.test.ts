// Every hostile shape of issue #12 (hostile-shapes.ts) as a draft and as a corpus source, at
// 1 MB where the shape allows: each completes within a generous bound (to catch hangs on a
// two-core machine busy with other work, not to measure speed), the result positions stay
// inside the text, and a part read differently or skipped is said in a note.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { Corpus } from '../../server/src/engine/corpus/corpus';
import { checkDraft } from '../../server/src/engine/engine';
import { ROOT } from '../cli/run';
import { HOSTILE_SHAPES, type HostileShape } from './hostile-shapes';

const BOUND_MS = 60_000;
const MB = 1_048_576;
/** The size at which these shapes hung before #12; shapes of one line are read whole at it (under the line limit). */
const SMALL = 100_000;

function timed<T>(what: string, run: () => T): T {
  const started = Date.now();
  const out = run();
  const ms = Date.now() - started;
  assert.ok(ms < BOUND_MS, `${what} took ${ms} ms`);
  return out;
}

describe('robustness: hostile shapes (issue #12) complete within a bound', function () {
  this.timeout(4 * BOUND_MS);
  let corpus: Corpus;
  before(() => {
    corpus = Corpus.load(join(ROOT, 'examples', 'sources'));
  });

  const asDraft = (shape: HostileShape, bytes: number) => {
    const text = shape.build(bytes);
    const r = timed(`checking "${shape.name}" (${text.length} characters)`, () =>
      checkDraft(corpus, '/drafts/hostile.md', text, { draftDate: '2026-03-12' }),
    );
    for (const f of r.findings)
      assert.ok(
        f.span.start >= 0 && f.span.start <= f.span.end && f.span.end <= text.length,
        `${f.code} span inside the text`,
      );
    return r;
  };
  const asSource = (shape: HostileShape, bytes: number) => {
    const text = `---\nkind: statement\nspeaker: Jonas Berg\ndate: 2026-03-10\n---\n${shape.build(bytes)}`;
    const c = timed(`loading a source of "${shape.name}"`, () =>
      Corpus.fromFiles([
        { path: '/c/hostile.md', text },
        {
          path: '/c/good.md',
          text: '---\nkind: statement\nspeaker: Anna Holm\n---\nThe ferry leaves at nine every morning.\n',
        },
      ]),
    );
    assert.ok(
      c.statements.some((s) => s.text.includes('The ferry leaves at nine')),
      'the other source still loads',
    );
    const r = timed('checking against it', () =>
      checkDraft(c, '/drafts/d.md', '"The ferry leaves at nine every morning," Anna Holm said.\n'),
    );
    assert.ok(!r.findings.some((f) => f.code.startsWith('quote.')), JSON.stringify(r.findings.map((f) => f.code)));
  };

  for (const shape of HOSTILE_SHAPES) {
    it(`as a draft: ${shape.name}`, () => {
      asDraft(shape, MB);
    });
    it(`as a source: ${shape.name}`, () => asSource(shape, MB));
    if (!shape.owner) continue;
    it(`as a draft of ${SMALL / 1000} KB, read whole: ${shape.name} (hot spot: ${shape.owner})`, () => {
      asDraft(shape, SMALL);
    });
  }

  it('a skipped or plainly read part is said in a note, and the rest of the draft is still checked', () => {
    const text =
      `${'['.repeat(60_000)}\n\n${'x'.repeat(200_000)}\n\n"every neighborhood deserves a fire engine ` +
      `within five minutes," Elena Ruiz said.\n`;
    const r = asDraft({ name: 'notes', build: () => text }, 0);
    assert.ok(
      r.notes.some((n) => /^Line 1: read as plain text/.test(n)),
      JSON.stringify(r.notes),
    );
    assert.ok(
      r.notes.some((n) => /^Line 3: a line of 200,000 characters .* not read/.test(n)),
      JSON.stringify(r.notes),
    );
    assert.ok(
      r.findings.some((f) => f.code === 'quote.altered'),
      'the quotation after them is checked',
    );
  });

  it('suppression comments among hostile shapes: deep nesting, a run of [, ten thousand directives in a row', () => {
    const deep = `${'>'.repeat(5_000)} <!-- verbatim-ignore-next-line -->\n"We sail at dawn," Berg said.\n`;
    asDraft({ name: 'deep directive', build: () => deep }, 0);
    const brackets = `<!-- verbatim off -->\n${'['.repeat(200_000)}\n<!-- verbatim on -->\n`;
    asDraft({ name: 'brackets and directives', build: () => brackets }, 0);
    const many =
      `${'<!-- verbatim-ignore-next-line quote.unverified -->\n\n'.repeat(10_000)}"Words no source has ` +
      `ever held," Berg said.\n`;
    const r = asDraft({ name: 'many directives', build: () => many }, 0);
    assert.ok(
      !r.findings.some((f) => f.code === 'quote.unverified'),
      'the directives still silence the line after them',
    );
  });

  it('a people.yaml of 100,000 people, each with an organization of their own', () => {
    const yaml = Array.from(
      { length: 100_000 },
      (_, i) =>
        `- name: Pilot${i.toString(36)} Harbourson\n  roles:\n    - title: pilot\n      organization: Pilot ` +
        `Station ${i}\n`,
    ).join('');
    const c = timed('loading it', () => Corpus.fromFiles([{ path: '/c/people.yaml', text: yaml }]));
    assert.equal(c.people.persons.length, 100_000);
    assert.ok(c.people.orgs.includes('Pilot Station 99999'));
  });
});
