// Names as news copy writes them around a speaker: a job before a first name at the start of a sentence, a
// possessive name introduced once, hyphenated titles, an organization's short form with 's. Sentences written for
// these tests.
import assert from 'node:assert/strict';
import { speakers } from './speakers';

describe('attribution names: a job written before a first name', () => {
  it('is a description, not the first of three names', () => {
    const d =
      'Goalkeeper Tomasz Wrona, who saved two penalties, was modest. "The wall did the work," he said.\n\n' +
      '"I only guessed right," Wrona added.';
    assert.deepEqual(speakers(d), ['Tomasz Wrona', 'Tomasz Wrona']);
  });
  it('gives the person the role, so "the cardiologist" is them', () => {
    const d =
      'Cardiologist Helen Marsh treats patients at Eastfield. Other doctors disagreed.\n\n' +
      '"We see it every week," the cardiologist said.';
    assert.deepEqual(speakers(d), ['Helen Marsh']);
  });
  it('keeps a three-word name whose first word is a first name', () => {
    assert.deepEqual(speakers('"Go home," said Mary Beth Connors.'), ['Mary Beth Connors']);
  });
});

describe('attribution names: a name first written with a possessive', () => {
  it("resolves the surname to the full name (Ingrid Solberg's novel)", () => {
    const d =
      "The list includes Ingrid Solberg's first novel.\n\nSolberg, who lives in Bergen, was pleased. " +
      '"It is a lovely surprise," Solberg said.';
    assert.deepEqual(speakers(d), ['Ingrid Solberg']);
  });
  it("an organization's short form with 's stays the organization", () => {
    const d =
      'Pellham Brewing Co. bought the site in May.\n\n' +
      '"We will appeal," said Pellham Brewing\'s lawyer, Dora Quist.';
    assert.deepEqual(speakers(d), ['Dora Quist']);
  });
});

describe('attribution names: hyphenated titles', () => {
  it('Under-Secretary-General, Attorney-General and Vice-Chancellor are titles', () => {
    const d =
      'U.N. Under-Secretary-General Amara Diallo, who led the mission, said she was "quietly optimistic."\n\n' +
      '"Nobody left the room," Diallo said.\n\n' +
      '"The campus stays open," said Vice-Chancellor Rupert Ames.';
    assert.deepEqual(speakers(d), ['Amara Diallo', 'Amara Diallo', 'Rupert Ames']);
  });
  it('a hyphenated surname is still a name', () => {
    assert.deepEqual(speakers('"It is done," said Clara Smith-Judge.'), ['Clara Smith-Judge']);
  });
});

describe('attribution names: two people with one surname', () => {
  it('the surname alone is the one the draft does not call by a first name', () => {
    const d =
      'Ruth Haldane runs the bakery. Her son, Callum Haldane, joined in May.\n\n' +
      '"We bake at four," Callum said.\n\n"He is a natural," Haldane said.';
    assert.deepEqual(speakers(d), ['Callum Haldane', 'Ruth Haldane']);
  });
});

describe('attribution names: a two-word surname', () => {
  it('is a short form of the full name, not a new person', () => {
    const d = 'State Sen. Maria Ortiz Delgado filed the bill on Monday.\n\n' + '"It is overdue," Ortiz Delgado said.';
    assert.deepEqual(speakers(d), ['Maria Ortiz Delgado']);
  });
});

describe('attribution names: a double first name and two surnames', () => {
  it('is one person of four words, and the two surnames are short for it', () => {
    const d =
      'Ana Lucía Ferrer Quintana has waited nine days.\n\n"We have nowhere else to go," Ferrer Quintana said.\n\n' +
      '"My son asks every day," she said.';
    assert.deepEqual(speakers(d), ['Ana Lucía Ferrer Quintana', 'Ana Lucía Ferrer Quintana']);
  });
});

describe('attribution names: a party letter alone', () => {
  it('"Lt. Gov. X, R, called it …" is X, not R', () => {
    assert.deepEqual(speakers('Lt. Gov. Dana Hollis, R, called the cuts "a blow to every family here."'), [
      'Dana Hollis',
    ]);
  });
});

describe('attribution names: a child named by first name after "whose daughter"', () => {
  it('takes the family name of the parent', () => {
    const d =
      'The complaint came from Ron Vasquez, whose 12-year-old son, Mateo, borrowed the book.\n\n' +
      '"I liked it," Mateo said.';
    assert.deepEqual(speakers(d), ['Mateo Vasquez']);
  });
});

describe("attribution names: a full name with 's before another name", () => {
  it('"Anthony Marsh\'s New York City campaign" names Anthony Marsh; "he" is him', () => {
    const d =
      "Anthony Marsh's New York City campaign hired Dan Kell as manager last week.\n\n" +
      'Marsh took questions on Friday. "I am staying in the race," he said.';
    assert.deepEqual(speakers(d), ['Anthony Marsh']);
  });
  it("a plural possessive inside an organization's name stays the organization's", () => {
    const d = 'The Bayview Tenants\' Union said it was "delighted with the ruling."';
    assert.deepEqual(speakers(d), ["Bayview Tenants' Union"]);
  });
});

describe('attribution names: an owner before a full name', () => {
  it("a team's player is the player, not one long name", () => {
    const d = 'The Kestrels’ Tomas Riedl said: "We carried the game."\n\n"Nobody gave up," Riedl added.';
    assert.deepEqual(speakers(d), ['Tomas Riedl', 'Tomas Riedl']);
  });
});
