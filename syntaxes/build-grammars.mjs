// Source of the two grammars in this folder. The JSON files are generated from this file: edit here,
// then run `node syntaxes/build-grammars.mjs` (the grammar tests fail if the JSON files are stale).
// TextMate grammars have no regex variables, so the name, verb and mark patterns below are spliced into
// several rules; writing them once here keeps those rules in agreement.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// ---- building blocks (regex source strings) ----
const OPENERS = '“"„«「『';
const NW = String.raw`(?:\p{Lu}\.|\p{Lu}[\p{L}\p{M}'’\-]*[\p{L}\p{M}])`;            // a capitalized name word, or an initial "J."
const PARTICLE = String.raw`(?:(?:de|da|del|della|der|di|du|la|le|van|von|bin|ibn|al|el|dos|das|ten|ter)[ \t]+)`;
const NOT_NAME = String.raw`(?!(?:The|A|An|This|That|These|Those|It|Its|In|On|At|As|By|For|From|To|Of|But|And|Or|So|When|While|After|Before|Then|Yet|If|Also|Later|Earlier|However|Still|Meanwhile|Asked|Speaking|Last|Next|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)`;
const HONORIFIC = String.raw`(?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Capt|Rev)\.[ \t]+)`;
const NAME = String.raw`${NOT_NAME}${HONORIFIC}?${NW}(?:[ \t]+${PARTICLE}{0,2}${NW}){0,3}`;
const PRONOUN_CAP = String.raw`(?:He|She|They)`;
const PRONOUN_LOW = String.raw`(?:he|she|they)`;
const ROLE = String.raw`(?:[Tt]he|[Aa])[ \t]+spokes(?:person|woman|man)`;
const BOUNDARY = String.raw`(?<![\p{L}\p{M}\p{N}'’\-])`;
// Speaker as the subject of the verb ("Guo said", "he said") and after it ("said Guo", "said he").
const SPEAKER = String.raw`${BOUNDARY}(?:${ROLE}|${PRONOUN_CAP}|${PRONOUN_LOW}|${NAME})`;
const VERB = String.raw`(?:said|says|say|told|tells|added|adds|noted|notes|wrote|writes|stated|states|explained|explains|warned|warns|urged|urges|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|insisted|insists|argued|argues|acknowledged|acknowledges|asked|asks|replied|replies|recalled|recalls|called|calls|described|describes)(?![\p{L}\p{N}])`;
const ADV = String.raw`(?:(?:also|later|then|further|again|earlier|previously|separately|once|had|has|have)[ \t]+){0,2}`;
const AFTER_MARK = String.raw`(?<=[”"“»」』])[ \t]*,?[ \t]*`;
const QUOTE_AHEAD = String.raw`(?=[^${OPENERS}.!?]{0,60}?[,:]?[ \t]*[${OPENERS}])`;

const mark = (which) => ({ name: `punctuation.definition.quotation.${which}.verbatim` });
const q = (name, begin, end, nested) => ({
  name,
  begin, beginCaptures: { 0: mark('begin') },
  // Close on the matching mark, or at the end of the line if it never closes.
  end: `(${end})|$`, endCaptures: { 1: mark('end') },
  patterns: [...nested, { include: 'text.html.markdown#inline' }],
});
const DOUBLE = 'string.quoted.double.quotation.verbatim';
const NESTED = 'string.quoted.single.quotation.nested.verbatim';
const NESTED_STOP = String.raw`(?=[”"“»」』])`; // the outer quotation's closing mark also closes a nested one left open
const nested = (begin, end) => ({
  name: NESTED,
  begin, beginCaptures: { 0: mark('begin') },
  end: `(${end})|${NESTED_STOP}|$`, endCaptures: { 1: mark('end') },
  patterns: [{ include: 'text.html.markdown#inline' }],
});


