// A dateline opening a paragraph ("OSLO:", "LYON, France —", "BRISTOL (Reuters) --") is a place and a wire service,
// never the subject a later "he" goes back to; an article opening a sentence ("A Harwick District Council spokeswoman
// said") is no part of the organization's name. Sentences written for these tests.
import assert from 'node:assert/strict';
import { readProse } from '../../server/src/engine/draft/analyze';
import { People } from '../../server/src/engine/corpus/people';
import { plainProse } from '../../server/src/engine/text/prose';
import { speakerOf } from '../../server/src/engine/draft/describe';
import { datelineEnd } from '../../server/src/engine/draft/cast-acronyms';

const speakers = (draft: string) => {
  const p = plainProse(draft);
  return readProse(p.text, p.blocks, new People()).quotes.map((q) => speakerOf(q.attribution?.ref).speaker);
};

describe('attribution: datelines', () => {
  const body =
    ' Harbour master Ingrid Solvang said the quay would reopen.\n\nShe said the storm had done little damage.\n\n' +
    '"We were lucky this time," she told reporters.\n';
  for (const dateline of ['OSLO:', 'OSLO —', 'BERGEN, Norway —', 'OSLO (Reuters) --', 'Bergen —'])
    it(`"${dateline}" is a place, not the subject`, () => {
      assert.deepEqual(speakers(dateline + body), ['Ingrid Solvang']);
    });
  it('ends where the dateline ends, and only at a paragraph start', () => {
    const t = 'LYON, France — The mayor spoke.';
    assert.equal(t.slice(datelineEnd(t, 0, t.length)), 'The mayor spoke.');
    assert.equal(datelineEnd('Solvang: we were lucky.', 0, 23), 0, "a name and a colon is a speaker's turn");
    assert.equal(datelineEnd('The mayor spoke — briefly.', 0, 26), 0);
  });
});

describe('attribution: an article opening a sentence', () => {
  it('"A Harwick District Council spokeswoman said" speaks for Harwick District Council', () => {
    assert.deepEqual(speakers('A Harwick District Council spokeswoman said: "The car park stays shut."'), [
      'Harwick District Council',
    ]);
    assert.deepEqual(speakers('"The car park stays shut," a Harwick District Council spokeswoman said.'), [
      'Harwick District Council',
    ]);
  });
});
