// Who said it, from the draft alone: each kind of attribution in news copy, in sentences written for these tests.
import assert from 'node:assert/strict';
import { readProse } from '../../server/src/engine/draft/analyze';
import { People } from '../../server/src/engine/corpus/people';
import { plainProse } from '../../server/src/engine/text/prose';
import { speakerOf, withNested } from '../../server/src/engine/draft/describe';
import { sentenceSpans } from '../../server/src/engine/draft/sentences';
import { findQuotes } from '../../server/src/engine/draft/quotes';

interface Row {
  text: string;
  speaker: string | null;
  kind?: string;
  written?: string;
}
function rows(draft: string): Row[] {
  const p = plainProse(draft);
  const r = readProse(p.text, p.blocks, new People());
  return withNested(r.quotes).map((q) => ({
    text: draft.slice(q.span.start, q.span.end).replace(/[,.]$/, ''),
    speaker: speakerOf(q.attribution?.ref).speaker,
    kind: q.kind,
    written: q.attribution ? draft.slice(q.attribution.span.start, q.attribution.span.end) : undefined,
  }));
}
/** The speaker of the quotation that starts with `start`. */
function who(draft: string, start: string): string | null {
  const r = rows(draft).find((x) => x.text.startsWith(start));
  assert.ok(r, `no quotation starting "${start}"`);
  return r.speaker;
}
const kindOf = (draft: string, start: string) => rows(draft).find((x) => x.text.startsWith(start))?.kind;

describe('attribution: titles and honorifics are never the name', () => {
  const cases: [string, string][] = [
    ['"The vines need rain," said Dr. Oksana Pereira, a soil scientist.', 'Oksana Pereira'],
    ['"Nobody reads the fine print," said Rep. Gideon Marsh, D-N.Y., at a hearing.', 'Gideon Marsh'],
    ['"Trains will run on time," Gov. Ilse Brandvold told reporters.', 'Ilse Brandvold'],
    ['"We are not moving the base," said Lt. Col. Rafael Ibarra, who commands it.', 'Rafael Ibarra'],
    ['"Pray for the fishermen," said the Rev. Mercy Adeyemi-Cole.', 'Mercy Adeyemi-Cole'],
    [
      'State Sen. Orrin Batchelder, R-Maple Falls, insisted that the levy "is not a tax on farmers."',
      'Orrin Batchelder',
    ],
    ['"Ask the auditors," said Council President Wendell Ahn.', 'Wendell Ahn'],
  ];
  for (const [draft, name] of cases) it(draft.slice(0, 60), () => assert.equal(rows(draft)[0].speaker, name));
});

describe('attribution: short forms and role nouns resolve to the full name the draft gave', () => {
  const draft = [
    'Gov. Lydia Ferrante signed the water bill on Friday. Her deputy, Marcus Ferrante, is her cousin.',
    '"This bill keeps the taps running," Ferrante said.',
    '"It is a start," Mr. Ferrante added.',
    '"We will fund it," the governor said.',
    '"I agree with Lydia," Marcus said.',
  ].join('\n\n');
  it('a surname goes to the one named last in full with it; Mr./Ms. picks by gender', () => {
    assert.equal(who(draft, 'This bill'), 'Marcus Ferrante');
    assert.equal(who(draft, 'It is a start'), 'Marcus Ferrante');
  });
  it('a role noun goes to the person the draft gave that title', () =>
    assert.equal(who(draft, 'We will fund'), 'Lydia Ferrante'));
  it('a first name goes to the person with that first name', () =>
    assert.equal(who(draft, 'I agree'), 'Marcus Ferrante'));
  it('"Ms. X" picks the woman of two people with one surname', () => {
    const d =
      'Petra Lindqvist and her husband, Jonas Lindqvist, run the ferry.\n\n"We run it at a loss," Ms. Lindqvist said.';
    assert.equal(who(d, 'We run'), 'Petra Lindqvist');
  });
});

