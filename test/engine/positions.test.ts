import assert from 'node:assert/strict';
import { LineIndex } from '../../server/src/engine/text/positions';

describe('LineIndex (UTF-16 LSP positions)', () => {
  it('counts emoji outside the Basic Multilingual Plane as two code units', () => {
    const t = 'a😀"b"';
    const li = new LineIndex(t);
    assert.deepEqual(li.position(t.indexOf('b')), { line: 0, character: 4 });
  });
  it('treats CRLF, LF and a lone CR as one line break each', () => {
    const t = 'one\r\ntwo\nthree\rfour';
    const li = new LineIndex(t);
    assert.deepEqual(li.position(t.indexOf('two')), { line: 1, character: 0 });
    assert.deepEqual(li.position(t.indexOf('three')), { line: 2, character: 0 });
    assert.deepEqual(li.position(t.indexOf('four')), { line: 3, character: 0 });
    assert.equal(li.offset({ line: 1, character: 99 }), t.indexOf('\nthree'));
  });
  it('round-trips every offset', () => {
    const t = '“Curly” 🎉\r\n\r\nnext “line”\n';
    const li = new LineIndex(t);
    for (let i = 0; i <= t.length; i++) {
      if (t[i - 1] === '\r' && t[i] === '\n') continue; // between CR and LF is not a position
      assert.equal(li.offset(li.position(i)), i);
    }
  });
});