const LABELS = String.raw`(?:Note|Notes|Update|Updated|Correction|Clarification|Editor|Source|Sources|Photo|Image|Caption|Credit|Credits|Related|Disclaimer|Warning|Tip|Example|Summary|Background|Context|Contact|Email|Phone|Date|Dateline|Location|By|Byline|Tags|Keywords|Category|Title|Headline|Subhead|Slug|Lede|Kicker|Deck|TK|TODO|FIXME|NB|PS|P\.S\.)`;
// A turn: the speaker's name and a colon at the start of a line (bare, or in Markdown bold), then the
// rest of the line.
const turnRule = (NAME, patterns) => {
  const speaker = { name: 'entity.name.speaker.turn.verbatim' }, colon = { name: 'punctuation.separator.turn.verbatim' }, bold = { name: 'punctuation.definition.bold.markdown' };
  return {
    name: 'meta.turn.verbatim',
    begin: String.raw`^(?:(\*\*|__)(${NAME})(?:[ \t]*(:)(\1)|(\1)[ \t]*(:))|(${NAME})[ \t]*(:))(?=\s)`,
    beginCaptures: { 1: bold, 2: speaker, 3: colon, 4: bold, 5: bold, 6: colon, 7: speaker, 8: colon },
    end: '$',
    patterns,
  };
};

const EXCLUDE = '-comment -markup.fenced_code -markup.inline.raw -markup.raw.block -meta.embedded -meta.tag -string.quoted.double.quotation.verbatim';

const injection = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'Verbatim quotations, attributions and transcript turns',
  scopeName: 'verbatim.injection',
  // Inside a Markdown paragraph the injection wins ties with Markdown's own inline rules (L:), so that
  // "**Guo:** …" reads as a turn; elsewhere in Markdown it ties normally, so that Markdown's paragraph
  // rule still opens at column 0 before a quotation or a name.
  injectionSelector: [
    `L:text.html.markdown meta.paragraph.markdown ${EXCLUDE}`,
    `text.html.markdown ${EXCLUDE}`,
    `L:text.plain -string.quoted.double.quotation.verbatim`,
  ].join(', '),
  patterns: [
    { include: '#turn' },
    { include: '#attribution-before' },
    { include: '#quotation' },
    { include: '#attribution-after' },
  ],
  repository: {
    quotation: {
      patterns: [
        { include: '#quotation-curly' },
        { include: '#quotation-low' },
        { include: '#quotation-straight' },
        { include: '#quotation-guillemets' },
        { include: '#quotation-corner' },
        { include: '#quotation-white-corner' },
      ],
    },
    'quotation-curly': q(DOUBLE, '“', '[”"]', [{ include: '#nested-single' }]),
    'quotation-low': q(DOUBLE, '„', '[“”"]', [{ include: '#nested-single' }]),
    // A straight mark opens only at the start of a word: after a space, an opening bracket, a dash,
    // a slash, a colon or Markdown emphasis, and before a non-space (never 5" or a stray mark).
    'quotation-straight': q(DOUBLE, String.raw`(?<![^\s(\[{—–\-/:*_>~])"(?=[^\s"])`, '"', [{ include: '#nested-single' }]),
    'quotation-guillemets': q(DOUBLE, '«', '»', [{ include: '#nested-single' }, { include: '#nested-curly' }]),
    'quotation-corner': q(DOUBLE, '「', '」', [{ include: '#nested-white-corner' }]),
    'quotation-white-corner': q(DOUBLE, '『', '』', [{ include: '#nested-single' }]),
    'nested-single': {
      patterns: [
        // ‘…’: opens at the start of a word, before a letter or digit (not ‘90s), when a closing ’ (after a non-space, not before a letter)
        // follows before the outer quotation closes.
        nested(String.raw`(?<![\p{L}\p{N}])‘(?!\d0s\b)(?=[\p{L}\p{N}])(?=[^”"“»」』]*?(?<=\S)’(?![\p{L}\p{N}]))`, String.raw`(?<=\S)’(?![\p{L}\p{N}])`),
        // '…': a straight mark only at the start of a word and before a letter, so China's, the US' move
        // and '90s never open one, and only when a closing mark follows before the outer quotation closes.
        nested(String.raw`(?<![^\s(\[{—–\-/:*_"“„«])'(?=\p{L})(?=[^”"“»」』]*?(?<=[^\s'])'(?![\p{L}\p{N}]))`, String.raw`(?<=\S)'(?![\p{L}\p{N}])`),
      ],
    },
    'nested-curly': { patterns: [nested('“', '”')] },
    'nested-white-corner': { patterns: [nested('『', '』')] },

    // "…," Guo said / "…," said Zhou Mi / "…," he added / "…", according to Bao
    'attribution-after': {
      patterns: [
        {
          match: String.raw`${AFTER_MARK}((${SPEAKER})[ \t]+${ADV}(${VERB})|(${VERB})[ \t]+(${SPEAKER})(?![\p{L}\p{N}])|([Aa]ccording[ \t]+to)[ \t]+(${SPEAKER})(?![\p{L}\p{N}]))`,
          captures: {
            1: { name: 'meta.attribution.verbatim' },
            2: { name: 'entity.name.speaker.verbatim' },
            3: { name: 'keyword.other.reporting-verb.verbatim' },
            4: { name: 'keyword.other.reporting-verb.verbatim' },
            5: { name: 'entity.name.speaker.verbatim' },
            6: { name: 'keyword.other.reporting-verb.verbatim' },
            7: { name: 'entity.name.speaker.verbatim' },
          },
        },
      ],
    },
    // Guo Jiakun said: "…" / Bao told the Global Times that "…" / According to Bao, "…"
    'attribution-before': {
      patterns: [
        {
          match: String.raw`((${SPEAKER})[ \t]+${ADV}(${VERB}))${QUOTE_AHEAD}`,
          captures: {
            1: { name: 'meta.attribution.verbatim' },
            2: { name: 'entity.name.speaker.verbatim' },
            3: { name: 'keyword.other.reporting-verb.verbatim' },
          },
        },
        {
          match: String.raw`(?<![\p{L}\p{N}])(([Aa]ccording[ \t]+to)[ \t]+(${SPEAKER}))(?=[ \t]*,[ \t]*[${OPENERS}])`,
          captures: {
            1: { name: 'meta.attribution.verbatim' },
            2: { name: 'keyword.other.reporting-verb.verbatim' },
            3: { name: 'entity.name.speaker.verbatim' },
          },
        },
      ],
    },
    // A transcript turn at the start of a line: "Guo Jiakun: …" (1–5 capitalized words, then a colon),
    // also "**Guo:** …" and "**Guo**: …". Common labels in drafts (Note:, Update:, TODO:) are not turns.
    turn: turnRule(String.raw`(?!${LABELS}[ \t]*(?:\*\*|__)?:)\p{Lu}[\p{L}\p{M}'’.\-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.\-]*){0,4}`, [{ include: 'text.html.markdown#inline' }]),
  },
};

