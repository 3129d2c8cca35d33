// A name, then a role in lower case, then another name: the first is whom the speaker works for, the second is the
// speaker, whatever the first looks like ("Cal" is a first name; "Cal Fire" is an agency). Sentences written for
// these tests.
import assert from 'node:assert/strict';
import { speakers } from './speakers';

describe('attribution: an affiliation before a role and a name', () => {
  it('an agency whose name starts like a first name, before "spokesman" or "official"', () => {
    assert.deepEqual(speakers('"The wind is our enemy now," said Cal Fire spokesman Darren Pike.'), ['Darren Pike']);
    assert.deepEqual(speakers('Cal Fire official Ruth Amsel said: "Leave while the road is open."'), ['Ruth Amsel']);
  });
  it('a role of two words, and a person as the affiliation', () => {
    assert.deepEqual(speakers('"Margins held," said Corvid chief executive Lena Morrow.'), ['Lena Morrow']);
    const d =
      'Sen. Maria Halvorsen skipped the vote.\n\n' +
      '"The senator has no comment," Halvorsen press secretary Tobias Reed said.';
    assert.deepEqual(speakers(d), ['Tobias Reed']);
  });
  it('leaves a title in capitals and an appositive role as they were read', () => {
    assert.deepEqual(speakers('"Hold the line," said Cal Fire Chief Amos Varga.'), ['Amos Varga']);
    assert.deepEqual(speakers('"Hold the line," said Amos Varga, a Cal Fire captain.'), ['Amos Varga']);
  });
});
