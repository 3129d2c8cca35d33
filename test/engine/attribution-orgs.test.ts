// Organizations as speakers when the draft writes them in capitals: an acronym alone ("NASA said"), an acronym for a
// body the draft named in full before ("the FA"), and a dateline in capitals that is a place. Sentences written for
// these tests.
import assert from 'node:assert/strict';
import { speakers } from './speakers';

describe('attribution orgs: acronyms', () => {
  it('an acronym that says something is an organization', () => {
    assert.deepEqual(speakers('ESA said the probe was "healthy and on course."'), ['ESA']);
    assert.deepEqual(speakers('"Talks will resume," OPEC said in a statement.'), ['OPEC']);
  });
  it('is the body named in full before when the letters are its initials', () => {
    const d =
      'The club will write to the Rugby Football Union.\n\n' +
      'A spokesman for the RFU said: "We do not comment on disciplinary matters."';
    assert.deepEqual(speakers(d), ['Rugby Football Union']);
  });
  it('a dotted abbreviation in the full name takes no letter (DHS)', () => {
    const d =
      'The U.S. Department of Homeland Security defended the app.\n\n' +
      '"Appointments are issued daily," a DHS spokesperson said.';
    assert.deepEqual(speakers(d), ['U.S. Department of Homeland Security']);
  });
  it('a dateline in capitals is a place, and the quotation after it is the named speaker’s', () => {
    const d = 'OSLO — "We are ready," said Ane Berg, the minister.';
    assert.deepEqual(speakers(d), ['Ane Berg']);
  });
});
