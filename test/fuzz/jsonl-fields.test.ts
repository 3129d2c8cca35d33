// Property test: the JSONL reader's own reading of a line of the common shape (corpus/jsonl-fields.ts) gives what
// JSON.parse gives for each known field, whenever it reads a line at all; lines it leaves are JSON.parse's.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { JSONL_FIELDS, JsonlLine } from '../../server/src/engine/corpus/jsonl-fields';
import { runProperty, TIMEOUT } from './settings';

const key = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...JSONL_FIELDS, 'extra', '__proto__', 'Text', 'text ', '') },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);
const chars = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(
    '"',
    '\\',
    '\t',
    '\r',
    '\n',
    ' ',
    '\u2028',
    '🚒',
    '\ud800',
    '\udc00',
    'é',
    '\u007f',
    '{',
    '}',
    ',',
    ':',
  ),
);
const dirty = fc.array(chars, { maxLength: 6 }).map((p) => p.join(''));
/** Strings JSON writes as they are, mostly (as a corpus has them). */
// eslint-disable-next-line no-control-regex -- what JSON escapes
const clean = dirty.map((t) => t.replace(/["\\\u0000-\u001f]/g, 'x'));
const text = fc.oneof({ weight: 8, arbitrary: clean }, { weight: 1, arbitrary: dirty });
const value = fc.oneof(
  { weight: 20, arbitrary: text },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.constant(null), fc.boolean(), fc.constant([]), fc.constant({})) },
);
/** A JSON object as JSON.stringify writes it, with spaces (or other white space) put between its tokens. */
const objectLine = fc
  .tuple(
    fc.array(fc.tuple(key, value), { maxLength: 9 }),
    fc.oneof(
      { weight: 3, arbitrary: fc.array(fc.constantFrom('', '', ' ', '  '), { minLength: 40, maxLength: 40 }) },
      { weight: 1, arbitrary: fc.array(fc.constantFrom('', ' ', '\t', '\r'), { minLength: 40, maxLength: 40 }) },
    ),
  )
  .map(([entries, spaces]) => {
    let k = 0;
    const sp = () => spaces[k++ % spaces.length];
    const body = entries.map(([n, v]) => `${sp()}${JSON.stringify(n)}${sp()}:${sp()}${JSON.stringify(v)}${sp()}`);
    return `${sp()}{${body.join(',')}${entries.length ? '' : sp()}}${sp()}`;
  });
/** Lines broken in small ways: cut short, a character put in or left out. */
const line = fc.oneof(
  { weight: 4, arbitrary: objectLine },
  {
    weight: 3,
    arbitrary: fc
      .tuple(objectLine, fc.nat(), fc.constantFrom('', '"', ',', ':', '}', '{', 'x', ' ', '\\', '[', '1'))
      .map(([l, at, c]) => {
        const i = l.length ? at % l.length : 0;
        return c ? l.slice(0, i) + c + l.slice(i) : l.slice(0, i) + l.slice(i + 1);
      }),
  },
);

describe('fuzz: JSONL lines read without JSON.parse', function () {
  this.timeout(TIMEOUT);
  it('agree with JSON.parse on every known field of every line read', () => {
    const reader = new JsonlLine();
    runProperty(
      'jsonl-fields: as JSON.parse reads them',
      fc.property(line, (l) => {
        if (!reader.read(l)) return;
        const o = JSON.parse(l) as Record<string, unknown>;
        assert.ok(o && typeof o === 'object' && !Array.isArray(o), JSON.stringify(l));
        JSONL_FIELDS.forEach((f, k) => assert.equal(reader.get(k), o[f], `${f} of ${JSON.stringify(l)}`));
      }),
      600,
    );
  });

  it('reads the lines a corpus usually has (and leaves those with an escape to JSON.parse)', () => {
    const reader = new JsonlLine();
    const common = JSON.stringify({ speaker: 'Mei Korhonen', date: '2024-12-12', text: 'We will “act” now — 5%.' });
    assert.ok(reader.read(common));
    assert.equal(reader.get(JSONL_FIELDS.indexOf('text')), 'We will “act” now — 5%.');
    assert.equal(reader.get(JSONL_FIELDS.indexOf('role')), undefined);
    assert.ok(reader.read('{ "text" : "a" , "text": "b" }'));
    assert.equal(reader.get(0), 'b');
    assert.ok(!reader.read(JSON.stringify({ text: 'say "no"' })));
    assert.ok(!reader.read(JSON.stringify({ text: 'a', n: 1 })));
    assert.ok(!reader.read('{"text":"a"} x'));
  });
});
