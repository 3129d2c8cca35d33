// Mentions of people and organizations in prose, in document order: full
// names and short forms, misspelled names (fuzzy), organizations with their
// acronyms, "the ministry", and role phrases ("a spokesperson for the MOFCOM",
// "the spokesperson"), each resolved to who it denotes.
import type { Span } from '../types';
import { wordSpans } from './word-spans';
import { People, normName, type Person } from '../corpus/people';
import { ORG_HEADS } from '../corpus/orgs';
import { editDistance } from '../text/distance';
import { BoundedCache } from '../text/lru';
import type { Mention, SpeakerRef } from './mention-types';
import { roleMentions } from './role-mentions';
import { isCap } from './words';

export type { Mention, SpeakerRef } from './mention-types';

const CONNECT = new Set('of and for the on de du van von der la le al bin da di y &'.split(' '));
const NOT_NAMES = new Set(
  (
    'mayor chief fire police council member president minister governor senator representative judge director ' +
    'chair chairman chairwoman secretary spokesperson professor commissioner the a an this that these those but ' +
    'and or if when while as in on at after before however also asked he she they it we i his her their its our ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december photo beijing washington china us u.s chinese american dozens some many ' +
    'all no not there here what who why how mr mrs ms dr'
  ).split(' '),
);

function isAcronym(t: string) {
  // (an ASCII first or second character that could not start an acronym settles it without the pattern)
  const a = t.charCodeAt(0),
    b = t.charCodeAt(1);
  if (a < 128 && !(a >= 65 && a <= 90)) return false;
  if (b < 128 && !((b >= 65 && b <= 90) || b === 38)) return false;
  return /^\p{Lu}[\p{Lu}&]{1,7}$/u.test(t);
}

