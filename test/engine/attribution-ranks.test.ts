// Military and police ranks before a name, British style (no dot: "Brig Sam Oduya") and American ("Brig. Gen."),
// and the longer Commonwealth ranks ("Field Marshal", "Air Chief Marshal"): a title, never part of the name.
// Sentences written for these tests.
import assert from 'node:assert/strict';
import { speakers } from './speakers';

describe('attribution: ranks before a name', () => {
  it('"Brig" with or without its dot is a rank', () => {
    assert.deepEqual(speakers('"The bridge will reopen by noon," Brig Tomas Welde told reporters.'), ['Tomas Welde']);
    assert.deepEqual(speakers('"The bridge will reopen by noon," said Brig. Tomas Welde.'), ['Tomas Welde']);
    assert.deepEqual(speakers('"The bridge will reopen by noon," said Brig Gen Tomas Welde.'), ['Tomas Welde']);
  });
  it('"Field Marshal" and "Air Chief Marshal" are ranks', () => {
    assert.deepEqual(speakers('"We have enough fuel," Field Marshal Irene Achebe said.'), ['Irene Achebe']);
    assert.deepEqual(speakers('"We have enough fuel," said Air Chief Marshal Irene Achebe.'), ['Irene Achebe']);
  });
  it('the short ranks, dotted or not, still give the person', () => {
    for (const rank of ['Gen', 'Gen.', 'Lt Gen', 'Lt. Gen.', 'Adm', 'Col.', 'Maj', 'Sgt', 'Sgt. Maj.', 'Rear Adm.'])
      assert.deepEqual(speakers(`"We have enough fuel," ${rank} Orla Fenwick said.`), ['Orla Fenwick'], rank);
  });
});
