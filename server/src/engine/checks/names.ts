// fact.name: a known person's name spelled differently: a misspelling the
// mention scanner found, or another romanization of the same name ("Zhou Wei
// Ming", "Chou Wei-ming" for "Zhou Weiming"). A possessive ("Bexley's") is the
// name, not a misspelling; invisible characters are not letters.
import type { Confirmation, Finding, Span } from '../types';
import type { Corpus } from '../corpus/corpus';
import type { Person } from '../corpus/people';
import type { FactContext } from './fact-context';
import { editDistance } from '../text/distance';

/** Zero-width and direction-control characters: never part of how a name is spelled. */
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

export function visible(s: string): string {
  return s.replace(INVISIBLE, '');
}

/** Letters only, without accents, case, invisible characters, or a possessive ending. */
function letters(s: string): string {
  const bare = visible(s)
    .replace(/[’']s$/u, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
  return bare.toLowerCase().replace(/[^\p{L}]/gu, '');
}

/** A loose key for romanized names: Wade-Giles and pinyin initials that spell the same sound fall together. */
function soundKey(s: string): string {
  return letters(s)
    .replace(/zh|ch|tz|ts|j|q/g, 'z')
    .replace(/hs|sh|x/g, 's')
    .replace(/k/g, 'g')
    .replace(/t/g, 'd')
    .replace(/p/g, 'b');
}

function describe(p: Person, written: string, name: string): string {
  const r = p.roles[0];
  const role = r?.title ? ` (${r.title}${r.organization ? `, ${r.organization}` : ''})` : '';
  return `"${written}" looks like a misspelling of ${name}${role}.`;
}

/**
 * Capitalized runs of two to four words (hyphenated parts included) in a block of the writer's words.
 * A run starts only at the start of a word: tried from every capital inside one long capitalized word,
 * the match failed after reading the rest of the word each time (a 100,000-letter word took 13 s).
 */
function* nameRuns(text: string, block: Span): Generator<Span> {
  const re = new RegExp(
    String.raw`(?<![\p{L}\p{M}-])\p{Lu}[\p{L}\p{M}]*(?:-\p{L}[\p{L}\p{M}]*)?(?:[ ` +
      String.raw`\t]+\p{Lu}[\p{L}\p{M}]*(?:-\p{L}[\p{L}\p{M}]*)?){1,3}`,
    'gu',
  );
  re.lastIndex = block.start;
  for (let m = re.exec(text); m && m.index < block.end; m = re.exec(text)) {
    yield { start: m.index, end: m.index + m[0].length };
  }
}

interface NameKeys {
  count: number;
  version: number;
  byKey: Map<string, Person>;
  byShape: Map<string, { key: string; person: Person }[]>;
  /** Each run of words looked up so far and the person it spells (null: nobody); a re-check looks up few again. */
  looked: Map<string, Person | null>;
}
/** The sound keys of the people of a corpus, made once per registry (and again when people are added). */
const keyCache = new WeakMap<object, NameKeys>();

function nameKeys(corpus: Corpus): NameKeys {
  const people = corpus.people;
  let k = keyCache.get(people);
  if (k && k.count === people.persons.length) {
    // Lookups are kept while the corpus stays as it is (clearCheckCaches moves its version on too).
    if (k.version !== corpus.version) k.looked.clear();
    k.version = corpus.version;
    return k;
  }
  k = {
    count: people.persons.length,
    version: corpus.version,
    byKey: new Map(),
    byShape: new Map(),
    looked: new Map(),
  };
  for (const p of people.persons) {
    if (!/\s/.test(p.name) || letters(p.name).length < 6) continue;
    const key = soundKey(p.name);
    k.byKey.set(key, p);
    const shape = `${key[0]}${key.length}`;
    const list = k.byShape.get(shape);
    if (list) list.push({ key, person: p });
    else k.byShape.set(shape, [{ key, person: p }]);
  }
  keyCache.set(people, k);
  return k;
}

/** A person whose key is one edit from `key` (same first letter, a letter more or less at most). */
function nearKey(keys: NameKeys, key: string): Person | undefined {
  for (const len of [key.length, key.length - 1, key.length + 1]) {
    for (const c of keys.byShape.get(`${key[0]}${len}`) ?? []) if (editDistance(c.key, key) <= 1) return c.person;
  }
  return undefined;
}

/** The person whose name a run of words spells, by its sound key. */
function spelledPerson(keys: NameKeys, written: string): Person | null {
  let person = keys.looked.get(written);
  if (person !== undefined) return person;
  const key = soundKey(written);
  // One letter more or less in a long name ("Gu Jia Kun" for "Guo Jiakun").
  person = keys.byKey.get(key) ?? (key.length >= 8 ? nearKey(keys, key) : undefined) ?? null;
  if (keys.looked.size >= 50_000) keys.looked.clear();
  keys.looked.set(written, person);
  return person;
}

/** Runs that spell a known person's name another way: the same letters spaced differently, or another romanization. */
function romanizations(corpus: Corpus, ctx: FactContext, taken: Span[]): Finding[] {
  const keys = nameKeys(corpus);
  if (!keys.byKey.size) return [];
  const out: Finding[] = [];
  const text = ctx.reading.outside;
  for (const block of ctx.prose.blocks) {
    for (const run of nameRuns(text, block)) {
      if (taken.some((t) => t.start <= run.start && run.end <= t.end)) continue;
      const written = ctx.text.slice(run.start, run.end);
      const person = spelledPerson(keys, written);
      if (!person) continue;
      const name = visible(person.name);
      // The same name but for accents is the mention scanner's (a missing accent); a hyphen or space is ours.
      const plain = (x: string) => visible(x).normalize('NFD').replace(/\p{M}/gu, '');
      if (plain(written) === plain(name)) continue;
      if ([person.name, ...person.aliases].some((a) => visible(a) === written)) continue;
      out.push({
        code: 'fact.name',
        severity: 'error',
        confidence: 0.8,
        span: run,
        message: describe(person, written, name),
        fixes: [{ title: `Spell it ${name}`, edits: [{ span: run, newText: name }] }],
      });
    }
  }
  return out;
}

export function checkNames(corpus: Corpus, ctx: FactContext): { findings: Finding[]; confirmations: Confirmation[] } {
  const findings: Finding[] = [];
  const taken: Span[] = [];
  for (const m of ctx.reading.mentions) {
    if (!m.misspelled || m.ref.kind !== 'person') continue;
    const name = visible(m.correct ?? m.ref.person.name);
    const written = ctx.text.slice(m.span.start, m.span.end);
    // "Bexley's", or the name with an invisible character in it: spelled right.
    const possessive = /[’']s$/u.exec(written);
    const bare = possessive ? written.slice(0, possessive.index) : written;
    const known = [m.ref.person.name, ...m.ref.person.aliases];
    if (visible(bare) === name || known.some((a) => visible(a) === visible(bare))) continue;
    const span = possessive ? { start: m.span.start, end: m.span.end - possessive[0].length } : m.span;
    taken.push(m.span);
    findings.push({
      code: 'fact.name',
      severity: 'error',
      confidence: 0.8,
      span,
      message: describe(m.ref.person, ctx.text.slice(span.start, span.end), name),
      fixes: [{ title: `Spell it ${name}`, edits: [{ span, newText: name }] }],
    });
  }
  findings.push(...romanizations(corpus, ctx, taken));
  return { findings, confirmations: [] };
}
