// Who said it, in house styles other than American wire copy: British titles and single marks, long titles before a
// name, a department's spokesman, a statement signed in the next sentence. Sentences written for these tests.
import assert from 'node:assert/strict';
import { readProse } from '../../server/src/engine/draft/analyze';
import { People } from '../../server/src/engine/corpus/people';
import { plainProse } from '../../server/src/engine/text/prose';
import { speakerOf } from '../../server/src/engine/draft/describe';

function quotes(draft: string): { text: string; speaker: string | null; written?: string }[] {
  const p = plainProse(draft);
  return readProse(p.text, p.blocks, new People()).quotes.map((q) => ({
    text: draft.slice(q.span.start, q.span.end).replace(/[,.]$/, ''),
    speaker: speakerOf(q.attribution?.ref).speaker,
    written: q.attribution ? draft.slice(q.attribution.span.start, q.attribution.span.end) : undefined,
  }));
}
const speaker = (draft: string) => quotes(draft)[0]?.speaker;

describe('attribution styles: long titles before a name', () => {
  it('a title, an honorific, a hyphenated surname and a relative clause', () => {
    const d =
      '"The dredging starts in June," said Harbour Board Chairwoman Dr. Priya Nandakumar-Voss, who took office ' +
      'last year.';
    assert.equal(speaker(d), 'Priya Nandakumar-Voss');
    assert.equal(quotes(d)[0].written, 'Priya Nandakumar-Voss');
  });
});

describe('attribution styles: a department speaks through its spokesman', () => {
  it('"A Treasury spokesman said:" is the Treasury, as "a spokesman for X" is X', () => {
    assert.equal(speaker('A Treasury spokesman said: "The figures are provisional."'), 'Treasury');
    assert.equal(speaker('"The figures are provisional," a Treasury spokesman said.'), 'Treasury');
    assert.equal(speaker('"The figures are provisional," said an Interior Ministry official.'), 'Interior Ministry');
  });
  it('the department word before a name is still a title', () => {
    assert.equal(speaker('"Rates stay put," said Treasury Secretary Ada Lindgren.'), 'Ada Lindgren');
    assert.equal(speaker('"Nobody told us," a spokesman said.'), null);
  });
});

describe('attribution styles: British and Australian titles are not part of the name', () => {
  const cases: [string, string][] = [
    ['"The bins go out on Tuesday," said Cllr Maureen Oduya.', 'Maureen Oduya'],
    ['"The bins go out on Tuesday," Cllr. Maureen Oduya said.', 'Maureen Oduya'],
    ['"We need more buses," said Cr Helen Argyle.', 'Helen Argyle'],
    ['"The abbey must stay open," said Dame Rosalind Penhaligon.', 'Rosalind Penhaligon'],
    ['"The abbey must stay open," said Sir Tobias Wren.', 'Tobias Wren'],
    // A surname that is also a title stays a name.
    ['"The abbey must stay open," said Judith Dame.', 'Judith Dame'],
  ];
  for (const [d, name] of cases) it(d.slice(0, 60), () => assert.equal(speaker(d), name));
  it('a later short form after Cllr goes to the councillor', () => {
    const d = 'Cllr Maureen Oduya chairs the committee.\n\n"We have no choice," Cllr Oduya said.';
    assert.equal(speaker(d), 'Maureen Oduya');
  });
});

describe('attribution styles: one word in British single marks', () => {
  it("is a quotation, said by the one who called it so ('unavoidable')", () => {
    const q = quotes("Cllr Maureen Oduya called the closure 'unavoidable' on Monday.");
    assert.deepEqual(
      q.map((x) => [x.text, x.speaker]),
      [['unavoidable', 'Maureen Oduya']],
    );
  });
  it('elisions and apostrophes are not quotations', () => {
    assert.deepEqual(quotes("The band played rock 'n' roll until the neighbours' patience ran out."), []);
    assert.deepEqual(quotes("'Tis the season, and the '90s are back."), []);
  });
});

describe('attribution styles: a statement signed in the next sentence', () => {
  it('"…," the statement read. It was signed by X.: X', () => {
    const d = '"We regret the delay," the statement read. It was signed by Oskar Lindqvist, the harbour master.';
    assert.equal(speaker(d), 'Oskar Lindqvist');
    assert.equal(quotes(d)[0].written, 'Oskar Lindqvist');
  });
  it('nobody when it was not signed by them, signed by several, or "a statement"', () => {
    for (const d of [
      '"We regret the delay," the statement read. It was not signed by Oskar Lindqvist.',
      '"We regret the delay," the statement read. It was signed by Oskar Lindqvist and two aides.',
      '"We regret the delay," the statement read. It was signed by Oskar Lindqvist, Mira Holt and Ben Sato.',
      '"We regret the delay," a statement read. It was signed by Oskar Lindqvist.',
    ])
      assert.equal(speaker(d), null, d);
  });
});

describe('attribution styles: British single marks around double ones', () => {
  const d =
    'The manager, Ivo Brandt, spoke on Friday.\n\nBrandt said: \'After the match, Jonas said, "I never touched ' +
    'him". I believe him completely. It is not a big issue.\n\n\'The three points are what count. Nothing else ' +
    "matters to me.'";
  it('the single-mark quotation is the speaker’s, over both paragraphs', () => {
    const q = quotes(d);
    assert.deepEqual(
      q.map((x) => x.speaker),
      ['Ivo Brandt', 'Ivo Brandt'],
    );
    assert.match(q[0].text, /^After the match/);
  });
  it('the double-mark one inside is nested, not a quotation of its own', () => {
    const p = plainProse(d);
    const r = readProse(p.text, p.blocks, new People());
    assert.deepEqual(
      r.nested.map((n) => d.slice(n.span.start, n.span.end)),
      ['I never touched him'],
    );
  });
  it('a paragraph of double marks with an apostrophe stays as it was', () => {
    const q = quotes('"It\'s the players\' day," said coach Ines Aro. "They earned it."');
    assert.deepEqual(
      q.map((x) => x.speaker),
      ['Ines Aro', 'Ines Aro'],
    );
  });
});

describe('attribution styles: council reports', () => {
  it('"Coun" (with or without its dot) is a councillor\'s title', () => {
    const q = quotes('Coun Mina Farrow said: "We will look again."\n\n"No one will lose a home," added Coun. Farrow.');
    assert.deepEqual(
      q.map((x) => x.speaker),
      ['Mina Farrow', 'Mina Farrow'],
    );
  });
  it('"X responded as follows:" introduces the next paragraph\'s quotation', () => {
    const d = 'Councillor Jo Penrose responded as follows:\n\n"The contract was awarded in June."';
    assert.equal(speaker(d), 'Jo Penrose');
  });
});