const transcript = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'Verbatim transcript',
  scopeName: 'text.verbatim.transcript',
  patterns: [{ include: '#front-matter' }, { include: '#turn' }, { include: '#body' }],
  repository: {
    'front-matter': {
      // Only at the very start of the file, like Markdown front matter.
      begin: String.raw`\A(?=(-{3,})[ \t]*$)`,
      end: String.raw`^(?:\1|\.{3})[ \t]*$`,
      endCaptures: { 0: { name: 'punctuation.definition.frontmatter.end.verbatim' } },
      applyEndPatternLast: 1,
      name: 'meta.frontmatter.verbatim',
      patterns: [
        {
          begin: String.raw`\A(-{3,})[ \t]*$`,
          beginCaptures: { 1: { name: 'punctuation.definition.frontmatter.begin.verbatim' } },
          while: String.raw`^(?!(?:\1|\.{3})[ \t]*$)`,
          contentName: 'meta.embedded.block.frontmatter source.yaml',
          patterns: [{ include: 'source.yaml' }],
        },
      ],
    },
    // "Name: words" at the start of a line, the way the engine reads a transcript turn
    // (a capital, then up to 6 words of letters, apostrophes, periods and hyphens); "**Name:**" too.
    turn: turnRule(String.raw`\p{Lu}[\p{L}\p{M}'’.\-]*(?:[ \t]+[\p{L}\p{M}'’.\-]+){0,5}`, [{ include: '#body' }]),
    body: {
      patterns: [{ include: 'verbatim.injection#quotation' }, { include: 'text.html.markdown#inline' }],
    },
  },
};

/** The generated files: name → JSON text. */
export function build() {
  const json = (g) => JSON.stringify(g, null, 2) + '\n';
  return {
    'verbatim.injection.tmLanguage.json': json(injection),
    'verbatim-transcript.tmLanguage.json': json(transcript),
  };
}

const here = dirname(fileURLToPath(import.meta.url));
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [name, text] of Object.entries(build())) {
    const file = join(here, name);
    if (check) {
      let old = '';
      try { old = readFileSync(file, 'utf8'); } catch { /* missing */ }
      if (old !== text) { console.error(`syntaxes/${name} is stale: run node syntaxes/build-grammars.mjs`); stale++; }
    } else writeFileSync(file, text);
  }
  if (stale) process.exit(1);
}
