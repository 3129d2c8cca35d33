// fact.title: a person's title, role or organization, said around the name,
// that disagrees with people.yaml and the roles the corpus gives that person.
// A fair short form ("a spokesperson for the Chinese Foreign Ministry", "of
// Renmin University", "who chairs the Finance Committee") agrees.
import type { Citation, Confirmation, Finding, Span } from '../types';
import { cited } from './citation';
import type { Corpus } from '../corpus/corpus';
import type { Person } from '../corpus/people';
import type { FactContext } from './fact-context';
import { orgKeys } from '../corpus/orgs';
import { definedAcronyms } from '../draft/mentions';
import { normalizeWord, stem } from '../text/tokens';

export const TITLE_WORDS = new Set(
  (
    'president vice chair chairman chairwoman chairperson director dean head chief officer minister secretary ' +
    'spokesperson spokesman spokeswoman mayor governor senator ' +
    'representative member fellow professor researcher expert analyst economist editor reporter correspondent ' +
    'ambassador consul commissioner manager executive founder treasurer ' +
    'lawyer attorney judge justice adviser advisor lecturer scientist engineer captain commander general colonel ' +
    'superintendent principal coordinator administrator master leader ' +
    'deputy assistant associate partner owner ceo cfo coo cto chancellor provost rector premier councillor ' +
    'councilor alderman trustee clerk auditor inspector sheriff prosecutor ' +
    'strategist consultant specialist official councilmember chairs heads leads directs runs manages'
  ).split(' '),
);
const FILLER = new Set([
  'a',
  'an',
  'the',
  'of',
  'at',
  'for',
  'in',
  'and',
  'on',
  'with',
  'to',
  'who',
  'is',
  'serves',
  'as',
  "'s",
  's',
  // "the firm's president", "the company's chief executive": the organization said generically.
  'firm',
  'company',
  'agency',
  'organization',
  'organisation',
  'group',
]);
const VERB_NOUN: Record<string, string> = {
  chairs: 'chair',
  heads: 'head',
  leads: 'lead',
  directs: 'director',
  runs: 'run',
  manages: 'manager',
};

function words(s: string): string[] {
  return s
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => {
      const n = normalizeWord(w);
      return VERB_NOUN[n] ?? n;
    })
    .filter((w) => !FILLER.has(w));
}

function knownWords(p: Person, acronyms: Map<string, string>): Set<string> {
  const out = new Set<string>();
  for (const r of p.roles) {
    for (const w of words(`${r.title ?? ''} ${r.organization ?? ''}`)) {
      out.add(w);
      out.add(stem(w));
    }
    if (r.organization) for (const k of orgKeys(r.organization)) if (!k.includes(' ')) out.add(k);
  }
  for (const [acr, full] of acronyms)
    if (words(full).every((w) => out.has(w) || out.has(stem(w)))) out.add(acr.toLowerCase());
  // Common equivalents.
  if (out.has('chair')) {
    out.add('chairman');
    out.add('chairwoman');
    out.add('chairperson');
  }
  if (out.has('spokesperson')) {
    out.add('spokesman');
    out.add('spokeswoman');
  }
  return out;
}

const has = (known: Set<string>, w: string) => known.has(w) || known.has(stem(w));

interface Phrase {
  span: Span;
  text: string;
  prefix: boolean;
}

/** " of the Ccc Ministry" after a name: the organization a title belongs to. */
const OF_ORGANIZATION = new RegExp(
  String.raw`^\s+of\s+((?:the\s+)?\p{Lu}[^,.;:"“”()]{2,100}?)(?=,|\.(?:\s|$)|;|\s+(?:said|told|says|wrote|added` +
    String.raw`|noted|who` +
    String.raw`|which|that|whose|where)\b)`,
  'u',
);

