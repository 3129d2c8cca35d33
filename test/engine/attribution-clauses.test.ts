// Reporting clauses read from their shape: a modifier between a determiner and a name, a long subject with its
// affiliation, a short quotation at the end of what someone said, a description then a name set off by commas, a
// long description after "called it", and a single-mark quotation closing before a preposition. Sentences written
// for these tests.
import assert from 'node:assert/strict';
import { readProse } from '../../server/src/engine/draft/analyze';
import { People } from '../../server/src/engine/corpus/people';
import { plainProse } from '../../server/src/engine/text/prose';
import { speakerOf } from '../../server/src/engine/draft/describe';

function read(draft: string) {
  const p = plainProse(draft);
  return readProse(p.text, p.blocks, new People()).quotes.map((q) => ({
    text: draft.slice(q.span.start, q.span.end),
    kind: q.kind,
    speaker: speakerOf(q.attribution?.ref).speaker,
  }));
}
const speakers = (draft: string) => read(draft).map((q) => q.speaker);

describe('attribution clauses: a modifier after a determiner is no verb', () => {
  it('"a visibly shaken Okoro said" names Okoro, and "she" next is her', () => {
    const d =
      'Sen. Grace Okoro visited the shelter on Friday. A visibly shaken Okoro said the town needed help. ' +
      '"People have lost everything," she said.\n\n"We will rebuild," an utterly exhausted Okoro added.';
    assert.deepEqual(speakers(d), ['Grace Okoro', 'Grace Okoro']);
  });
});

describe('attribution clauses: a long subject', () => {
  it('is read up to the affiliation after the name', () => {
    const d =
      'Research director Dr. Ilse Rautio of the Finnish Institute of Marine Research in Helsinki said the ' +
      'samples showed "a clear and worrying trend."';
    assert.deepEqual(speakers(d), ['Ilse Rautio']);
  });
});

describe('attribution clauses: a word or two at the end of what someone said', () => {
  it('"X said she remained ‘cautiously hopeful’" is X’s', () => {
    assert.deepEqual(speakers('Mayor Joan Pike said she remained "cautiously hopeful."'), ['Joan Pike']);
  });
  it('a word that qualifies the noun after it is still nobody’s', () => {
    assert.deepEqual(speakers('Mayor Joan Pike said the city runs a "closed-loop" system.'), [null]);
  });
});

describe('attribution clauses: a description, then a name set off by commas', () => {
  it('"The head of the jury, the critic Ola Berg, called it …" is Ola Berg', () => {
    const d = 'The head of the jury, the critic Ola Berg, said it was "a film nobody will forget."';
    assert.deepEqual(speakers(d), ['Ola Berg']);
  });
  it('a description after a description names nobody', () => {
    const d = 'The head of the jury, a critic from Bergen, said it was "a film nobody will forget."';
    assert.deepEqual(speakers(d), [null]);
  });
});

describe('attribution clauses: "called it"', () => {
  it('a long description in someone’s words is what they said', () => {
    const q = read('The judge, Amy Holt, called it "a verdict that should worry every landlord in the state."')[0];
    assert.equal(q.speaker, 'Amy Holt');
  });
  it('a short one is a name', () => {
    assert.equal(read('Fans called it "the miracle on ice."')[0].kind, 'title');
  });
});

describe('attribution clauses: British single marks that close on a plural', () => {
  it("'… three points' in a post is a quotation; the Falcons' line is a possessive", () => {
    const q = read("The manager described it as 'three massive points' in a post on Sunday.");
    assert.deepEqual(
      q.map((x) => x.text),
      ['three massive points'],
    );
    assert.deepEqual(read("He broke through the Falcons' line twice."), []);
  });
});

describe('attribution clauses: the first sentence of a paragraph', () => {
  it('does not continue the speaker of the paragraph before', () => {
    const d =
      'Mayor Joan Pike said the budget was tight.\n\n' +
      'The council, by all accounts, found the plan "unworkable from start to finish."';
    assert.deepEqual(speakers(d), [null]);
  });
});

describe('attribution clauses: an owner’s description, then the name', () => {
  it('"Corvane’s finance chief, Ida Marsh, said" is Ida Marsh, not Corvane', () => {
    const d = 'Corvane Ltd. cut its forecast.\n\n"We were too hopeful," Corvane’s finance chief, Ida Marsh, said.';
    assert.deepEqual(speakers(d), ['Ida Marsh']);
  });
});

describe('attribution clauses: a reporting verb inside a clause of time', () => {
  it('"Shares fell after Finance Minister X said" is X', () => {
    const d = 'Shares fell after Finance Minister Oskar Lind said the bank was in "no rush" to act.';
    assert.deepEqual(speakers(d), ['Oskar Lind']);
  });
});

describe('attribution clauses: a spokesman with no organization named', () => {
  it('speaks for the organization the sentence before quoted', () => {
    const d = 'Eastline Railways said its offer was final. A spokesman added: "We urge the union to accept it."';
    assert.deepEqual(speakers(d), ['Eastline Railways']);
  });
  it('after a person, is nobody named', () => {
    const d = 'Mayor Joan Pike said the offer was final. A spokesman added: "We urge the union to accept it."';
    assert.deepEqual(speakers(d), [null]);
  });
});

describe('attribution clauses: the speaker named in the sentence after', () => {
  it('"That was the question X put to …" names X', () => {
    const d =
      '"Would you let forty trucks an hour pass your child\'s school?" That was the question Ada Crane put to the ' +
      'board on Monday.';
    assert.deepEqual(speakers(d), ['Ada Crane']);
  });
  it('"Those were the words X used …" names X, after a statement too', () => {
    const d = '"We will not be moved from this land." Those were the words Ada Crane used at the hearing.';
    assert.deepEqual(speakers(d), ['Ada Crane']);
  });
  it('a sentence about something else names nobody', () => {
    const d = '"We will not be moved from this land." That was in 1998, when Ada Crane led the march.';
    assert.deepEqual(speakers(d), [null]);
  });
});
