// JSONL statements read from a file's bytes (a file read from disk) are those read from its text (a file handed
// over as text): the same words, spans, bases and fields, whatever the characters, line breaks and escapes.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Corpus } from '../../server/src/engine/corpus/corpus';
import { readSourceFile } from '../../server/src/engine/corpus/files';

const line = (o: Record<string, string>) => JSON.stringify(o);
const LINES = [
  line({ speaker: 'Anna Holm', text: 'The ferry leaves at nine every morning.', url: 'https://example.org/a' }),
  line({ speaker: 'Tāne Ngata', role: 'mayor', text: 'Whānau come first — “always”, as ever in Rotorua.' }),
  line({ speaker: 'José Núñez', text: 'Café prices rose by 4% in the year to June.', url: 'https://ex.org/é' }),
  line({ speaker: 'Mia Chen', text: 'Emoji 😀 before the words, then the words of the statement.', url: ' x ' }),
  line({ speaker: 'Mia Chen', text: 'She said "no" and \\ then left the building.' }),
  '',
  '   ',
  'not json at all',
  line({ speaker: 'Anna Holm', text: '  Spaces around the words of this statement.  ', source: 'radio' }),
  '{"speaker":"Ōtaki Reed","text":"Text","url":"https://ex.org/ā/b"}',
  '{"speaker":" Anna Holm ","role":" mayor ","organization":"Café","date":"2024-01-02","text":"Words said here."}',
  '{"speaker":"Anna Holm","role":"mayor","organization":"Café","date":"2024-01-02","text":"Words said again."}',
];

describe('JSONL statements read from bytes', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'verbatim-jsonl-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  for (const [name, text] of [
    ['LF', LINES.join('\n') + '\n'],
    ['CRLF, no final break', LINES.join('\r\n')],
    ['byte-order mark', '\ufeff' + LINES.join('\n')],
  ]) {
    it(`the same statements as from the text (${name})`, () => {
      const path = join(dir, 'quotes.jsonl');
      writeFileSync(path, text);
      const file = readSourceFile(path, () => {})!;
      assert.ok(file.utf8, 'read from its bytes');
      const fromBytes = Corpus.fromFiles([file]);
      const fromText = Corpus.fromFiles([{ path, text: readSourceFile(path, () => {})!.text }]);
      const fields = (c: Corpus) =>
        c.statements.map((s) => ({ ...s, doc: [s.doc.path, s.doc.text, s.doc.lines.starts], person: s.person?.name }));
      assert.deepEqual(fields(fromBytes), fields(fromText));
      assert.deepEqual(fromBytes.problems, fromText.problems);
      assert.equal(fromBytes.statements.length, 9);
      for (const s of fromBytes.statements)
        if (s.base !== undefined) assert.equal(s.doc.text.slice(s.base, s.base + s.text.length), s.text);
      assert.deepEqual(fromBytes.facts.dump(), fromText.facts.dump());
    });
  }
});
