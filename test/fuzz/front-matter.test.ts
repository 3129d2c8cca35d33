// Property test of the front-matter shortcut: whenever simpleFrontMatter()
// reads a front matter without the YAML parser, the parser reads the same.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { simpleFrontMatter } from '../../server/src/engine/text/prose';
import { runProperty, TIMEOUT } from './settings';

const KEYS = [
  'title',
  'date',
  'speaker',
  'role',
  'organization',
  'kind',
  'place',
  'url',
  'x-y',
  '_k',
  'Title',
  '__proto__',
  'constructor',
  '1a',
  'a b',
];
const VALUES = [
  'Budget night',
  '2024-05-16',
  '2024-5-16',
  'Mayor Elena Ruiz',
  'Oakbrook City Council',
  'statement',
  'https://news.example.org/item/4',
  'a: b',
  'a:b',
  'a #b',
  'a#b',
  '#c',
  'true',
  'No',
  'null',
  '~',
  '42',
  '4.5',
  '.5',
  '-x',
  '+x',
  '"q"',
  "'q'",
  '[a]',
  '{a: 1}',
  '*a',
  '&a',
  '!t',
  '|',
  '>',
  '%x',
  '@x',
  '`x`',
  'x:',
  'Ünïcode — dash’s',
  'a  ',
  ' lead',
  'tab\there',
  'y',
  'Y',
  'on',
  'x,y',
  'x?',
  '?x',
  '0x1f',
  'inf',
  '.inf',
  'NaN',
];
const line = fc.oneof(
  fc
    .tuple(fc.constantFrom(...KEYS), fc.constantFrom(':', ': ', ':  ', ' : '), fc.constantFrom(...VALUES))
    .map(([k, sep, v]) => `${k}${sep}${v}`),
  fc.constantFrom('', '- item', '  nested: x', 'speakers:', '# comment', '---'),
);
const frontMatter = fc
  .array(line, { maxLength: 8 })
  .chain((ls) => fc.constantFrom('\n', '\r\n').map((nl) => ls.join(nl)));

describe('fuzz: front matter read without the YAML parser reads as the parser reads it', function () {
  this.timeout(TIMEOUT);
  it('on lines of keys, values, comments, lists and odd characters', () => {
    runProperty(
      'front-matter: simple lines',
      fc.property(frontMatter, (raw) => {
        const simple = simpleFrontMatter(raw);
        if (!simple) return;
        let parsed: unknown;
        try {
          parsed = parseYaml(raw.replace(/\r\n?/g, '\n')) ?? {};
        } catch (e) {
          assert.fail(`the shortcut read ${JSON.stringify(raw)} but YAML rejects it: ${(e as Error).message}`);
        }
        assert.deepEqual(simple, parsed, JSON.stringify(raw));
      }),
      400,
    );
  });
  it('takes the common case', () => {
    assert.deepEqual(
      simpleFrontMatter(
        'kind: release\ndate: 2024-05-16\norganization: Oakbrook City Council\ntitle: Council approves budget',
      ),
      { kind: 'release', date: '2024-05-16', organization: 'Oakbrook City Council', title: 'Council approves budget' },
    );
    assert.equal(simpleFrontMatter('title: "Quoted"'), undefined);
    assert.equal(simpleFrontMatter('speakers:\n  - name: A'), undefined);
  });
});
