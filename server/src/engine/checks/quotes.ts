// The quotation checks: misattributed, altered, unverified.
import type { Confirmation, Finding, Fix, Span, WordDiff } from '../types';
import type { Corpus } from '../corpus/corpus';
import type { Statement } from '../corpus/documents';
import type { DraftQuote } from '../draft/analyze';
import { align, quoteItems, type Alignment, type QuoteItem } from './align';
import { compatible, describeSpeaker, judgeable, speakerName } from './speakers';
import { citationOf } from './citation';
import { tokensOf } from '../corpus/statement-tokens';
import type { Token } from '../text/tokens';
import { cachePerCorpus } from './corpus-cache';
import { FUNCTION_CAPS, genderOfFirstName, HONORIFIC_GENDER, isTitle } from '../draft/words';
import { REPORTING_VERBS } from '../text/reporting-verbs';
import { ellipsisParts, stitchedParts } from './stitched';

interface Match {
  st: Statement;
  al: Alignment;
}

export interface QuoteContext {
  text: string;
  corpus: Corpus;
  /** Whether a person's full name appears in the draft before an offset. */
  mentionedBefore: (name: string, offset: number) => boolean;
  reportUnverified: boolean;
}

export interface QuoteResult {
  findings: Finding[];
  confirmations: Confirmation[];
}

/** A quotation's candidate statements (those sharing most of its words) and the alignments worth reading. */
interface Found {
  sharing: Statement[];
  matches: Match[];
}

/**
 * Candidate statements and their alignments for a quotation's words, cached
 * per corpus version by the words (and gaps) alone: a re-check after a
 * keystroke aligns only the quotation that changed. An alignment that costs
 * more than a near match may (isNear) is not read to its end: nothing uses it.
 */
const matchCache = cachePerCorpus<Found>(4_000_000);
function matchesFor(corpus: Corpus, items: QuoteItem[]): Found {
  const cache = matchCache(corpus);
  const key = items.map((x) => (x.kind === 'word' ? x.norm : '\u2026')).join(' ');
  let found = cache.get(key);
  if (found) return found;
  const words = items.filter((x) => x.kind === 'word').map((w) => (w as { norm: string }).norm);
  const sharing = corpus.index.candidates(words, 16, (s) => s.speech);
  const matches: Match[] = [];
  // Where some statement has the words as they stand, only those are read (the rest cost more than nothing):
  // aligned, the others would not count.
  if (words.length === items.length)
    for (const st of sharing) {
      const al = hasRun(words, tokensOf(st)) ? alignIn(items, st, nearCost(words.length)) : undefined;
      if (al) matches.push({ st, al });
    }
  if (!matches.length)
    for (const st of sharing) {
      const al = alignIn(items, st, nearCost(words.length));
      if (al) matches.push({ st, al });
    }
  found = { sharing, matches };
  const cost = 2 * key.length + 100 + 8 * sharing.length;
  cache.set(
    key,
    found,
    matches.reduce((n, x) => n + 64 + 48 * x.al.diff.length, cost),
  );
  return found;
}

/**
 * Whether the words stand together, in order, in the tokens: exactly when a quotation of words alone (no gaps)
 * aligns at no cost.
 */
function hasRun(words: string[], tokens: Token[]): boolean {
  const n = words.length,
    first = words[0];
  for (let p = 0; p + n <= tokens.length; p++) {
    if (tokens[p].norm !== first) continue;
    let k = 1;
    while (k < n && tokens[p + k].norm === words[k]) k++;
    if (k === n) return true;
  }
  return false;
}

function alignIn(items: ReturnType<typeof quoteItems>, st: Statement, maxCost = Infinity): Alignment | undefined {
  const tokens = tokensOf(st);
  return align(items, tokens, 0, tokens.length, st.text, maxCost);
}

