// Generators of drafts and corpora for the property tests: random drafts built from pieces that
// matter to the reader (quotation marks of every kind, source sentences, names, attributions,
// emoji and astral characters, RTL, CJK, odd spaces, every line break, Markdown constructs, front
// matter good and bad), mutations of real drafts, and random corpora of every file kind.
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { HARBOR } from '../helpers';
import { ROOT } from '../cli/run';

// ---------------------------------------------------------------------------------------------
// Material

/** The example corpus and the harbour corpus of the unit tests, as in-memory files. */
export const EXAMPLE_SOURCES: Record<string, string> = Object.fromEntries(
  readdirSync(join(ROOT, 'examples', 'sources'))
    .sort()
    .map((f) => [f, readFileSync(join(ROOT, 'examples', 'sources', f), 'utf8')]),
);
export const CORPUS_FILES: { path: string; text: string }[] = [
  ...Object.entries(EXAMPLE_SOURCES).map(([f, text]) => ({ path: `/corpus/riverton/${f}`, text })),
  ...Object.entries(HARBOR).map(([f, text]) => ({ path: `/corpus/harbour/${f}`, text })),
];

export const EXAMPLE_DRAFTS: string[] = readdirSync(join(ROOT, 'examples', 'drafts'))
  .sort()
  .map((f) => readFileSync(join(ROOT, 'examples', 'drafts', f), 'utf8'));

/** Drafts written for the fuzzing: RTL, CJK, guillemets, German marks, emoji, code, comments. */
export const SEED_DRAFTS: string[] = [
  ...EXAMPLE_DRAFTS,
  `---\ntitle: Harbour\ndate: 2024-05-16\n---\n🚢 Harbour master Marta Lindqvist said «We are not going to cut ` +
    `corners on safety to meet a deadline».\n\nJonas Berg, chief executive of Nordic Ferry Lines, said: „Nordic ` +
    `Ferry Lines will pay for the dredging, every krone of it.“\n\n「The new terminal will open in ` +
    `September」、Lindqvist said。\n`,
  `Mayor Elena Ruiz said ‘every neighborhood deserves a fire engine within four minutes’.\r\n\r\n‹Riders will pay ` +
    `for this in longer waits›, Nair said.\r\n`,
  `قال الوزير "Every neighborhood deserves a fire engine within five minutes," Ruiz said. שלום\n\n\u202e"This ` +
    `budget proves that we can keep the city safe," said Okafor.\u202c\n`,
  `<!-- "Riders will pay for this in longer waits," Ruiz said. -->\n\n\`\`\`\n"not a quote," he said\n\`\`\`\n\n"I ` +
    `cannot support a budget that leaves the bus fund short by $6 million," Okafor said 👩🏽‍🚒.\n`,
  `# “Budget” night\n\n> "Every neighborhood deserves a fire engine within four minutes. This budget gets us ` +
    `there," said Elena Ruiz.\n\n- "The motion carries, seven votes to two," Nair said on Tuesday.\n\n| who | said ` +
    `|\n|---|---|\n| Okafor | "Riders will pay" |\n`,
  `The council voted 7-2 on March 10. "We will be back next year with a better plan,\n\n"and the bus riders of the ` +
    `east side were left out of this budget," Okafor said.\n`,
  `他说：『这是一个测试』。𠀀𠀁 “With 38 more firefighters we can staff Engine 9 around the clock,” said Fire Chief Tomás García ` +
    `Márquez.\n`,
];

