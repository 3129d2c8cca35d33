// Property tests of YAML read without the YAML library. people.yaml: whenever simpleYamlList() reads a file, the
// library reads the same list, and each entry's range (what a role's citation spans) is the same once trailing space
// is cut. Front matter: whenever simpleYamlMap() reads one, the library reads the same map.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isSeq, parse as parseYaml, parseDocument } from 'yaml';
import { simpleYamlList as simplePeopleYaml, simpleYamlMap } from '../../server/src/engine/text/simple-yaml';
import { readPeopleYaml } from '../../server/src/engine/corpus/people-yaml';
import { runProperty, TIMEOUT } from './settings';

const KEYS = [
  'name',
  'aliases',
  'roles',
  'title',
  'organization',
  'role',
  'x-y',
  '__proto__',
  'a b',
  '1a',
  'True',
  'null',
];
const VALUES = [
  'Mara Quint',
  'Ünïcode — dash’s',
  'Ministry of Fisheries',
  'https://example.org/a',
  '2024-05-16',
  '[Quint]',
  '[Quint, Mara]',
  '[ ]',
  '[a: b]',
  '[x,y]',
  '[true]',
  '[ Quint ,  Q ]',
  '[Quint',
  'a: b',
  'a:b',
  'a #b',
  '"q"',
  "'q'",
  'true',
  'No',
  '~',
  '42',
  '-x',
  '*a',
  '&a',
  '!t',
  '|',
  '>',
  'x:',
  '',
  ' lead',
  '{a: 1}',
  '"Ángel Horvath"',
  '"https://example.org/s/411"',
  '"a \\" b"',
  '"a\\nb"',
  '"a # b: c"',
  '""',
  '"open',
  '"x" y',
];
const INDENTS = ['', ' ', '  ', '   ', '    ', '      ', '- ', '  - ', '    - ', '-  '];
const line = fc.oneof(
  fc
    .tuple(fc.constantFrom(...INDENTS), fc.constantFrom(...KEYS), fc.constantFrom(':', ': ', ':  '))
    .chain(([ind, k, sep]) => fc.constantFrom(...VALUES).map((v) => `${ind}${k}${sep}${v}`)),
  fc.constantFrom('', '# comment', '---', '- Mara Quint', '  - x', 'people:', '\t- name: T', '  '),
);
const file = fc.array(line, { maxLength: 14 }).chain((ls) => fc.constantFrom('\n', '\r\n').map((nl) => ls.join(nl)));

/** An entry of the usual shape, so that the property also sees many files the shortcut reads. */
const entry = fc
  .tuple(
    fc.constantFrom('Mara Quint', 'Jo Abebe-Lund', 'Ünal Øster'),
    fc.constantFrom('', '\n  aliases: [Quint]', '\n  aliases: [Q, Mara]', '\n  aliases: []'),
    fc.array(
      fc
        .tuple(fc.constantFrom('chair', 'head of press', 'x: y'), fc.constantFrom('Port Authority', 'Ministry of X'))
        .map(([t, o]) => `\n    - title: ${t}\n      organization: ${o}`),
      { maxLength: 3 },
    ),
    fc.constantFrom('', '\n', '\n\n', '  \n'),
  )
  .map(([n, a, roles, gap]) => `- name: ${n}${a}${roles.length ? `\n  roles:${roles.join('')}` : ''}${gap}`);
const usual = fc
  .tuple(fc.constantFrom('', '# Who is who\n', '# a\n\n# b\n'), fc.array(entry, { maxLength: 5 }))
  .map(([head, es]) => head + es.join('\n'));

function same(text: string) {
  const simple = simplePeopleYaml(text);
  if (!simple) return;
  const doc = parseDocument(text);
  assert.equal(doc.errors.length, 0, `the shortcut read ${JSON.stringify(text)} but YAML rejects it`);
  assert.deepEqual(simple.list, doc.toJS(), JSON.stringify(text));
  assert.ok(isSeq(doc.contents));
  doc.contents.items.forEach((item, i) => {
    const [s, e] = (item as { range: [number, number, number] }).range;
    const r = simple.ranges[i]!;
    assert.equal(r.start, s, JSON.stringify(text));
    assert.equal(text.slice(r.start, r.end), text.slice(s, e).trimEnd(), JSON.stringify(text));
  });
}

/** Front matter of the usual shape: plain and quoted values, a speakers list. */
const fmLine = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('kind', 'title', 'date', 'url', 'speaker', 'place', 'NULL', 'TRUE'),
      fc.constantFrom(...VALUES),
    )
    .map(([k, v]) => `${k}: ${v}`),
  fc
    .array(
      fc
        .tuple(
          fc.constantFrom('Ana Li', '"Ángel Horvath"', 'x: y'),
          fc.constantFrom('', '\n    role: chair', '\n   role: x'),
        )
        .map(([n, r]) => `  - name: ${n}${r}`),
      { minLength: 1, maxLength: 3 },
    )
    .map((items) => `speakers:\n${items.join('\n')}`),
  fc.constantFrom('', '# c', 'speakers:', '  role: x', 'speakers: []'),
);
const frontMatter = fc.array(fmLine, { maxLength: 8 }).map((ls) => ls.join('\n'));

describe('fuzz: front matter read without the YAML library reads as the library reads it', function () {
  this.timeout(TIMEOUT);
  it('on keys, plain and quoted values and speaker lists', () => {
    runProperty(
      'simple-yaml: front matter',
      fc.property(frontMatter, (raw) => {
        const simple = simpleYamlMap(raw);
        if (!simple) return;
        let parsed: unknown;
        try {
          parsed = parseYaml(raw);
        } catch (e) {
          assert.fail(`the shortcut read ${JSON.stringify(raw)} but YAML rejects it: ${(e as Error).message}`);
        }
        assert.deepEqual(simple, parsed, JSON.stringify(raw));
      }),
      400,
    );
  });
  it('takes the usual shape', () => {
    const raw = 'kind: transcript\ntitle: "A: b"\nspeakers:\n  - name: Ana Li\n    role: chair';
    assert.deepEqual(simpleYamlMap(raw), {
      kind: 'transcript',
      title: 'A: b',
      speakers: [{ name: 'Ana Li', role: 'chair' }],
    });
  });
});

describe('fuzz: people.yaml read without the YAML library reads as the library reads it', function () {
  this.timeout(TIMEOUT);
  it('on lines of keys, values, indents, comments and odd characters', () => {
    runProperty('people-yaml: odd lines', fc.property(file, same), 400);
  });
  it('on entries of the usual shape', () => {
    runProperty('people-yaml: usual entries', fc.property(usual, same), 300);
  });
  it('takes the usual shape, and leaves anything else to the library', () => {
    const text =
      '# people\n- name: Mara Quint\n  aliases: [Quint]\n  roles:\n    - title: chair\n      organization: X\n';
    assert.deepEqual(simplePeopleYaml(text)?.list, [
      { name: 'Mara Quint', aliases: ['Quint'], roles: [{ title: 'chair', organization: 'X' }] },
    ]);
    assert.equal(simplePeopleYaml("- name: 'Quoted'\n"), undefined);
    assert.equal(simplePeopleYaml('people:\n  - name: A\n'), undefined);
    assert.equal(simplePeopleYaml('- name: A # note\n'), undefined);
    assert.deepEqual(readPeopleYaml('- name: "Quoted"\n').list, [{ name: 'Quoted' }]);
  });
});
