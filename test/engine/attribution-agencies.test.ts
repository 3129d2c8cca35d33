// A news agency in the reporting clause: the agency speaks when it is the only subject ("…," Reuters reported.),
// but not for words a clause before the quotation gives someone else, nor for someone it quotes ("Reuters quoted X
// as saying"). And a pair of dashes after the speaker's name sets off what commas would. Sentences written for
// these tests.
import assert from 'node:assert/strict';
import { speakers } from './speakers';

describe('attribution: news agencies', () => {
  it('"…," Reuters reported: the agency, never the speaker before', () => {
    const d = 'Mayor Pia Lund spoke first.\n\n"Two ferries sank in the storm," Reuters reported.';
    assert.deepEqual(speakers(d), ['Reuters']);
    assert.deepEqual(speakers('"Two ferries sank in the storm," AP reported on Monday.'), ['AP']);
  });
  it('the agency reports words a clause before the quotation gives someone', () => {
    const d = 'Minister Arno Keskula noted that the port "will stay closed until March," Tanjug reported.';
    assert.deepEqual(speakers(d), ['Arno Keskula']);
    const e = 'The harbour master said the port "will stay closed until March," the Associated Press reported.';
    assert.deepEqual(speakers(e), [null]);
  });
  it('"Reuters quoted X as saying": X', () => {
    assert.deepEqual(speakers('"Two ferries sank," Reuters quoted Lars Moe as saying.'), ['Lars Moe']);
    assert.deepEqual(speakers('Reuters quoted Lars Moe as saying: "Two ferries sank."'), ['Lars Moe']);
    const d = 'The agency quoted Lars Moe, a harbour pilot, as saying the ferries were "far too old."';
    assert.deepEqual(speakers(d), ['Lars Moe']);
  });
});

describe('attribution: a pair of dashes after the name', () => {
  it('"…," X – who … – insisted: X', () => {
    const d = '"We will not sell the library," Wendy Marsh – who chairs the parish council – insisted.';
    assert.deepEqual(speakers(d), ['Wendy Marsh']);
    const e = '"We will not sell the library," Wendy Marsh — the parish council chair — said on Friday.';
    assert.deepEqual(speakers(e), ['Wendy Marsh']);
  });
  it('one dash alone is no pair', () => {
    const d = 'Ivo Rask spoke.\n\n"We will not sell the library," Wendy Marsh said – and then she left.';
    assert.deepEqual(speakers(d), ['Wendy Marsh']);
  });
});