/** Sentences of the corpora, for quotations that match, nearly match or do not. */
export const SOURCE_SENTENCES: string[] = [
  'Every neighborhood deserves a fire engine within four minutes.',
  'This budget proves that we can keep the city safe without raising property taxes.',
  'Riders will pay for this in longer waits.',
  'I cannot support a budget that leaves the bus fund short by $6 million.',
  'The committee recommends a general fund budget of $412 million for the coming fiscal year.',
  'It adds 38 new firefighter positions and keeps the library open on Sundays.',
  'The motion carries, seven votes to two.',
  'Public safety is the first promise a city makes to its residents.',
  'The new positions are a start, not a finish.',
  'Our members have covered more than 9,000 overtime shifts since January, and 38 firefighters will not end that ' +
    'overnight.',
  'I voted no because the bus riders of the east side were left out of this budget.',
  'With 38 more firefighters we can staff Engine 9 around the clock for the first time since 2019.',
  'The new terminal will open in September.',
  'We are not going to cut corners on safety to meet a date on a calendar.',
  'Nordic Ferry Lines will pay for the dredging, every krone of it.',
  'Ports that dredge without monitoring lose their eelgrass within a decade.',
  'The authority will review the safety plan before any ferry docks at the new berth.',
  'Skagen is the heart of our northern routes.',
  'We will repave every street in the city by summer.',
];

const NAMES = [
  'Elena Ruiz',
  'Ruiz',
  'Mayor Ruiz',
  'Priya Nair',
  'Nair',
  'Sunil Nair',
  'Daniel Okafor',
  'Okafor',
  'Tomás García Márquez',
  'Tomas Garcia Marquez',
  'García Márquez',
  'Marta Lindqvist',
  'Lindqvist',
  'Jonas Berg',
  'Anna Berg',
  'Berg',
  'Li Wen',
  'Li',
  'Elena Ruíz',
  'Okafur',
  'he',
  'she',
  'they',
  'the spokesperson',
  'a spokesperson for the Danish Maritime Authority',
  'the ministry',
  'Nordic Ferry Lines',
  'the mayor',
  'Tomás García Márquez'.normalize('NFD'),
];
const VERBS = [
  'said',
  'says',
  'told reporters',
  'added',
  'wrote',
  'urged',
  'warned',
  'noted',
  'called',
  'told the Riverton Ledger that',
  'according to',
];
const TITLES = [
  'Mayor',
  'Council member',
  'harbour master',
  'chief executive of Nordic Ferry Lines',
  'Fire Chief',
  'chair of the Finance Committee',
  'treasurer of the firefighters union',
  'president',
  'FM spokesperson',
];
const WORDS = [
  'the',
  'a',
  'budget',
  'council',
  'city',
  'voted',
  'approved',
  'on',
  'Tuesday',
  'Friday',
  'yesterday',
  'today',
  'last',
  'March',
  '10',
  '2026-03-10',
  '25 March 2025',
  '$412 million',
  '$421 million',
  '38',
  'thirty-eight',
  'Thirty-eight',
  'firefighter',
  'positions',
  '7-2',
  'seven votes to two',
  'more than 50',
  'dozens',
  'nearly 40 percent',
  '1.1 percent',
  '100 million yuan',
  '9,000',
  'US',
  "US'",
  "'90s",
  "rock 'n' roll",
  "don't",
  'it’s',
  'Engine',
  '9',
  'terminal',
  'ferry',
  'Skagen',
  'krone',
  'of',
  'and',
  'in',
  'who',
  'chairs',
  'the Finance Committee',
  'Riverton City Council',
  'Port of Skagen Authority',
  'FM',
  'MOFCOM',
];
const PAIRS: [string, string][] = [
  ['"', '"'],
  ['“', '”'],
  ['‘', '’'],
  ["'", "'"],
  ['«', '»'],
  ['« ', ' »'],
  ['»', '«'],
  ['‹', '›'],
  ['„', '“'],
  ['„', '”'],
  ['‚', '‘'],
  ['「', '」'],
  ['『', '』'],
  ['“', '“'],
  ['”', '”'],
  ['〝', '〞'],
  ['＂', '＂'],
  ['"', '”'],
  ['“', '"'],
];
export const MARKS = [
  '"',
  '“',
  '”',
  '‘',
  '’',
  "'",
  '«',
  '»',
  '‹',
  '›',
  '„',
  '‚',
  '「',
  '」',
  '『',
  '』',
  '〝',
  '〞',
  '＂',
  '`',
  '´',
  'ʼ',
];
const ASTRAL = [
  '🚒',
  '👩🏽‍🚒',
  '🏛️',
  '🇩🇰',
  '𝐀𝐁𝐂',
  '𠀀𠀁',
  '😀',
  '🫠',
  '🧑‍🤝‍🧑',
  '\u{1F600}\u{FE0F}',
  '𓀀',
  '🔥🔥🔥',
  '\u{E0041}',
  '\u{10FFFD}',
];
const RTL = [
  'مرحبا بالعالم',
  'قال الوزير',
  'שלום עולם',
  'אמר',
  '\u200f',
  '\u200e',
  '\u202b',
  '\u202c',
  '\u202e',
  '\u2067',
  '\u2069',
  'العدد ٤١٢',
  '٣٨',
];
const CJK = ['我们走', '北京', '他说', '。', '，', '：', '、', 'テスト', '한국어', '１２３', '一九年', '〜'];
const SPACES = [
  ' ',
  ' ',
  ' ',
  '  ',
  '\u00a0',
  '\t',
  '\u2003',
  '\u200b',
  '\ufeff',
  '\u3000',
  '\u2028',
  '\u2029',
  '\u0085',
  '\v',
  '\f',
  '\u00ad',
  '\u200d',
  '\0',
];
const BREAKS = ['\n', '\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\r\r', '\n\r\n', '\n  \n', '\r\n\n'];
const PUNCT = [
  ',',
  '.',
  ', ',
  '. ',
  ':',
  ';',
  '!',
  '?',
  '...',
  '…',
  '. . .',
  '. . . .',
  '[sic]',
  '[ sic ]',
  '[the council]',
  '[',
  ']',
  '—',
  '–',
  '-',
  '(',
  ')',
  '/',
  '&',
  '%',
  '$',
  '#',
  '@',
  '*',
  '_',
  '~',
];
const MARKDOWN = [
  '```\n',
  '```js\n',
  '~~~\n',
  '`',
  '``',
  '<!-- ',
  ' -->',
  '<!--',
  '-->',
  '[',
  '](http://x.test/a "t")',
  '](<a b>)',
  '# ',
  '## ',
  '\n# ',
  '> ',
  '\n> ',
  '- ',
  '\n- ',
  '* ',
  '1. ',
  '\n1) ',
  '| a | b |\n|---|---|\n| "c d e f" | g |\n',
  '*',
  '**',
  '_',
  '__',
  '\\',
  '\\"',
  '<br>',
  '<span title="x">',
  '</span>',
  '<div>\n',
  '</div>\n',
  '&amp;',
  '&quot;',
  '&#8220;',
  '&ldquo;',
  '[^1]',
  '\n[^1]: note "x y z"\n',
  '![alt "x"](i.png)',
  '<https://x.test>',
  '\n    indented "code" here\n',
  '\n---\n',
  '\n***\n',
  '\n[ref]: http://x "title"\n',
  '[text][ref]',
  '$$\n',
  '<?php ?>',
  '<![CDATA[ x ]]>',
  '\n===\n',
  '\n\t- item\n',
];

