// Shapes of wire and newspaper copy that name the speaker far from the quotation or not at all: passives, a final
// "…, the company said on Wednesday.", a clause joined by "and" or "but", an opening participle, a modal before the
// verb, a company known by its shares or its spelling, a surname with an honorific and no full name. Sentences
// written for these tests.
import assert from 'node:assert/strict';
import { speakers } from './speakers';

describe('attribution wire copy: passives', () => {
  it("a passive's subject said nothing", () => {
    assert.deepEqual(speakers('Halberd Consulting was paid $3m to find "savings of $20m to $30m" last year.'), [null]);
    assert.deepEqual(speakers('Residents were told to "leave before the water reaches the bridge."'), [null]);
  });
  it('the speaker of an earlier verb still speaks', () => {
    const d = 'Mayor Ines Brandt reminded the board the budget was approved "by every member of this council."';
    assert.deepEqual(speakers(d), ['Ines Brandt']);
  });
});

describe('attribution wire copy: a reporting clause that ends the sentence', () => {
  it('reports a quotation inside the sentence', () => {
    const d =
      'Torvane shares fell 12% on Tuesday.\n\n' +
      'The audit found "serious gaps in how contracts were signed" at two plants, the company said on Wednesday.';
    assert.deepEqual(speakers(d), ['Torvane']);
  });
  it('names nobody when nothing in the draft is what it names', () => {
    const d = 'The plan would put "every tenant at risk of losing their home" by 2030, the union said.';
    assert.deepEqual(speakers(d), [null]);
  });
});

describe('attribution wire copy: clauses joined to the quotation', () => {
  it('"… \'quote\' and X won …" is no reporting clause', () => {
    const d = 'Clr Jo Amis said the contract was signed "after a fair process" and Brightwell won the tender.';
    assert.deepEqual(speakers(d), ['Jo Amis']);
  });
  it('"…, but X doesn\'t think …" names X', () => {
    const d =
      'The firm may face a fine, but analyst Rhea Gupta doesn\'t think it "will change anything for customers."';
    assert.deepEqual(speakers(d), ['Rhea Gupta']);
  });
});

describe('attribution wire copy: the subject of a sentence', () => {
  it('an opening participle is no name', () => {
    const d =
      'Gov. Nora Whitcombe spoke on Sunday. Speaking at the state emergency center, Whitcombe thanked crews.\n\n' +
      '"The water is still rising," she said.';
    assert.deepEqual(speakers(d), ['Nora Whitcombe']);
  });
  it('an adverb ends the subject before a colon', () => {
    const d =
      'Velloway Biotech fell 9%.\n\nThe company initially declined to comment, but later said: "We do not comment on ' +
      'rumours."';
    assert.deepEqual(speakers(d), ['Velloway Biotech']);
  });
  it('a role noun goes to the nearest holder before it, though the draft names them again later', () => {
    const d =
      'Council leader Mair ap Rhys was questioned on Monday.\n\n' +
      'The leader told councillors the deal was agreed "by everyone in this chamber" last year.\n\n' +
      'Ms ap Rhys said she would not resign.';
    assert.deepEqual(speakers(d), ['Mair ap Rhys']);
  });
});

describe('attribution wire copy: who a name is', () => {
  it('a name spelled with a capital inside is a company, never "she"', () => {
    const d =
      'Council leader Anna Price was criticised. GreenfieldAdvisors was paid to review the cuts.\n\n' +
      '"I am sorry," she said.';
    assert.deepEqual(speakers(d), ['Anna Price']);
  });
  it('an honorific and a surname with no full name is a person named so', () => {
    const d = 'The host put it to Ms Okonjo that the poll was ignored.\n\nMs Okonjo said: "That is not true."';
    assert.deepEqual(speakers(d), ['Okonjo']);
  });
});

describe('attribution wire copy: a description the draft gives no one', () => {
  it('"the fire chief said" is nobody named, never the person talked about before', () => {
    const d = 'Mayor Pia Lund spoke first.\n\n"The road will stay shut," the fire chief said.';
    assert.deepEqual(speakers(d), [null]);
    const e = 'Mayor Pia Lund spoke first. The harbour master said: "The port will stay closed until March."';
    assert.deepEqual(speakers(e), [null]);
  });
  it('a passive after the quotation is no reporting clause', () => {
    const d = 'Broadcaster Jo Pask said it was "shameful" the closure was announced by text message.';
    assert.deepEqual(speakers(d), ['Jo Pask']);
  });
  it('a description the draft gave someone is still theirs', () => {
    const d = 'Fire Chief Oren Vale toured the site.\n\n"The road will stay shut," the chief said.';
    assert.deepEqual(speakers(d), ['Oren Vale']);
  });
});

describe('attribution wire copy: a question put to the speaker', () => {
  it('words inside an opening "Asked whether …" are the asker\'s', () => {
    const d = 'Asked on Friday whether he regretted the "harsh tone," Councillor Ben Okafor said he did not.';
    assert.deepEqual(speakers(d), [null]);
  });
  it("the answer after the question is the speaker's", () => {
    const d = 'Asked whether the depot would close, Councillor Ben Okafor said: "Not this year."';
    assert.deepEqual(speakers(d), ['Ben Okafor']);
  });
});
