// Generators of random corpora for the property tests: a few documents of every kind with front
// matter right, wrong or malformed, JSONL lines good and bad, and a people.yaml of any shape.
import fc from 'fast-check';
import { CORPUS_FILES } from './material';
import { FRONT_MATTERS, NAMES, TITLES } from './draft-pieces';
import { pick, piece, quotation, sentence } from './draft-arbitraries';
import { withEol, type Eol } from './offsets';

const yamlish = (v: string) => (/^[\w .-]+$/.test(v) ? v : JSON.stringify(v));

/** Front matter for a source: right, wrong kind, wrong types, malformed, missing. */
const sourceFrontMatter: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      pick(['statement', 'transcript', 'interview', 'release', 'article', 'memo', '', '[x]', '42']),
      pick(NAMES),
      pick(TITLES),
      pick(['2026-03-10', '2024-05-14', '2026-3-10', 'yesterday', '', '[2026, 3]']),
      fc.boolean(),
    )
    .map(
      ([kind, speaker, role, date, speakers]) =>
        `---\n${kind ? `kind: ${kind}\n` : ''}speaker: ${yamlish(speaker)}\nrole: ${yamlish(role)}\norganization: ` +
        `Riverton City Council\n` +
        `${date ? `date: ${date}\n` : ''}` +
        (speakers
          ? `speakers:\n  - name: ${yamlish(speaker)}\n    role: ${yamlish(role)}\n` +
            '  - Daniel Okafor\n  - 42\n  - name:\n'
          : '') +
        `title: "A source “title”"\n---\n`,
    ),
  pick(FRONT_MATTERS),
  pick([
    '---\nspeakers: Elena Ruiz\nkind: transcript\n---\n',
    '---\nspeakers: {name: x}\nkind: transcript\n---\n',
    '---\nspeaker: [1, 2]\nkind: statement\n---\n',
    '---\nkind: {a: 1}\n---\n',
    '---\norganization: 12\nkind: release\n---\n',
    '---\nkind: transcript\nspeakers:\n  - name: Elena Ruiz\n    role: [mayor]\n---\n',
  ]),
);

/** A body: turns, paragraphs of sentences, quotations. */
const sourceBody: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.tuple(pick(NAMES), sentence).map(([n, s]) => `${n}: ${s}`),
      fc
        .tuple(pick(['Reporter', 'Q', 'A', 'MR. RUIZ', '主持人', 'Moderator (Li Wen)']), sentence)
        .map(([n, s]) => `${n}: ${s}`),
      sentence,
      quotation,
      fc.array(piece, { maxLength: 12 }).map((ps) => ps.join(' ')),
    ),
    { maxLength: 8 },
  )
  .map((ps) => ps.join('\n\n'));

const jsonlLine: fc.Arbitrary<string> = fc.oneof(
  fc
    .record(
      {
        speaker: pick(NAMES),
        role: pick(TITLES),
        organization: pick(['Riverton City Council', '']),
        date: pick(['2026-03-10', '2026-3-10', '']),
        text: sentence,
      },
      { requiredKeys: [] },
    )
    .map((o) => JSON.stringify(o)),
  fc
    .tuple(pick(NAMES), sentence)
    .map(([speaker, text]) => JSON.stringify({ speaker, text: `  ${text} "inner" \\ \u2028 ` })),
  pick([
    'not json',
    '{"speaker": "Ruiz"',
    '[1, 2]',
    'null',
    '"text"',
    '42',
    '{"speaker": 7, "text": 8}',
    '{"speaker": {"name": "x"}, "text": ["a"]}',
    '{}',
    '{"text": "no speaker"}',
    '{"speaker": "Okafor", "text": ""}',
    '\ufeff{"speaker": "Okafor", "text": "BOM line"}',
    '{"speaker": "Okafor", "text": "a\\nb\\r\\nc"}',
    '{"speaker":"Ruiz","text":"🚒 𠀀 \\ud83d\\ude92"}',
    '{"speaker":"Ruiz","text":"lone \\ud83d"}',
  ]),
);

const peopleYaml: fc.Arbitrary<string> = fc.oneof(
  pick([
    'just a string',
    '42',
    '',
    '{}',
    'people: 3',
    'people:\n  - name: Elena Ruiz\n',
    '- Elena Ruiz\n- Okafor\n',
    '- name: [a, b]\n- name: 42\n  aliases: 7\n  roles: mayor\n',
    '- name: Elena Ruiz\n  roles:\n    - mayor\n    - null\n    - title: [x]\n',
    '- {name: "Priya Nair", aliases: "Nair", role: chair, organization: Riverton City Council}\n',
    '- name: Elena Ruiz\n  aliases: [Ruiz, null, 3, {a: b}]\n',
    'key: [unclosed',
    '- name: x\n -bad: indent\n',
    '&a [*a]',
    '- name: Okafor\n  roles:\n    - title: council member\n      organization:\n        nested: yes\n',
    '- name: ""\n- name: "   "\n- null\n- 3\n',
  ]),
  fc
    .array(fc.tuple(pick(NAMES), pick(TITLES)), { maxLength: 5 })
    .map((xs) =>
      xs
        .map(
          ([n, t]) =>
            `- name: ${yamlish(n)}\n  aliases: [${yamlish(n.split(' ').pop()!)}]\n  roles:\n    - title: ` +
            `${yamlish(t)}\n      organization: Riverton City Council\n`,
        )
        .join(''),
    ),
);

export interface GenFile {
  path: string;
  text: string;
}

/** A small random corpus: a few documents of every kind, JSONL, and a people.yaml of any shape. */
export const randomCorpus: fc.Arbitrary<GenFile[]> = fc
  .tuple(
    fc.array(
      fc.tuple(
        sourceFrontMatter,
        sourceBody,
        pick<Eol>(['keep', 'lf', 'crlf', 'cr', 'mixed']),
        pick(['md', 'txt', 'markdown', 'MD']),
      ),
      { maxLength: 5 },
    ),
    fc.array(
      fc.tuple(fc.array(jsonlLine, { maxLength: 6 }), pick(['\n', '\r\n', '\n\n'])).map(([ls, sep]) => ls.join(sep)),
      { maxLength: 2 },
    ),
    fc.option(peopleYaml),
    fc.boolean(),
  )
  .map(([docs, jsonls, people, withExamples]) => {
    const files: GenFile[] = docs.map(([fm, body, eol, ext], i) => ({
      path: `/corpus/gen/doc-${i}.${ext}`,
      text: withEol(fm + body, eol, i),
    }));
    jsonls.forEach((t, i) => files.push({ path: `/corpus/gen/lines-${i}.jsonl`, text: t }));
    if (people !== null) files.push({ path: '/corpus/gen/people.yaml', text: people });
    if (withExamples) files.push(...CORPUS_FILES.filter((f) => f.path.startsWith('/corpus/riverton/')));
    return files;
  });