export const FRONT_MATTERS: string[] = [
  '',
  '',
  '---\ntitle: A draft\ndate: 2026-03-12\n---\n',
  '---\r\ntitle: CRLF front matter\r\ndate: 2024-05-16\r\n---\r\n',
  '---\ndate: 2026-03-12\n---\n',
  '---\ndate: [unclosed\n---\n',
  '---\n- a list\n- not a mapping\n---\n',
  '---\njust a scalar\n---\n',
  '---\ntitle: never closed\ndate: 2026-03-12\n',
  '---\n---\n',
  '---\ndate: 2026-13-45\n---\n',
  '---\ndate: 12 March 2026\n---\n',
  '---\ndate: 2026-03-12T10:00:00Z\n---\n',
  '---\ndate: 20260312\n---\n',
  '---\ndate:\n  nested: 2026-03-12\n---\n',
  '---\na: &x [*x]\n---\n',
  '---\nkey: "value with “quotes”"\ntitle: \'x\'\n---\n',
  '---\n\tbad: indentation\n  - and: more\n---\n',
  '---\ntitle: 🚒 emoji 𠀀\n---\n',
  '+++\ntitle = "toml"\n+++\n',
  '\n---\ntitle: not at the start\n---\n',
  '---  \ntitle: trailing spaces\n---  \n',
  '---\ntitle: no final break\n---',
  '\ufeff---\ntitle: BOM first\n---\n',
];