/** Organizations introduced in the text as "Full Name (ACRONYM)". */
export function definedAcronyms(text: string): Map<string, string> {
  const out = new Map<string, string>();
  // Find each "(ACRONYM)" first, then read the name in the few words before it: never a pattern run over the whole
  // text.
  for (const a of text.matchAll(/\((\p{Lu}{2,8})\)/gu)) {
    const before = text.slice(Math.max(0, a.index! - 160), a.index);
    const m = /((?:\p{Lu}[\p{L}'’.-]{0,40}\s+(?:(?:of|and|for|the|on)\s+){0,3}){1,8})$/u.exec(before);
    if (m) out.set(a[1], m[1].trim());
  }
  return out;
}

/** A space or a tab (or, with `nbsp`, a no-break space). */
function isBlank(c: number, nbsp: boolean) {
  return c === 32 || c === 9 || (nbsp && c === 0xa0);
}

interface Run {
  from: number;
  to: number;
} // token indices [from, to)

export class MentionScanner {
  constructor(
    private people: People,
    private text: string,
    private tokens: Span[],
    private acronyms = definedAcronyms(text),
  ) {}

  private word(i: number) {
    const t = this.tokens[i];
    return this.text.slice(t.start, t.end);
  }
  /** Is token i capitalized (read from its first character's code when that is ASCII: no substring)? */
  private cap(i: number) {
    const c = this.text.charCodeAt(this.tokens[i].start);
    return c < 128 ? c >= 65 && c <= 90 : isCap(this.word(i));
  }
  /** isAcronym() of token i; a lower-case ASCII second letter settles it without a substring. */
  private acronym(i: number) {
    const t = this.tokens[i];
    if (t.end - t.start > 1) {
      const b = this.text.charCodeAt(t.start + 1);
      if (b >= 97 && b <= 122) return false;
    }
    return isAcronym(this.word(i));
  }
  private adjacent(i: number) {
    // Tokens i and i+1 are separated only by spaces or a hyphen, within one sentence: spaces, tabs and no-break
    // spaces, or spaces and tabs around one line break (read character by character: no substring, no pattern).
    const a = this.tokens[i],
      b = this.tokens[i + 1];
    if (!b) return false;
    const s = this.text,
      e = b.start;
    let p = a.end;
    while (p < e && isBlank(s.charCodeAt(p), true)) p++;
    if (p >= e) return true;
    p = a.end;
    while (p < e && isBlank(s.charCodeAt(p), false)) p++;
    const c = s.charCodeAt(p);
    if (p < e && c === 13) p += p + 1 < e && s.charCodeAt(p + 1) === 10 ? 2 : 1;
    else if (p < e && c === 10) p++;
    else return false;
    while (p < e && isBlank(s.charCodeAt(p), false)) p++;
    return p >= e;
  }
  private spanOf(r: Run): Span {
    return { start: this.tokens[r.from].start, end: this.tokens[r.to - 1].end };
  }
  private textOf(r: Run) {
    return this.text.slice(this.tokens[r.from].start, this.tokens[r.to - 1].end);
  }

  /** The organization a written name denotes: a known one when the corpus has it. */
  orgRef(written: string): SpeakerRef {
    // (a sentence's first word may be an article: "A Runnymede Borough Council spokesman said")
    written = written.replace(/^(?:[Aa]n?)\s+(?=\p{Lu})/u, '');
    const expanded = this.acronyms.get(written.trim()) ?? written;
    const known = this.people.findOrgs(expanded);
    if (!known.length && expanded !== written) {
      const k2 = this.people.findOrgs(written);
      if (k2.length) return { kind: 'org', org: k2[0], known: true };
    }
    return known.length ? { kind: 'org', org: known[0], known: true } : { kind: 'org', org: expanded, known: false };
  }

  private isOrgRun(r: Run): boolean {
    const ws = this.textOf(r)
      .toLowerCase()
      .split(/[^\p{L}]+/u);
    if (ws.some((w) => ORG_HEADS.has(w))) return true;
    if (r.to - r.from >= 2 && this.people.findOrgs(this.textOf(r)).length) return true;
    return (
      r.to - r.from === 1 &&
      isAcronym(this.word(r.from)) &&
      (this.acronyms.has(this.word(r.from)) || this.people.findOrgs(this.word(r.from)).length > 0)
    );
  }

  /** Mentions in this text alone; scanMentions() resolves what depends on the rest of the document. */
  scanBlock(): Mention[] {
    const out: Mention[] = [];
    const T = this.tokens;
    for (let i = 0; i < T.length; i++) {
      if (!this.cap(i)) continue;
      const w = this.word(i);
      // A misspelled known name takes precedence over a correct short form inside it ("Guo Jaikun" is not "Guo").
      let capEnd = i + 1;
      while (
        capEnd < T.length &&
        capEnd - i < 4 &&
        this.adjacent(capEnd - 1) &&
        this.cap(capEnd) &&
        !this.acronym(capEnd)
      )
        capEnd++;
      if (capEnd - i >= 2 && !NOT_NAMES.has(w.toLowerCase())) {
        const run = { from: i, to: capEnd };
        const written = this.textOf(run);
        if (!this.people.lookup(written).length) {
          const miss = this.misspelling(written);
          if (miss) {
            out.push({ span: this.spanOf(run), ref: { kind: 'person', person: miss }, misspelled: true });
            i = capEnd - 1;
            continue;
          }
        }
      }
      // Known names, longest first.
      let found = false;
      // (a name of k words needs the k - 1 gaps after token i adjacent: the longest such run first)
      let longest = 1;
      while (longest < Math.min(4, T.length - i) && this.adjacent(i + longest - 1)) longest++;
      for (let k = longest; k >= 1 && !found; k--) {
        const run = { from: i, to: i + k };
        const written = this.textOf(run);
        const cands = this.people.lookup(written);
        if (!cands.length) continue;
        if (k === 1 && isAcronym(w)) continue;
        const person = cands[0];
        // The right letters without the accents ("Tomas" for "Tomás") is a misspelling too.
        const accents = [person.name, ...person.aliases].find((n) => normName(n) === normName(written));
        const flat = written.replace(/\s+/g, ' ');
        const misspelled =
          !!accents &&
          accents.normalize('NFC') !== flat.normalize('NFC') &&
          accents.toLowerCase() !== flat.toLowerCase();
        out.push({
          span: this.spanOf(run),
          ref: { kind: 'person', person },
          ...(misspelled ? { misspelled: true, correct: accents } : {}),
          ...(cands.length > 1 ? { ambiguous: cands } : {}),
        });
        i += k - 1;
        found = true;
      }
      if (found) continue;
      // A capitalized run: an organization, a misspelled known name, or someone the corpus does not know.
      let j = i + 1;
      while (
        j < T.length &&
        j - i < 12 &&
        this.adjacent(j - 1) &&
        (this.cap(j) ||
          (CONNECT.has(this.word(j).toLowerCase()) && j + 1 < T.length && this.cap(j + 1) && this.adjacent(j)))
      )
        j++;
      const run = { from: i, to: j };
      if (this.isOrgRun(run)) {
        out.push({ span: this.spanOf(run), ref: this.orgRef(this.textOf(run)) });
        i = j - 1;
        continue;
      }
      // Not an organization: a title ("Mayor", "Fire Chief") may stand before a name, so go on at the next word.
    }
    roleMentions(this.text, this.tokens, out);
    out.sort((a, b) => a.span.start - b.span.start);
    return out;
  }

  /** A known person whose name `written` misspells, if any: same number of words, small edit distance. */
  misspelling(written: string): Person | undefined {
    const parts = normName(written).split(' ');
    // A misspelled name keeps at least one of its words right ("Guo Jaikun"); without one, no fuzzy search.
    if (!written.split(/\s+/).some((w) => this.people.isNamePart(w))) return undefined;
    for (const { person } of this.people.fuzzy(written)) {
      const target = normName(person.name).split(' ');
      if (target.length !== parts.length) continue;
      const d = editDistance(parts.join(' '), target.join(' '));
      const wordsDiffer = parts.filter((p, k) => p !== target[k]).length;
      if (
        d > 0 &&
        d <= Math.max(1, Math.floor(target.join(' ').length / 5)) &&
        wordsDiffer <= Math.ceil(parts.length / 2)
      )
        return person;
    }
    return undefined;
  }
}

/** Resolves "the spokesperson" and "the ministry" to the last matching mention before them. */
function resolveDefinite(people: People, out: Mention[]) {
  for (let k = 0; k < out.length; k++) {
    const m = out[k];
    if (m.roleWord?.startsWith('the ') && m.ref.kind === 'role') {
      const role = m.roleWord.slice(4);
      for (let j = k - 1; j >= Math.max(0, k - 200); j--) {
        const p = out[j];
        const hasRole =
          p.roleWord === role ||
          (p.ref.kind === 'person' &&
            p.ref.person.roles.some((r) => r.title && new RegExp(`\\b${role}\\b`, 'i').test(r.title)));
        if (hasRole && p.roleWord !== m.roleWord) {
          m.ref = p.ref;
          break;
        }
      }
    } else if (m.roleWord === 'the-org' && m.ref.kind === 'org') {
      const head = m.ref.org.slice(4);
      let prev: Mention | undefined;
      for (let j = k - 1; j >= Math.max(0, k - 200) && !prev; j--) {
        const p = out[j];
        if (p.ref.kind === 'org' && p.roleWord !== 'the-org' && new RegExp(`\\b${head}\\b`, 'i').test(p.ref.org))
          prev = p;
      }
      if (prev) m.ref = prev.ref;
      else {
        const known = people.findOrgs(head);
        m.ref = known.length === 1 ? { kind: 'org', org: known[0], known: true } : m.ref;
      }
    }
  }
}

/** The same person named in full resolves a short form both could have (two people with one surname). */
function disambiguate(text: string, out: Mention[]) {
  const lastFull = new Map<string, number>();
  out.forEach((m, k) => {
    if (m.ref.kind !== 'person') return;
    if (m.ambiguous) {
      let best = -1;
      for (const p of m.ambiguous) {
        const at = lastFull.get(p.name) ?? -1;
        if (at > best) {
          best = at;
          m.ref = { kind: 'person', person: p };
        }
      }
    }
    if (normName(text.slice(m.span.start, m.span.end)) === normName(m.ref.person.name))
      lastFull.set(m.ref.person.name, k);
  });
}

const blockCache = new WeakMap<People, BoundedCache<string, Mention[]>>();

/**
 * Mentions of people and organizations in `text` (a prose mask with
 * quotations blanked), block by block. Each block's scan is cached by its text,
 * so a re-check after a keystroke scans only the paragraph that changed.
 */
/** Forgets scanned paragraphs (benchmarks measure checks without them). */
export function clearMentionCache(people: People) {
  blockCache.delete(people);
}

export function scanMentions(
  people: People,
  text: string,
  blocks: Span[] = [{ start: 0, end: text.length }],
): Mention[] {
  const acronyms = definedAcronyms(text);
  const sig = `${people.version}\u0001${[...acronyms].map(([a, f]) => a + '=' + f).join(';')}\u0002`;
  let cache = blockCache.get(people);
  if (!cache) {
    cache = new BoundedCache(4_000_000);
    blockCache.set(people, cache);
  }
  const all: Mention[] = [];
  for (const b of blocks) {
    const body = text.slice(b.start, b.end);
    const key = sig + body;
    let rel = cache.get(key);
    if (!rel) {
      rel = new MentionScanner(people, body, wordSpans(body), acronyms).scanBlock();
      cache.set(key, rel, 2 * key.length + 120 * rel.length + 100);
    }
    for (const m of rel) all.push({ ...m, span: { start: m.span.start + b.start, end: m.span.end + b.start } });
  }
  all.sort((a, b) => a.span.start - b.span.start);
  disambiguate(text, all);
  resolveDefinite(people, all);
  return all;
}