/** Title phrases said with a mention: an appositive after it, "of ORG" after it, or a title before it. */
function phrasesAround(text: string, m: Span, block: Span): Phrase[] {
  const out: Phrase[] = [];
  // Only this paragraph's words, up to a blanked quotation or code span (three or more spaces).
  let after = text.slice(m.end, Math.min(m.end + 200, block.end));
  const gap = /\s{3,}|\r?\n[ \t]*\r?\n/.exec(after);
  if (gap) after = after.slice(0, gap.index);
  // An appositive ends at a relative clause ("…, the union's president who led the strike, …" keeps only the title).
  const app =
    /^,\s+((?:a|an|the)\s+)?([^,.;:"“”()]{2,140}?)(?=,|\.(?:\s|$)|;|\s+(?:who|which|that|whose|where)\s|$)/.exec(after);
  if (app) {
    const body = app[2];
    const first = words(body)[0];
    const isTitle =
      /^who\s+(?:chairs|heads|leads|directs|runs|manages|serves as)\b/i.test(body) ||
      (!/^who\b|^\d|^whose\b|^which\b/i.test(body) && words(body).some((w) => TITLE_WORDS.has(w)) && !!first);
    if (isTitle) {
      const at = m.end + app[0].indexOf(body);
      out.push({ span: { start: at, end: at + body.length }, text: body, prefix: false });
    }
  }
  const of = OF_ORGANIZATION.exec(after);
  if (of) {
    const at = m.end + of[0].indexOf(of[1]);
    out.push({ span: { start: at, end: at + of[1].length }, text: of[1], prefix: false });
  }
  // Before the name: "Foreign Ministry spokesperson", "Mayor", "Council member".
  let before = text.slice(Math.max(block.start, m.start - 80), m.start);
  const stop = Math.max(...[...'.!?;:,\n"“”()'].map((c) => before.lastIndexOf(c)));
  if (stop >= 0) before = before.slice(stop + 1);
  if (/\s{2,}\S/.test(before)) before = before.slice(before.search(/\s{2,}\S+\s*$/) + 1);
  const pre = /((?:(?:\p{Lu}[\p{L}'’.-]*|[a-z]+)\s+){1,5})$/u.exec(before);
  if (pre) {
    const toks = pre[1].trim().split(/\s+/);
    // Keep the trailing run of capitalized words and title words.
    let k = toks.length;
    while (k > 0 && (/^\p{Lu}/u.test(toks[k - 1]) || TITLE_WORDS.has(toks[k - 1].toLowerCase()))) k--;
    const run = toks
      .slice(k)
      .filter((w, i, a) => !(i === 0 && /^(The|A|An|On|In|At|By|And|But)$/.test(w)) || a.length === 1);
    if (run.length && run.some((w) => TITLE_WORDS.has(w.toLowerCase()))) {
      const phrase = run.join(' ');
      const idx = before.lastIndexOf(phrase);
      const at = m.start - (before.length - idx);
      if (idx >= 0) out.push({ span: { start: at, end: at + phrase.length }, text: phrase, prefix: true });
    }
  }
  return out;
}

/** Known people whose full name ends a capitalized run read as one name ("Board Treasurer Gordon Pryce"). */
function namesEndingRuns(corpus: Corpus, ctx: FactContext): { span: Span; ref: { kind: 'person'; person: Person } }[] {
  const out: { span: Span; ref: { kind: 'person'; person: Person } }[] = [];
  for (const m of ctx.reading.mentions) {
    if (m.ref.kind === 'person') continue;
    const written = ctx.text.slice(m.span.start, m.span.end);
    for (const k of [3, 2]) {
      const tail = /(?:\S+\s+){2,}/.test(written) ? new RegExp(`(?:\\S+\\s+){${k - 1}}\\S+$`).exec(written) : null;
      if (!tail || tail.index === 0) continue;
      const found = corpus.people.lookup(tail[0]).filter((p) => p.name.toLowerCase() === tail[0].toLowerCase());
      if (found.length !== 1) continue;
      const span = { start: m.span.start + tail.index, end: m.span.end };
      out.push({ span, ref: { kind: 'person', person: found[0] } });
      break;
    }
  }
  return out;
}

/** The wrong words of a title before a name, replaced by the title's short form in the draft's capitals. */
function prefixFix(
  _text: string,
  ph: Phrase,
  known: Set<string>,
  title: string,
): { span: Span; newText: string } | undefined {
  const short = title.split(/\s+(?:of|at|for)\s+/)[0].trim();
  if (!short) return undefined;
  // From the first wrong word to the end of the phrase ("Deputy Chief" -> "Fire Chief";
  // "Board Treasurer" -> "Board Vice Chair").
  let first = -1;
  const kept: string[] = [];
  for (const m of ph.text.matchAll(/[\p{L}’'.-]+/gu)) {
    const w = normalizeWord(m[0].replace(/[’']s$/, ''));
    if (FILLER.has(w) || has(known, VERB_NOUN[w] ?? w)) {
      if (first < 0) kept.push(w);
      continue;
    }
    if (first < 0) first = m.index!;
  }
  if (first < 0) return undefined;
  const last = ph.text.length;
  const written = ph.text.slice(first, last);
  // Words the draft keeps before the replaced part are not written twice ("Fire" + "fire chief").
  let shortWords = short.split(/\s+/);
  if (kept.length && shortWords.length > 1 && normalizeWord(shortWords[0]) === kept[kept.length - 1]) {
    shortWords = shortWords.slice(1);
  }
  const capitals = /^\p{Lu}/u.test(written);
  const shortText = shortWords.join(' ');
  const titleCase = (t: string) => t.replace(/(^|\s)(\p{Ll})/gu, (_, a: string, c: string) => a + c.toUpperCase());
  const newText = capitals ? titleCase(shortText) : shortText;
  if (newText.toLowerCase() === written.toLowerCase()) return undefined;
  return { span: { start: ph.span.start + first, end: ph.span.start + last }, newText };
}

function describeRoles(p: Person): string {
  return p.roles.map((r) => [r.title, r.organization].filter(Boolean).join(', ')).join('; ');
}

/** The corpus passage that gives a person's role: the role sharing most words with the draft's phrase. */
function roleCitation(p: Person, phraseWords: string[]): Citation | undefined {
  const scored = p.roles
    .filter((r) => r.source)
    .map((r) => {
      const rw = new Set(words(`${r.title ?? ''} ${r.organization ?? ''}`));
      return { r, n: phraseWords.filter((w) => rw.has(w)).length };
    })
    .sort((a, b) => b.n - a.n);
  const best = scored[0]?.r;
  if (!best?.source) return undefined;
  const { doc, span } = best.source;
  return cited(doc, span, doc.text.slice(span.start, span.end).trim(), {
    speaker: p.name,
    role: best.title,
    organization: best.organization,
    date: doc.kind === 'people' ? undefined : doc.date,
  });
}

export function checkTitles(corpus: Corpus, ctx: FactContext): { findings: Finding[]; confirmations: Confirmation[] } {
  const findings: Finding[] = [],
    confirmations: Confirmation[] = [];
  const text = ctx.reading.outside;
  const acronyms = definedAcronyms(text);
  const seen = new Set<number>();
  for (const m of [...ctx.reading.mentions, ...namesEndingRuns(corpus, ctx)]) {
    if (m.ref.kind !== 'person' || !m.ref.person.roles.length) continue;
    const p = m.ref.person;
    const known = knownWords(p, acronyms);
    const block = ctx.prose.blocks.find((b) => b.start <= m.span.start && m.span.end <= b.end);
    if (!block) continue;
    for (const ph of phrasesAround(text, m.span, block)) {
      if (seen.has(ph.span.start)) continue;
      seen.add(ph.span.start);
      const ws = words(ph.text);
      if (!ws.length) continue;
      const missing = ws.filter((w) => !has(known, w));
      const role = p.roles.find((r) => r.title) ?? p.roles[0];
      const cite = roleCitation(p, ws);
      if (!missing.length) {
        if (cite)
          confirmations.push({
            kind: 'fact',
            span: ph.span,
            message: `${p.name}: ${describeRoles(p)}`,
            citation: cite,
          });
        continue;
      }
      // Split "TITLE at|of|for ORG" where the organization part agrees, so the fix replaces only the title.
      let titleSpan = ph.span,
        newText = role.title ?? '';
      const split = /\s+(?:at|of|for|with)\s+/g;
      let sm: RegExpExecArray | null, orgFix: { span: Span; newText: string } | undefined;
      while ((sm = split.exec(ph.text))) {
        const titlePart = ph.text.slice(0, sm.index),
          orgPart = ph.text.slice(sm.index + sm[0].length);
        if (words(orgPart).every((w) => has(known, w))) {
          titleSpan = { start: ph.span.start, end: ph.span.start + sm.index };
          break;
        }
        // The title agrees and the organization does not: replace the organization ("president of the Riders Union").
        const said = words(titlePart);
        const own = p.roles.find((r) => {
          const rt = words(r.title ?? '');
          return r.organization && said.length && said.every((w) => rt.includes(w) || rt.includes(stem(w)));
        });
        if (own?.organization) {
          const at = ph.span.start + sm.index + sm[0].length;
          const lead = /^(?:the\s+)/i.exec(orgPart)?.[0].length ?? 0;
          orgFix = { span: { start: at + lead, end: ph.span.end }, newText: own.organization };
          break;
        }
      }
      if (orgFix) {
        findings.push({
          code: 'fact.title',
          severity: 'error',
          confidence: 0.8,
          span: ph.span,
          message:
            `The sources give ${p.name} as ${describeRoles(p)}; the draft says ` +
            `"${ctx.text.slice(ph.span.start, ph.span.end)}".`,
          citation: cite,
          fixes: [{ title: `Change to "${orgFix.newText}"`, edits: [orgFix] }],
        });
        continue;
      }
      if (ph.prefix) {
        // A title before the name: its wrong words replaced by the short title ("Board Treasurer" -> "Board Vice
        // Chair").
        const fix = prefixFix(ctx.text, ph, known, role.title ?? '');
        if (fix) {
          findings.push({
            code: 'fact.title',
            severity: 'error',
            confidence: 0.8,
            span: fix.span,
            message:
              `The sources give ${p.name} as ${describeRoles(p)}; the draft says ` +
              `"${ctx.text.slice(ph.span.start, ph.span.end)}".`,
            citation: cite,
            fixes: [{ title: `Change to "${fix.newText}"`, edits: [fix] }],
          });
          continue;
        }
      }
      const titleText = ctx.text.slice(titleSpan.start, titleSpan.end);
      const article = /^(?:a|an|the)\s+/i.exec(titleText);
      if (article) titleSpan = { start: titleSpan.start + article[0].length, end: titleSpan.end };
      if (ph.prefix) newText = /^\p{Lu}/u.test(ph.text) ? newText.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) : newText;
      if (!newText) continue;
      findings.push({
        code: 'fact.title',
        severity: 'error',
        confidence: 0.8,
        span: titleSpan,
        message:
          `The sources give ${p.name} as ` +
          `${p.roles.map((r) => [r.title, r.organization].filter(Boolean).join(' at ')).join('; ')}; the draft ` +
          `says "${ctx.text.slice(ph.span.start, ph.span.end)}".`,
        citation: cite,
        fixes: [{ title: `Change to "${newText}"`, edits: [{ span: titleSpan, newText }] }],
      });
    }
  }
  return { findings, confirmations };
}