// ---------------------------------------------------------------------------------------------
// Helpers

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Does offset `i` fall between the two halves of a surrogate pair? */
export function splitsPair(text: string, i: number): boolean {
  return i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));
}

/** A lone surrogate anywhere in `s`? */
export function hasLoneSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isHigh(c)) {
      if (!isLow(s.charCodeAt(i + 1))) return true;
      i++;
    } else if (isLow(c)) return true;
  }
  return false;
}

/** `i` clamped into [0, len] and moved off the middle of a surrogate pair. */
export function safeOffset(text: string, i: number): number {
  i = Math.max(0, Math.min(text.length, i));
  return splitsPair(text, i) ? i - 1 : i;
}

export type Eol = 'keep' | 'lf' | 'crlf' | 'cr' | 'mixed';
/** Rewrites every line break (\r\n, \r, \n) in one style; 'mixed' cycles through the three. */
export function withEol(text: string, eol: Eol, salt = 0): string {
  if (eol === 'keep') return text;
  let k = salt;
  return text.replace(/\r\n|\r|\n/g, () =>
    eol === 'lf' ? '\n' : eol === 'crlf' ? '\r\n' : eol === 'cr' ? '\r' : ['\n', '\r\n', '\r'][k++ % 3],
  );
}

// ---------------------------------------------------------------------------------------------
// Arbitraries

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

/** A source sentence as it is, or with a word changed, dropped, added, or elided. */
export const sentence: fc.Arbitrary<string> = fc
  .tuple(
    pick(SOURCE_SENTENCES),
    fc.nat(40),
    pick(['same', 'same', 'change', 'drop', 'add', 'ellipsis', 'bracket', 'fragment', 'lower', 'nested']),
    pick(WORDS),
  )
  .map(([s, k, op, w]) => {
    const ws = s.split(' ');
    const i = k % ws.length;
    switch (op) {
      case 'change':
        ws[i] = w;
        break;
      case 'drop':
        ws.splice(i, 1);
        break;
      case 'add':
        ws.splice(i, 0, w);
        break;
      case 'ellipsis':
        ws.splice(i, Math.min(2, ws.length - i), '…');
        break;
      case 'bracket':
        ws.splice(i, 1, `[${w}]`);
        break;
      case 'fragment':
        return ws.slice(i).join(' ');
      case 'lower':
        return s[0].toLowerCase() + s.slice(1);
      case 'nested':
        ws.splice(i, 1, `‘${ws[i]}’`);
        break;
    }
    return ws.join(' ');
  });

/** A quotation with an attribution before it, after it, or none. */
export const quotation: fc.Arbitrary<string> = fc
  .tuple(pick(PAIRS), sentence, pick(NAMES), pick(VERBS), pick(TITLES), fc.nat(5), pick([',', '', '.']))
  .map(([[o, c], s, who, verb, title, form, p]) => {
    const q = `${o}${s.replace(/\.$/, p)}${c}`;
    switch (form) {
      case 0:
        return `${q} ${who} ${verb}.`;
      case 1:
        return `${q} ${verb} ${who}, ${title}.`;
      case 2:
        return `${who} ${verb}: ${q}`;
      case 3:
        return `${title} ${who} ${verb} ${q}.`;
      case 4:
        return q;
      default:
        return `${who}, ${title}, ${verb} ${q}`;
    }
  });

/** A line of tens of thousands of characters (a pasted table, a minified blob). */
const longLine = fc
  .tuple(pick(['word ', 'x', '"', '“a” ', '🚒', 'ab,cd ', '. ', '「」', ' ']), fc.integer({ min: 200, max: 6000 }))
  .map(([s, n]) => s.repeat(n));

