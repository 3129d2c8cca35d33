// Where sentences end (engine/text/sentence-breaks.ts): a period after an abbreviation does not end a
// sentence unless what follows shows it does; a line starting a bulleted or numbered item does.
import assert from 'node:assert/strict';
import { isAbbreviationDot, isBulletBreak } from '../../server/src/engine/text/sentence-breaks';

/** Whether the period right after the first `word` in `text` is an abbreviation's. */
function abbreviated(text: string, word: string): boolean {
  const at = text.indexOf(word);
  assert.ok(at >= 0 && text[at + word.length] === '.', `no "${word}." in ${JSON.stringify(text)}`);
  return isAbbreviationDot(text, at + word.length);
}

/** Whether the gap between the words `before` and `after` starts a new list item. */
function bulletBetween(text: string, before: string, after: string): boolean {
  const from = text.indexOf(before) + before.length;
  const to = text.indexOf(after, from);
  assert.ok(from >= before.length && to > from, `no gap between "${before}" and "${after}"`);
  return isBulletBreak(text, from, to);
}

describe('sentence breaks: abbreviations and list items', () => {
  it('a month or "No." before a figure is an abbreviation; without a figure it ends the sentence', () => {
    assert.equal(abbreviated('The depot reopens Feb. 9 after repairs.', 'Feb'), true);
    assert.equal(abbreviated('Trains stop at Platform No. 4 tonight.', 'No'), true);
    assert.equal(abbreviated('The depot closed in Feb. Crews then left.', 'Feb'), false);
    assert.equal(abbreviated('Two members voted no. The chair thanked them.', 'no'), false);
  });

  it('titles, street words, times and initials are abbreviations', () => {
    assert.equal(abbreviated('Dr. Whitcombe signed the order.', 'Dr'), true);
    assert.equal(abbreviated('The lot on Maple Blvd. is closed.', 'Blvd'), true);
    assert.equal(abbreviated('Buses leave at 6 p.m. on weekdays.', 'p.m'), true);
    assert.equal(abbreviated('Ferry captain Ines K. Mardell spoke.', 'K'), true);
  });

  it('a dotted short form before a capital ends the sentence, except U.S., U.K., U.N. and D.C.', () => {
    assert.equal(abbreviated('Funds came from the E.U. Officials confirmed it.', 'E.U'), false);
    assert.equal(abbreviated('Funds came from the E.U. budget line.', 'E.U'), true);
    assert.equal(abbreviated('Grants from the U.S. Department of Transportation.', 'U.S'), true);
    assert.equal(abbreviated('She flew to Washington, D.C. The talks began.', 'D.C'), true);
  });

  it('an ordinary word before a period ends the sentence', () => {
    assert.equal(abbreviated('The levy passed. Then the board adjourned.', 'passed'), false);
    assert.equal(abbreviated('Costs rose in Sept. 2024 and in the spring.', 'Sept'), true);
    assert.equal(isAbbreviationDot('. Leading period', 0), false);
    assert.equal(isAbbreviationDot('Wait... what', 6), false, 'the last period of an ellipsis closes no abbreviation');
  });

  it('a new line opening with a bullet or an item number starts a list item', () => {
    assert.equal(bulletBetween('Three changes:\n- fewer stops', 'changes:', 'fewer'), true);
    assert.equal(bulletBetween('Three changes:\r\n  • fewer stops', 'changes:', 'fewer'), true);
    assert.equal(bulletBetween('Three changes:\n1. fewer stops', 'changes:', 'fewer'), true);
    assert.equal(bulletBetween('Three changes:\n12) fewer stops', 'changes:', 'fewer'), true);
  });

  it('a dash inside a line, a year or a negative figure at a line start is no list item', () => {
    assert.equal(bulletBetween('Fares rose - and fell again.', 'rose', 'and'), false);
    assert.equal(bulletBetween('Ridership fell in\n2019. It recovered.', 'in', '2019'), false);
    assert.equal(bulletBetween('Overnight it reached\n-5 degrees.', 'reached', '-5'), false);
    assert.equal(bulletBetween('Overnight it reached\n*cold* levels.', 'reached', '*cold*'), false);
  });
});
