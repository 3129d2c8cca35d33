// A draft quoting each source of fixtures.ts: per format one quotation as
// said, one altered, one given to the wrong person (each in a paragraph of
// its own, speakers named in full).
export interface Expect {
  words: string;
  code?: 'quote.altered' | 'quote.misattributed' | 'quote.unverified';
  file: string;
  place?: string;
}

export const EXPECT: Expect[] = [
  { words: 'The north pier will reopen to passengers on March 14,', file: 'ferry-timetable.pdf' },
  {
    words: 'The north pier will reopen to passengers on March 28,',
    code: 'quote.altered',
    file: 'ferry-timetable.pdf',
    place: 'p. 2',
  },
  {
    words: 'Tickets bought for the south pier stay valid after the move,',
    code: 'quote.misattributed',
    file: 'ferry-timetable.pdf',
    place: 'p. 2',
  },
  { words: 'We counted forty-one nesting pairs this season,', file: 'marsh-survey.html' },
  { words: 'We counted fifty-one nesting pairs this season,', code: 'quote.altered', file: 'marsh-survey.html' },
  { words: 'We will replant the lower rows in April,', file: 'orchard-notes.docx' },
  { words: 'The late frost took nearly half of our pears,', code: 'quote.altered', file: 'orchard-notes.docx' },
  {
    words: 'The apples came through fine, thanks to the hill,',
    code: 'quote.misattributed',
    file: 'orchard-notes.docx',
  },
  { words: 'The library will stay open until nine on weekdays starting next month,', file: 'council-meeting.vtt' },
  {
    words: 'The library will stay open until ten on weekdays starting next month,',
    code: 'quote.altered',
    file: 'council-meeting.vtt',
    place: 'at 00:12:35',
  },
  {
    words: 'The next item is the library budget,',
    code: 'quote.misattributed',
    file: 'council-meeting.vtt',
    place: 'at 00:12:20',
  },
  { words: 'The bridge repairs will close the east lane for eleven weeks,', file: 'bridge-briefing.srt' },
  {
    words: 'The bridge repairs will close the east lane for twelve weeks,',
    code: 'quote.altered',
    file: 'bridge-briefing.srt',
    place: 'at 00:03:05',
  },
  { words: 'Good evening,', code: undefined, file: 'bridge-briefing.srt' },
  {
    words: 'The district will serve hot lunches again from the renovated kitchen on Monday,',
    file: 'kitchen-statement.eml',
  },
  {
    words: 'The district will serve cold lunches again from the renovated kitchen on Monday,',
    code: 'quote.altered',
    file: 'kitchen-statement.eml',
  },
  { words: 'The kitchen is closed for good, we hear,', code: 'quote.unverified', file: '' },
];

const SPEAKER: Record<string, string> = {
  'ferry-timetable.pdf': 'Dana Whitfield',
  'marsh-survey.html': 'Priya Raman',
  'orchard-notes.docx': 'Tomas Berg',
  'council-meeting.vtt': 'Helen Achebe',
  'bridge-briefing.srt': 'Marco Vella',
  'kitchen-statement.eml': 'Ines Duarte',
  '': 'Ines Duarte',
};
/** Who the draft names for a misattributed quotation: someone else in the corpus. */
const WRONG: Record<string, string> = {
  'ferry-timetable.pdf': 'Priya Raman',
  'orchard-notes.docx': 'Marco Vella',
  'council-meeting.vtt': 'Ines Duarte',
};

export function formatsDraft(): string {
  const lines = ['# Around town', ''];
  for (const e of EXPECT) {
    const who = e.code === 'quote.misattributed' ? WRONG[e.file] : SPEAKER[e.file];
    lines.push(`"${e.words}" said ${who}.`, '');
  }
  return lines.join('\n');
}
