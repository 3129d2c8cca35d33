// Property test: the JSONL reader's test of whether a statement's words stand
// unescaped in their line agrees with JSON.stringify on any string.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { jsonWritesAsIs } from '../../server/src/engine/corpus/jsonl';
import { runProperty, TIMEOUT } from './settings';

describe('fuzz: JSONL words written as they are', function () {
  this.timeout(TIMEOUT);
  it('agrees with JSON.stringify', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.constantFrom('"', '\\', '\t', '\n', '\u2028', '🚒', '\ud800', '\udc00', 'é', '\u007f'),
    );
    runProperty(
      'jsonl-text: as JSON writes it',
      fc.property(
        fc.array(piece, { maxLength: 8 }).map((p) => p.join('')),
        (text) => {
          assert.equal(jsonWritesAsIs(text), JSON.stringify(text).slice(1, -1) === text, JSON.stringify(text));
        },
      ),
      400,
    );
  });
});
