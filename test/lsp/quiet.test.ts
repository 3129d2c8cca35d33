// Quiet while typing (client/src/quiet.ts, used by the VS Code client's handleDiagnostics
// middleware): new diagnostics on the lines being typed wait for a pause.
import assert from 'node:assert/strict';
import { changedLines, codeOf, QuietTyping } from '../../client/src/quiet';

const diag = (line: number, code = 'quote.unverified', endLine = line) => ({
  range: { start: { line }, end: { line: endLine } },
  code,
  message: `${code} on ${line}`,
});

describe('quiet while typing (client middleware logic)', () => {
  let now = 0;
  const clock = () => now;
  beforeEach(() => {
    now = 10_000;
  });

  it('shows everything when nobody typed, or once the pause is long enough', () => {
    const q = new QuietTyping(1000, clock);
    const d = [diag(3), diag(5)];
    assert.deepEqual(q.filter('a', d, []), { show: d, held: 0 });
    q.typed('a', [3]);
    now += 1000;
    assert.deepEqual(q.filter('a', d, []), { show: d, held: 0 });
  });

  it('holds back a new diagnostic on a typed line or the cursor line, and says when to offer it again', () => {
    const q = new QuietTyping(1000, clock);
    q.typed('a', [3]);
    now += 300;
    const r = q.filter('a', [diag(3), diag(5), diag(7)], [], [7]);
    assert.deepEqual(
      r.show.map((d) => d.range.start.line),
      [5],
    );
    assert.equal(r.held, 2);
    assert.equal(r.releaseIn, 700);
    assert.deepEqual(q.filter('b', [diag(3)], []).show.length, 1, 'another document is not affected');
    now += 700;
    assert.equal(q.filter('a', [diag(3), diag(5), diag(7)], []).held, 0, 'released after the pause');
  });

  it(
    'keeps a diagnostic that was already shown on that line (it moves as the line is edited), and one spanning ' +
      'the line',
    () => {
      const q = new QuietTyping(1000, clock);
      q.typed('a', [4]);
      const shown = [
        {
          range: { start: { line: 4 }, end: { line: 4 } },
          code: { value: 'quote.altered', target: 'https://x' },
          message: 'old words',
        },
      ];
      const r = q.filter(
        'a',
        [diag(4, 'quote.altered'), diag(4, 'fact.date'), diag(2, 'quote.misattributed', 6)],
        shown,
      );
      assert.deepEqual(
        r.show.map((d) => d.code),
        ['quote.altered'],
      );
      assert.equal(r.held, 2, 'a new code on the line and a range that spans the line both wait');
    },
  );

  it('accumulates the lines typed within the quiet period and forgets a closed document', () => {
    const q = new QuietTyping(1000, clock);
    q.typed('a', [1]);
    now += 500;
    q.typed('a', [9]);
    now += 600; // 1100 ms after line 1, 600 after line 9: both still count, the period runs from the last keystroke
    assert.equal(q.filter('a', [diag(1), diag(9)], []).held, 2);
    q.forget('a');
    assert.equal(q.filter('a', [diag(1), diag(9)], []).held, 0);
  });

  it('changedLines: the lines an edit touches, including lines it adds', () => {
    assert.deepEqual(changedLines({ range: { start: { line: 2 }, end: { line: 2 } }, text: 'x' }), [2]);
    assert.deepEqual(changedLines({ range: { start: { line: 2 }, end: { line: 3 } }, text: '' }), [2, 3]);
    assert.deepEqual(changedLines({ range: { start: { line: 2 }, end: { line: 2 } }, text: 'a\nb\r\nc' }), [2, 3, 4]);
  });

  it("codeOf reads plain codes and VS Code's {value, target} codes", () => {
    assert.equal(codeOf(diag(1, 'fact.name')), 'fact.name');
    assert.equal(codeOf({ range: diag(1).range, code: { value: 'fact.date', target: 'x' }, message: '' }), 'fact.date');
    assert.equal(codeOf({ range: diag(1).range, message: '' }), '');
  });
});
