// The hostile shapes of issue #12: inputs a hurried newsroom produces (a pasted spreadsheet, an
// all-caps paragraph, a budget list of two thousand figures, a corpus folder that is a git
// checkout) that once hung or crashed the checker. Each builds a text of about `bytes`; the same
// shapes serve as drafts, as corpus sources and (written to files) as CLI input. The words are
// made up for these tests.

export interface HostileShape {
  name: string;
  /** Who fixes the hot spot the shape hits, when it is not the reading/CLI half of #12. */
  owner?: 'attribution' | 'facts';
  /** Markdown text of about `bytes` characters (some shapes cannot reach 1 MB sensibly and cap themselves). */
  build(bytes: number): string;
}

/** `unit` repeated to about `bytes` characters. */
export const repeatTo = (unit: string, bytes: number) => unit.repeat(Math.max(1, Math.floor(bytes / unit.length)));

const LEAD = 'The harbour board met on Tuesday.\n\n';

export const HOSTILE_SHAPES: HostileShape[] = [
  { name: 'a run of spaces inside a paragraph', build: (n) => `${LEAD}Ships${' '.repeat(n)}docked late.\n` },
  {
    name: 'a run of spaces ending a paragraph line',
    build: (n) => `${LEAD}Ships docked late.${' '.repeat(n)}\nThen they left.\n`,
  },
  {
    name: 'a run of spaces in a front-matter value',
    build: (n) => `---\ntitle: Ferry${' '.repeat(n)}times\n---\n${LEAD}\n`,
  },
  {
    name: 'a run of tabs in a front-matter value',
    build: (n) => `---\ntitle: Ferry${'\t'.repeat(n)}x\n---\n${LEAD}\n`,
  },
  {
    name: 'many short quotations in one paragraph',
    owner: 'attribution',
    build: (n) => `${LEAD}${repeatTo('"ok" ', n)}\n`,
  },
  {
    name: "an unclosed single quote repeated ('a )",
    owner: 'attribution',
    build: (n) => `${LEAD}${repeatTo("'a ", n)}\n`,
  },
  { name: 'capitalized words repeated (Aaa )', owner: 'attribution', build: (n) => `${LEAD}${repeatTo('Aaa ', n)}\n` },
  { name: 'one all-caps word', owner: 'attribution', build: (n) => `${LEAD}${'Q'.repeat(n)}\n` },
  { name: '"the ministry" repeated', owner: 'attribution', build: (n) => `${LEAD}${repeatTo('the ministry ', n)}\n` },
  {
    name: 'a figure of commas (1,1,1,…)',
    owner: 'facts',
    build: (n) => `${LEAD}It cost ${repeatTo('1,', n)}1 crowns.\n`,
  },
  { name: '"$1 " repeated', owner: 'facts', build: (n) => `${LEAD}${repeatTo('$1 ', n)}\n` },
  {
    name: 'two thousand figures in one sentence',
    owner: 'facts',
    build: (n) =>
      `${LEAD}The budget lists ` +
      `${Array.from({ length: Math.min(20_000, Math.floor(n / 12)) }, (_, i) => `${i + 3} boats`).join(', ')}.\n`,
  },
  {
    name: 'a 400-digit figure',
    owner: 'facts',
    build: () => `${LEAD}The port installed ${'9'.repeat(400)} lamp posts, and 12 cranes.\n`,
  },
  {
    name: 'lines ending in a bare CR, each with a quotation',
    build: (n) => repeatTo('Berg said "the tide was high" today.\r', n),
  },
  { name: 'a run of *', build: (n) => `${LEAD}${'*'.repeat(Math.min(n, 200_000))}\n` },
  { name: 'a run of [', build: (n) => `${LEAD}${'['.repeat(Math.min(n, 200_000))}\n` },
  { name: 'alternating * and _ around words', build: (n) => `${LEAD}${repeatTo('*a _b ', Math.min(n, 200_000))}\n` },
  { name: 'a run of backticks', build: (n) => `${LEAD}${repeatTo('`a ', Math.min(n, 200_000))}\n` },
  { name: 'blank lines', build: (n) => `${LEAD}\n${'\n'.repeat(n)}"We sail at dawn," Berg said.\n` },
  { name: '5,000 nested block quotes', build: (n) => `${'>'.repeat(Math.min(5_000, n))} "Deep words," Berg said.\n` },
  { name: '5,000 nested list items', build: (n) => `${'- '.repeat(Math.min(5_000, n))}"Deep words," Berg said.\n` },
  {
    name: 'nested list items, one a line',
    build: (n) =>
      Array.from({ length: Math.min(5_000, Math.floor(n / 400)) }, (_, i) => `${'  '.repeat(i)}- item\n`).join(''),
  },
  { name: 'an unclosed HTML comment', build: (n) => `${LEAD}<!-- ${repeatTo('note ', n)}\n` },
  { name: 'many HTML comment openers', build: (n) => repeatTo('<!-- a\n\n', n) },
  { name: 'an unclosed code fence', build: (n) => `${LEAD}\n\n\`\`\`\n${repeatTo('code line\n', n)}` },
  { name: 'one very long line without spaces', build: (n) => `${LEAD}${repeatTo('abcdefghij', n)}\n` },
  {
    name: 'a pasted table of numbers',
    owner: 'facts',
    build: (n) => repeatTo('| 12 | 3.5% | $4,000 | 2025-01-02 |\n', n),
  },
];