describe('attribution: pronouns by gender and salience', () => {
  it('he/she agree in gender, and the subject of the previous sentence comes first', () => {
    const d =
      'Anton Reyes questioned Clara Bishop for an hour. "I have never seen a worse contract," he said.\n\n' +
      'Bishop did not flinch. "Then read it again," she replied.';
    assert.equal(who(d, 'I have never'), 'Anton Reyes');
    assert.equal(who(d, 'Then read'), 'Clara Bishop');
  });
  it('a pronoun with no person of its gender gets no speaker rather than a guess', () => {
    assert.equal(who('Maria Olsen opened the hearing. "We begin now," he said.', 'We begin'), null);
  });
  it('"they" goes to a group or organization, not to the last person', () => {
    const d =
      'Volunteers with the Harbor Cats Rescue League fed 40 strays on Sunday, watched by Oscar Venn. ' +
      '"Every cat gets a name," they wrote on Facebook.';
    assert.equal(who(d, 'Every cat'), 'Harbor Cats Rescue League');
  });
  it('the answer to a question is not the asker', () => {
    const d =
      'The prosecutor, Dana Kwon, turned to Ingrid Falk. "Did you sign it?" Kwon asked.\n\n"I signed what I was ' +
      'given," she said.';
    assert.equal(who(d, 'I signed'), 'Ingrid Falk');
  });
});

describe('attribution: descriptions before the name', () => {
  it('"a spokeswoman for X, Name" is Name', () => {
    assert.equal(
      who('"The recall is voluntary," said a spokeswoman for the toy maker, Hanna Gruber.', 'The recall'),
      'Hanna Gruber',
    );
  });
  it('"campaign manager Name told" and "a beaming Name said"', () => {
    assert.equal(
      who('"We knocked on every door," campaign manager Ruth Oyelaran told volunteers.', 'We knocked'),
      'Ruth Oyelaran',
    );
    const d = 'Tomasz Wrona won the regatta. "The wind was kind," a beaming Wrona said.';
    assert.equal(who(d, 'The wind'), 'Tomasz Wrona');
  });
  it('"said X of ORG in CITY" is X, not the organization', () => {
    assert.equal(
      who('"Rates will fall by spring," said Keiko Arai of Northgate Advisers in Denver.', 'Rates'),
      'Keiko Arai',
    );
  });
});

describe('attribution: reporting verbs read from the sentence, not from a list', () => {
  for (const verb of ['harrumphed', 'deadpanned', 'blurted out', 'texted back', 'wisecracked']) {
    it(verb, () => assert.equal(who(`"Not this again," Felix Okafor ${verb}.`, 'Not this'), 'Felix Okafor'));
  }
  it('the verb before its subject: "…," grumbled X', () =>
    assert.equal(who('"Too loud," grumbled Nils Dahl.', 'Too loud'), 'Nils Dahl'));
});

describe('attribution: organizations and descriptions as speakers', () => {
  it('"the ministry said" is the ministry the draft named', () => {
    const d =
      'The Ministry of Fisheries closed the bay on Monday. "Stocks must recover," the ministry said in a statement.';
    assert.equal(who(d, 'Stocks'), 'Ministry of Fisheries');
  });
  it('"the paper wrote" is the newspaper the draft named', () => {
    const d =
      'The Coastal Courier, the county\'s oldest weekly, opposed the plan. "The bay is not for sale," the paper wrote.';
    assert.equal(who(d, 'The bay'), 'Coastal Courier');
  });
  it('"the report concluded" is whoever the paragraph says made it', () => {
    const d = 'A review by the Office of Water Audits found gaps. "Meters were never read," the report concluded.';
    assert.equal(who(d, 'Meters'), 'Office of Water Audits');
  });
});

describe('attribution: spans nobody says', () => {
  it("a reporter's question has no speaker and is a question", () => {
    const d = 'The mayor left the podium. "Will you run again?" a reporter asked.';
    assert.equal(who(d, 'Will you'), null);
    assert.equal(kindOf(d, 'Will you'), 'question');
  });
  it('titles of works, slogans and scare quotes beside a name have no speaker', () => {
    const d =
      'Vera Stoltz, author of "The Salt Roads," said the so-called "heritage tax" was a fraud. ' +
      'Marchers chanted "No Port Without People" outside.';
    assert.deepEqual(
      rows(d).map((r) => [r.text, r.speaker, r.kind]),
      [
        ['The Salt Roads', null, 'title'],
        ['heritage tax', null, 'scare'],
        ['No Port Without People', null, 'title'],
      ],
    );
  });
  it('an indefinite speaker ("a man in the crowd") is nobody the draft names', () => {
    assert.equal(who('Otto Brandt spoke first. "Go home!" shouted a man in the crowd.', 'Go home'), null);
  });
});