/** Source words for a fix, in the draft's style: its first letter's case, its inner quote marks. */
function restoredText(draftText: string, draftSpan: Span, st: Statement, al: Alignment): string {
  const tokens = tokensOf(st);
  let s = st.text.slice(tokens[al.from].start, tokens[al.to - 1].end);
  const curly = /[“”]/.test(draftText.slice(Math.max(0, draftSpan.start - 1), draftSpan.end + 1));
  s = s.replace(/[“"](?=\S)/g, curly ? '‘' : "'").replace(/(?<=\S)[”"]/g, curly ? '’' : "'");
  const d0 = draftText[draftSpan.start],
    s0 = s[0];
  const firstWord = /^\S+/.exec(s)?.[0] ?? '';
  if (d0 && s0 && firstWord !== firstWord.toUpperCase()) {
    if (d0 === d0.toLowerCase() && d0 !== d0.toUpperCase()) s = s0.toLowerCase() + s.slice(1);
    else if (d0 === d0.toUpperCase() && d0 !== d0.toLowerCase()) s = s0.toUpperCase() + s.slice(1);
  }
  return s;
}

/** The differences in words: runs of added, dropped and changed words, in order. */
export function describeDiff(diff: WordDiff[]): string {
  const parts: string[] = [];
  for (let i = 0; i < diff.length;) {
    const op = diff[i].op;
    let j = i;
    while (j < diff.length && diff[j].op === op) j++;
    const run = diff.slice(i, j);
    const draft = run.map((d) => d.draft).join(' '),
      source = run.map((d) => d.source).join(' ');
    if (op === 'changed') parts.push(`"${source}" became "${draft}"`);
    else if (op === 'added') parts.push(`"${draft}" added`);
    else if (op === 'dropped') parts.push(`"${source}" left out`);
    i = j;
  }
  return parts.slice(0, 5).join(', ') + (parts.length > 5 ? `, and ${parts.length - 5} more` : '');
}

export function checkQuote(q: DraftQuote, ctx: QuoteContext): QuoteResult {
  const { text, corpus } = ctx;
  const res: QuoteResult = { findings: [], confirmations: [] };
  const items = quoteItems(text, q.span);
  const wordItems = items.filter((x) => x.kind === 'word');
  const n = wordItems.length;
  if (!n) return res;
  const ref = q.attribution?.ref;
  const wordsSpan: Span = { start: wordItems[0].start, end: wordItems[n - 1].end };
  // The title of a work or a slogan is nobody's statement: nothing to verify.
  if (q.kind === 'title') return res;

  if (n <= 3) {
    // Scare quotes and short fragments: fine if the words appear anywhere in the corpus.
    const words = wordItems.map((w) => w.norm);
    for (const st of corpus.index.candidates(words, 50)) {
      // (without gaps, only a statement with the words together aligns at no cost)
      if (n === items.length && !hasRun(words, tokensOf(st))) continue;
      const al = alignIn(items, st);
      if (al && al.cost === 0) {
        res.confirmations.push({
          kind: 'quote',
          span: q.span,
          message: `Appears in ${describeSpeaker(st)}'s words`,
          citation: citationOf(st, al),
        });
        return res;
      }
    }
    if (n >= 2 && q.attribution && ctx.reportUnverified) {
      res.findings.push({
        code: 'quote.unverified',
        severity: 'warning',
        span: wordsSpan,
        fixes: [],
        message: `No source has the words "${text.slice(wordsSpan.start, wordsSpan.end)}".`,
      });
    }
    return res;
  }

  const { sharing, matches } = matchesFor(corpus, items);
  const verbatim = matches.filter((m) => m.al.cost === 0);
  const canJudge = judgeable(ref);
  if (verbatim.length) {
    const own = canJudge ? verbatim.find((m) => compatible(ref!, m.st)) : verbatim[0];
    if (own) {
      res.confirmations.push({
        kind: 'quote',
        span: q.span,
        message: `Verbatim: ${describeSpeaker(own.st)}`,
        citation: citationOf(own.st, own.al),
      });
      return res;
    }
    // Whose words these are: the narrowest statement that has them, so a quotation inside a release's
    // paragraph is its speaker's, not the organization's that issued the release.
    const size = (m: (typeof verbatim)[number]) => m.st.span.end - m.st.span.start;
    const other = verbatim.filter((m) => m.st.speaker).sort((a, b) => size(a) - size(b))[0] ?? verbatim[0];
    res.findings.push(misattributed(q, other, ctx));
    return res;
  }
  const near = matches
    .filter((m) => isNear(m.al, n))
    .sort((a, b) => a.al.cost - b.al.cost || b.al.matched - a.al.matched);
  if (near.length) {
    const own = canJudge ? near.find((m) => compatible(ref!, m.st)) : near[0];
    const best = own ?? near[0];
    const restored = restoredText(text, wordsSpan, best.st, best.al);
    const fixes: Fix[] = [
      { title: `Restore the source's words: "${clip(restored)}"`, edits: [{ span: wordsSpan, newText: restored }] },
    ];
    const notOwn = !own && canJudge && !!(best.st.person || best.st.speaker);
    const fix = notOwn && q.attribution ? speakerFix(q, best.st, ctx) : undefined;
    if (fix) fixes.push(fix);
    res.findings.push({
      code: 'quote.altered',
      severity: 'error',
      span: wordsSpan,
      fixes,
      diff: best.al.diff,
      citation: citationOf(best.st, best.al),
      message:
        `Quotation differs from the words of ${describeSpeaker(best.st)}` +
        `${best.st.date ? ` on ${best.st.date}` : ''}: ` +
        `${describeDiff(best.al.diff)}.` +
        (notOwn
          ? ` The source gives these words to ${describeSpeaker(best.st).replace(/ \(.*\)$/, '')}, not to the ` +
            `speaker named here.`
          : ''),
    });
    return res;
  }
  const find = (part: QuoteItem[]) => matchesFor(corpus, part).matches;
  const joined = ellipsisParts(items, find);
  if (joined && (!canJudge || compatible(ref!, joined[0].st))) {
    const message = `Verbatim in parts: ${describeSpeaker(joined[0].st)}`;
    res.confirmations.push({ kind: 'quote', span: q.span, message, citation: citationOf(joined[0].st, joined[0].al) });
    return res;
  }
  const stitched = stitchedParts(items, sharing, find);
  if (stitched) {
    const { first, second, join } = stitched;
    const gap = { start: items[join - 1].end, end: items[join].start };
    res.findings.push({
      code: 'quote.altered',
      severity: 'error',
      span: wordsSpan,
      citation: citationOf(first.st, first.al),
      message:
        `Quotation joins two separate passages of ${describeSpeaker(first.st)}'s words without an ellipsis: ` +
        `"${clip(text.slice(wordsSpan.start, gap.start))}" and "${clip(text.slice(gap.end, wordsSpan.end))}".`,
      fixes: [{ title: 'Mark the omission with an ellipsis', edits: [{ span: gap, newText: ' ... ' }] }],
    });
    if (canJudge && !compatible(ref!, second.st)) res.findings[res.findings.length - 1].fixes = [];
    return res;
  }
  if (ctx.reportUnverified)
    res.findings.push({
      code: 'quote.unverified',
      severity: 'warning',
      span: wordsSpan,
      fixes: [],
      message:
        `No source supports this ` +
        `quotation${ref && judgeable(ref) ? ` from ${refName(ref)}` : ' (speaker not found in the draft)'}.`,
    });
  return res;
}

/** The most an alignment of `n` words may cost and still be near. */
const nearCost = (n: number) => Math.max(2, n * 0.5);

function isNear(al: Alignment, n: number): boolean {
  return al.matched >= Math.max(3, Math.ceil(n * 0.6)) && al.cost <= nearCost(n);
}

function refName(ref: NonNullable<DraftQuote['attribution']>['ref']): string {
  switch (ref.kind) {
    case 'person':
      return ref.person.name;
    case 'org':
      return ref.org;
    case 'role':
      return `a ${ref.role}${ref.org ? ` for ${ref.org}` : ''}`;
    case 'unknown':
      return ref.name;
  }
}

function clip(s: string) {
  return s.length > 60 ? s.slice(0, 57) + '…' : s;
}

/**
 * Where the words naming a speaker start when the draft puts titles right before the name ("said Councilwoman Marti
 * Emerald", "council member Bill Spelman"): the fix replaces them with the name, since the right speaker's title is
 * another. Undefined when other capitalized words come first ("Port Authority Chairwoman …", "Acme's Jo Li": an
 * organization the right speaker may not belong to), so no fix is offered.
 */
const BEFORE_NAME = new RegExp(`^(?:${REPORTING_VERBS}|by|to|and|with|from|as|per|says|tells|that)$`);

function namingStart(text: string, start: number): number | undefined {
  let at = start;
  for (let k = 0; k < 4; k++) {
    const m = /([\p{L}\p{M}’'-]+)(\.?)\s+$/u.exec(text.slice(Math.max(0, at - 40), at));
    if (!m) return at;
    const low = m[1].toLowerCase();
    if (isTitle(low) || low in HONORIFIC_GENDER) {
      at -= m[0].length;
      continue;
    }
    // A capitalized word that is no title and no sentence's first word ("Also"): part of an organization's name.
    if (/^\p{Lu}/u.test(m[1])) return FUNCTION_CAPS.has(low) ? at : undefined;
    // A lower-case word: the reporting verb or a preposition ("said", "according to"), or a word of the title
    // itself ("city council member"), which a fix would leave dangling.
    return BEFORE_NAME.test(low) ? at : undefined;
  }
  return undefined;
}

function speakerFix(q: DraftQuote, st: Statement, ctx: QuoteContext): Fix | undefined {
  // A quotation that continues an earlier speaker names them elsewhere: editing there would change other quotations.
  if (q.attribution!.how === 'continued') return undefined;
  const from = namingStart(ctx.text, q.attribution!.span.start);
  if (from === undefined) return undefined;
  const at = { start: from, end: q.attribution!.span.end };
  const written = ctx.text.slice(at.start, at.end);
  const ref = q.attribution!.ref;
  let name = speakerName(
    st,
    written,
    // (a person the corpus has no record of is introduced by their full name in the draft's words)
    (n) => ctx.mentionedBefore(n, at.start) || ctx.text.lastIndexOf(n, at.start) >= 0,
    ref.kind === 'person' ? ref.person.name : undefined,
    (surname) => fullNameIn(ctx.text, surname),
  );
  // The right speaker shares the short form the draft wrote ("Nair" for Priya, meant for Sunil): name them in full.
  if (name === written && st.person) name = st.person.name;
  // Keep a capital at the start of a sentence.
  if (/^\p{Lu}/u.test(written) && /^\p{Ll}/u.test(name)) name = name[0].toUpperCase() + name.slice(1);
  else if (/^\p{Ll}/u.test(written) && /^(A|The)\s/.test(name)) name = name[0].toLowerCase() + name.slice(1);
  if (name === written || !(st.person || st.speaker)) return undefined; // nothing better to write
  return { title: `Attribute to ${describeSpeaker(st).replace(/ \(.*\)$/, '')}`, edits: [{ span: at, newText: name }] };
}

/** A person's name the draft gives in full ("Kevin Faulconer") for a surname, when it gives exactly one. */
function fullNameIn(text: string, surname: string): string | undefined {
  const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const names = new Set<string>();
  for (const m of text.matchAll(
    new RegExp(`(?:\\p{Lu}[\\p{L}\\p{M}’'.-]*\\s+){1,2}${escaped}(?![\\p{L}\\p{M}])`, 'gu'),
  ))
    names.add(m[0].replace(/\s+/g, ' '));
  // The given name and the surname: a title before them ("Councilman Kevin Faulconer") is not part of the name, and
  // the word before the surname must be a known given name ("Then Faulconer", "Mayor Faulconer" are not names).
  const full = new Set(
    [...names]
      .map((n) => n.split(' ').slice(-2))
      .filter(([first]) => !!genderOfFirstName(first))
      .map((w) => w.join(' ')),
  );
  return full.size === 1 ? [...full][0] : undefined;
}

function misattributed(q: DraftQuote, m: Match, ctx: QuoteContext): Finding {
  const ref = q.attribution!.ref;
  return {
    code: 'quote.misattributed',
    severity: 'error',
    span: q.span,
    fixes: [speakerFix(q, m.st, ctx)].filter((f): f is Fix => !!f),
    citation: citationOf(m.st, m.al),
    message: `Said by ${describeSpeaker(m.st)}${m.st.date ? ` on ${m.st.date}` : ''}, not by ${refName(ref)}.`,
  };
}
