// containsWords (engine/corpus/orgs.ts): whether one name's words stand in another's, found without building padded
// strings; held to the padded-string test it replaces.
import assert from 'node:assert/strict';
import { containsWords, orgMatches } from '../../server/src/engine/corpus/orgs';

describe('containsWords (organization names)', () => {
  it('agrees with ` ${hay} `.includes(` ${needle} `) on strings of words, spaces and nothing', () => {
    let seed = 1;
    const r = (n: number) => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n;
    const pieces = ['a', 'b', ' ', 'ab', '  ', ''];
    const make = () => Array.from({ length: r(6) }, () => pieces[r(pieces.length)]).join('');
    for (let k = 0; k < 20000; k++) {
      const hay = make(),
        needle = make();
      assert.equal(containsWords(hay, needle), ` ${hay} `.includes(` ${needle} `), JSON.stringify([hay, needle]));
    }
  });

  it('still lets a bare head noun name an organization with that head', () => {
    assert.ok(orgMatches('the ministry', 'Ministry of Commerce'));
    assert.ok(!orgMatches('the ministry', 'Department of Culture'));
    assert.ok(orgMatches('Renmin University', 'Renmin University of China'));
  });
});