describe('attribution: quotation marks', () => {
  it('British copy with single outer marks, short quotations included', () => {
    const d = "'Fares rise in May,' said Imogen Hale, the rail minister. 'Sorry,' she added, 'truly sorry.'";
    assert.deepEqual(
      rows(d).map((r) => [r.text, r.speaker]),
      [
        ['Fares rise in May', 'Imogen Hale'],
        ['Sorry', 'Imogen Hale'],
        ['truly sorry', 'Imogen Hale'],
      ],
    );
  });
  it('a nested quotation is reported inside the outer one, and the checks see the outer one only', () => {
    const d =
      'Ruth Amsel recalled the call. "My landlord, Victor Pike, told me, \'Pay or pack,\' and hung up," she said.';
    const p = plainProse(d);
    const r = readProse(p.text, p.blocks, new People());
    assert.equal(r.quotes.length, 1);
    assert.deepEqual(
      rows(d).map((x) => [x.text, x.speaker]),
      [
        ["My landlord, Victor Pike, told me, 'Pay or pack,' and hung up", 'Ruth Amsel'],
        ['Pay or pack', 'Victor Pike'],
      ],
    );
  });
});

describe('sentences: abbreviations do not end them', () => {
  it('U.S., Jan., No., St., Inc., a.m. and initials', () => {
    const t =
      'The U.S. Navy sailed Jan. 5 at 6 a.m. from St. Paul with No. 2 Boat Inc. aboard, J. R. Moss said. Then it ' +
      'rained.';
    const q = findQuotes(t, [{ start: 0, end: t.length }]);
    const s = sentenceSpans(t, { start: 0, end: t.length }, q).map((x) => t.slice(x.start, x.end));
    assert.deepEqual(s, [
      'The U.S. Navy sailed Jan. 5 at 6 a.m. from St. Paul with No. 2 Boat Inc. aboard, J. R. Moss said.',
      'Then it rained.',
    ]);
  });
  it('a quotation ending in ? or ! is still attributed by the words after it', () => {
    assert.equal(who('Ines Varga met the press. "Who approved this?" Varga demanded.', 'Who approved'), 'Ines Varga');
  });
});

describe('attribution: people the draft names only in part, or not at all', () => {
  it('"X\'s wife, Firstname," takes the family name', () => {
    const d =
      'Mayor Hugo Brandt lost the vote. Brandt\'s wife, Ilse, watched from the gallery. "He gave this town ten ' +
      'years," she said.';
    assert.equal(who(d, 'He gave'), 'Ilse Brandt');
  });
  it('two people speaking together are no one speaker', () => {
    assert.equal(
      who('Attorneys Nora Voss and Caleb Ruiz said in a statement that the ruling "changes nothing."', 'changes'),
      null,
    );
  });
  it('"she" after an unnamed person (a juror, a passenger) is nobody named, not the last woman named', () => {
    const d =
      'Judge Alma Reyes thanked the panel.\n\nOne juror, a retired bus driver, said the videos decided it. "Nobody ' +
      'could argue with that tape," she said.';
    assert.equal(who(d, 'Nobody could'), null);
  });
});

describe('attribution: teams, places and possessives are not people', () => {
  it('"the Boston Comets" is a team, and "Comets coach X said" is X', () => {
    const d =
      'The Boston Comets beat the Seattle Tide on Sunday.\n\n"Keep attacking," Comets coach Ron Delacroix said.';
    assert.equal(who(d, 'Keep attacking'), 'Ron Delacroix');
  });
  it('"Seattle\'s Ingrid Solberg" is Ingrid Solberg', () => {
    assert.equal(
      who('Seattle\'s Ingrid Solberg had 22 points.\n\n"We had our chances," Solberg said.', 'We had'),
      'Ingrid Solberg',
    );
  });
  it('"the union said" is the union the draft named, not a street named Union', () => {
    const d =
      'Members of Bakers United Local 9 marched past the Union Street depot. "We bake, we vote," the union said.';
    assert.equal(who(d, 'We bake'), 'Bakers United Local 9');
  });
});

describe('attribution: a word or two inside what a speaker said', () => {
  it('"X said the bank would act \'decisively\'" is X\'s word; a "closed-loop" system is a scare quote', () => {
    const d =
      'Governor Amara Diallo said the bank would act "decisively" if prices rose. The mill runs a "closed-loop" ' +
      'cooling system.';
    assert.deepEqual(
      rows(d).map((r) => [r.text, r.speaker, r.kind]),
      [
        ['decisively', 'Amara Diallo', 'partial'],
        ['closed-loop', null, 'scare'],
      ],
    );
  });
  it('"analysts at X … they wrote" is X, whatever X\'s name looks like', () => {
    const d = 'Analysts at Morgan Lowell expected the hold. "The bank is buying time," they wrote in a note.';
    assert.equal(who(d, 'The bank'), 'Morgan Lowell');
  });
});