/** Any valid string: all code points, graphemes, or soups of marks and spaces. */
const soup = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(...MARKS, ' ', '\n', 'a', 'b', '.', '…', '[', ']', '🚒', '\r'), maxLength: 60 }),
);

/** One piece of a draft. */
export const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: pick(WORDS) },
  { weight: 8, arbitrary: pick(SPACES) },
  { weight: 6, arbitrary: quotation },
  { weight: 5, arbitrary: pick(MARKS) },
  { weight: 3, arbitrary: pick(NAMES) },
  { weight: 2, arbitrary: pick(VERBS) },
  { weight: 2, arbitrary: pick(TITLES) },
  { weight: 4, arbitrary: pick(BREAKS) },
  { weight: 4, arbitrary: pick(PUNCT) },
  { weight: 2, arbitrary: pick(ASTRAL) },
  { weight: 2, arbitrary: pick(RTL) },
  { weight: 2, arbitrary: pick(CJK) },
  { weight: 3, arbitrary: pick(MARKDOWN) },
  { weight: 2, arbitrary: sentence },
  { weight: 2, arbitrary: soup },
  { weight: 1, arbitrary: longLine },
);

/** A random draft: front matter (good, bad or none), then pieces joined with or without spaces. */
export const randomDraft: fc.Arbitrary<string> = fc
  .tuple(pick(FRONT_MATTERS), fc.array(piece, { maxLength: 80 }), fc.boolean())
  .map(([fm, ps, spaced]) => fm + ps.join(spaced ? ' ' : ''));

type Mutation =
  | { op: 'insert'; at: number; text: string }
  | { op: 'delete'; at: number; len: number }
  | { op: 'mark'; at: number; mark: string }
  | { op: 'dup'; at: number; len: number }
  | { op: 'eol'; eol: Eol };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: piece }) },
  {
    weight: 3,
    arbitrary: fc.record({ op: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 40 }) }),
  },
  {
    weight: 4,
    arbitrary: fc.record({ op: fc.constant('mark' as const), at: fc.nat(), mark: pick([...MARKS, '', ' ']) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('dup' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 200 }) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('eol' as const), eol: pick<Eol>(['lf', 'crlf', 'cr', 'mixed']) }),
  },
);

/** Applies mutations; offsets are taken modulo the length and kept off surrogate-pair middles. */
export function mutate(text: string, ms: Mutation[]): string {
  for (const m of ms) {
    const at = safeOffset(text, text.length ? ('at' in m ? m.at : 0) % (text.length + 1) : 0);
    switch (m.op) {
      case 'insert':
        text = text.slice(0, at) + m.text + text.slice(at);
        break;
      case 'delete': {
        const e = safeOffset(text, at + m.len);
        text = text.slice(0, at) + text.slice(e);
        break;
      }
      case 'dup': {
        const e = safeOffset(text, at + m.len);
        text = text.slice(0, e) + text.slice(at, e) + text.slice(e);
        break;
      }
      case 'mark': {
        // Replace the nearest quotation mark at or after `at` (or insert one when there is none).
        let i = at;
        while (i < text.length && !MARKS.includes(text[i])) i++;
        text =
          i < text.length ? text.slice(0, i) + m.mark + text.slice(i + 1) : text.slice(0, at) + m.mark + text.slice(at);
        break;
      }
      case 'eol':
        text = withEol(text, m.eol, at);
        break;
    }
  }
  return text;
}

/** A real draft (examples, fuzz seeds) with random mutations. */
export const mutatedDraft: fc.Arbitrary<string> = fc
  .tuple(pick(SEED_DRAFTS), fc.array(mutation, { minLength: 1, maxLength: 12 }))
  .map(([d, ms]) => mutate(d, ms));

/** Any draft: random or mutated, in any line-break style. */
export const anyDraft: fc.Arbitrary<string> = fc
  .tuple(fc.oneof(randomDraft, mutatedDraft), pick<Eol>(['keep', 'keep', 'lf', 'crlf', 'cr', 'mixed']), fc.nat(2))
  .map(([d, eol, salt]) => withEol(d, eol, salt));

// ---------------------------------------------------------------------------------------------
// Corpora

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
