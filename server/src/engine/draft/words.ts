// The words attribution reads: a tokenizer that keeps abbreviations ("Gov.",
// "U.S.") and possessives, and the small closed classes of English a reader
// uses to find who spoke (titles, determiners, pronouns, the shape of a verb).
import { createRequire } from 'node:module';
import { TITLES } from './title-words';
import { nextWord, found } from './ascii-words';

export interface Word {
  start: number;
  end: number;
  /** The word as written, without a possessive ending or a final period. */
  w: string;
  /** Lower case of w. */
  low: string;
  /** Followed by a period that belongs to it (an abbreviation or the end of a sentence). */
  dot: boolean;
  /** Ends in 's or s' (the possessive). */
  poss: boolean;
}

// Dotted abbreviations (U.S., a.m.), words with inner apostrophes and hyphens, numbers, and the ampersand.
const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|['’-](?=[\p{L}\p{N}]))*(?:['’](?![\p{L}\p{N}]))?|&/gu;

/** Words of text[from, to), in order; linear in the length. */
export function wordsOf(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  // (WORD's matches, found from character codes while ASCII decides: ascii-words.ts)
  let p = from;
  while (nextWord(text, p, WORD) && found.start < to) {
    const start = found.start;
    let end = found.end;
    if (end > to) break;
    p = end;
    let w = text.slice(start, end);
    let poss = false;
    // The endings read from the last two characters: no regular expression per word.
    const z = w[w.length - 1],
      y = w[w.length - 2];
    const zApos = z === "'" || z === '’';
    if ((z === 's' || z === 'S') && (y === "'" || y === '’') && w.length > 2) {
      w = w.slice(0, -2);
      poss = true;
    } else if (zApos && y === 's') {
      w = w.slice(0, -1);
      poss = true;
    } else if (zApos) {
      w = w.slice(0, -1);
      end--;
    }
    const dotted = w.endsWith('.');
    const dot = dotted || text[end] === '.';
    if (dotted) w = w.slice(0, -1);
    out.push({ start, end, w, low: w.toLowerCase(), dot, poss });
  }
  return out;
}

// (an ASCII first letter is read from its code: no regular expression for most words)
export const isCap = (w: string) => {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(w);
};
export const isLower = (w: string) => {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : /^\p{Ll}/u.test(w);
};

/**
 * Nouns for one person the draft does not name ("a retired mail carrier", "the juror"): "she" after one is nobody
 * named.
 */
/** Nouns for someone who speaks for an organization ("a spokesman for X", "a Treasury spokesman"). */
export const SPOKES_NOUNS = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'representative',
  'official',
  'spokespeople',
]);

export const PERSON_NOUNS = new Set(
  (
    'man woman juror witness resident neighbor neighbour student teacher nurse driver worker officer official ' +
    'spokesman spokeswoman spokesperson reporter fan voter customer passenger carrier patient doctor lawyer source ' +
    'person boy girl child farmer owner employee volunteer protester shopper parent tenant motorist commuter rider ' +
    'caller bystander visitor veteran survivor'
  ).split(' '),
);
/** TITLES as a Map: a word looked up is never made a property key (V8 would intern every one). */
const TITLE_ROLES = new Map(Object.entries(TITLES));
export function titleRole(low: string): string | undefined {
  const r = TITLE_ROLES.get(low);
  if (r !== undefined) return r;
  return low.includes('-') ? hyphenatedTitle(low) : undefined;
}
/** Prefixes of a hyphenated title ("Vice-Chancellor", "Under-Secretary-General"). */
const TITLE_PREFIXES = new Set(['vice', 'under', 'co', 'deputy', 'sub', 'pro', 'lieutenant', 'assistant']);
/** "Secretary-General", "Attorney-General", "Under-Secretary-General": every part a title or a title's prefix. */
function hyphenatedTitle(low: string): string | undefined {
  const parts = low.split('-');
  const last = parts[parts.length - 1];
  if (!Object.prototype.hasOwnProperty.call(TITLES, last) || !TITLES[last]) return undefined;
  const fits = (p: string) => TITLE_PREFIXES.has(p) || (Object.prototype.hasOwnProperty.call(TITLES, p) && !!TITLES[p]);
  return parts.slice(0, -1).every(fits) ? low : undefined;
}
export const isTitle = (low: string) => titleRole(low) !== undefined;
export const HONORIFIC_GENDER: Record<string, 'm' | 'f'> = {
  mr: 'm',
  mrs: 'f',
  ms: 'f',
  miss: 'f',
  sir: 'm',
  dame: 'f',
  lord: 'm',
  lady: 'f',
};

/** Capitalized words that start sentences or clauses and are no part of a name. */
export const FUNCTION_CAPS = new Set(
  (
    'the a an in on at by for from to of with without after before during under over since until when while as if ' +
    'but and or so yet because although though asked earlier later partway walking late early outside inside among ' +
    'between not no some many most several both each every all one two three this that these those there here it ' +
    'its he she they we i you his her their our my your what who why how where then now still also even only just ' +
    'already meanwhile however instead elsewhere finally today yesterday tomorrow tonight monday tuesday wednesday ' +
    'thursday friday saturday sunday january february march april may june july august september october november ' +
    'december jan feb mar apr jun jul aug sep sept oct nov dec photo update breaking analysis opinion editorial ap ' +
    'reuters'
  ).split(' '),
);

export const DETERMINERS = new Set(
  'the a an one his her their its our my your this that another some two three several'.split(' '),
);
export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we']);
export const RELATIVES = new Set(['who', 'whose', 'which', 'that', 'where', 'whom', 'when']);

/** Words of organizations' names (an organization is named, a person is not, with one of these). */
const ORG_NAME_WORDS = new Set(
  (
    'ministry department bureau academy university council committee commission agency office institute ' +
    'association government company corporation corp inc ltd llc plc co group bank school center centre foundation ' +
    'board court parliament congress senate administration authority service services police army union party ' +
    'embassy organization organisation federation society firm team club league network press times news post ' +
    'hospital college lab labs laboratory fund trust alliance coalition forum partners capital securities research ' +
    'holdings systems markets foods hotels resorts ledger courier tribune herald gazette journal signal guard ' +
    'church museum gallery united local network development industries technologies semiconductor chemical steel ' +
    'power energy airlines motors mobility media broadcasting radio television tv daily weekly review house ' +
    'council cathedral mosque temple county city state republic kingdom district rail railway railways airways ' +
    'transit transport logistics pharmaceuticals pharma insurance mining petroleum oil gas electric utilities ' +
    'telecom brewing brewery studios publishing entertainment software robotics aerospace biotech therapeutics'
  ).split(' '),
);
export const isOrgWord = (low: string) => ORG_NAME_WORDS.has(low);
/** Words of places' names: a run with one names no speaker ("Union Street", "Tennant River"). */
const PLACE_WORDS = new Set(
  (
    'street avenue road boulevard lane drive highway river park bridge square station lake mountain mountains ' +
    'valley bay island islands beach airport stadium plaza creek canyon harbor'
  ).split(' '),
);
export const isPlaceWord = (low: string) => PLACE_WORDS.has(low);

export { ORG_NOUNS } from './org-nouns';
export const DOCUMENT_NOUNS = new Set(
  (
    'report study review analysis audit statement filing release editorial letter memo survey ruling lawsuit ' +
    'recording transcript document documents email video post message note minutes exhibit application complaint ' +
    'affidavit records record copy draft tally count estimate'
  ).split(' '),
);
/** Plural nouns for the members of a group: "analysts at X", "members of X" speak for X. */
export const GROUP_NOUNS = new Set(
  (
    'members leaders analysts researchers volunteers officials executives organizers organisers representatives ' +
    'lawyers attorneys staff scientists economists strategists spokespeople activists'
  ).split(' '),
);
/** Who asks at a press conference: a quotation spoken by one of these has no named speaker. */
export const ASKERS = new Set(
  'reporter reporters journalist journalists questioner correspondent heckler voice'.split(' '),
);

/** Irregular and common forms of reporting verbs; any other verb is read from its shape (-ed). */
const VERB_FORMS = new Set([
  'said',
  'says',
  'say',
  'told',
  'tells',
  'wrote',
  'writes',
  'spoke',
  'speaks',
  'asks',
  'adds',
  'notes',
  'insists',
  'recalls',
  'explains',
  'argues',
  'jokes',
  'quips',
  'warns',
  'admits',
  'concedes',
  'continues',
  'recounts',
  'posts',
  'tweets',
  'texts',
  'replies',
  'muses',
  'answers',
  'shouts',
  'declares',
  'states',
  'claims',
  'predicts',
  'testifies',
  'read',
  'began',
  'begins',
  'went',
  'shot',
  'put',
  'swore',
  'thought',
  'sang',
  'cried',
  'replied',
  'testified',
  'saying',
  'wrote',
  'overheard',
  'sighed',
  'laughed',
  'calls',
  'call',
  'say',
  'tell',
  // Irregular past tenses: not reporting verbs, but they end a subject ("Members of the committee left City Hall").
  'left',
  'went',
  'came',
  'took',
  'made',
  'met',
  'gave',
  'got',
  'held',
  'kept',
  'ran',
  'sat',
  'stood',
  'brought',
  'bought',
  'built',
  'caught',
  'chose',
  'drove',
  'fell',
  'felt',
  'found',
  'flew',
  'grew',
  'heard',
  'knew',
  'lost',
  'meant',
  'paid',
  'rose',
  'saw',
  'sent',
  'shook',
  'spent',
  'struck',
  'taught',
  'threw',
  'understood',
  'won',
  'wore',
  'became',
  'sought',
  'fought',
  'forgot',
  'spoke',
]);
const NOT_VERBS = new Set(
  (
    'red bed shed need seed feed speed breed hundred sacred kindred naked wicked ragged rugged wretched beloved ' +
    'learned aged bled fled led wed med ted fred ed indeed embed unnamed based related united limited so-called ' +
    'alleged retired'
  ).split(' '),
);

/**
 * Verbs that report speech for certain. Not a list to find verbs by (any verb is read from its shape): when a
 * sentence has several verbs before a quotation ("X said the board was urged to …"), one of these is preferred.
 */
export const SPEECH_VERBS = new Set(
  (
    'said says told tells wrote writes added adds asked asks testified argued insisted warned noted stated ' +
    'declared claimed explained replied answered recalled conceded acknowledged admitted predicted promised vowed ' +
    'urged called described posted tweeted texted announced countered complained maintained suggested cautioned ' +
    'stressed emphasized emphasised fumed scoffed quipped joked mused gushed implored pleaded shouted yelled ' +
    'recounted blurted reported concluded found'
  ).split(' '),
);

/** Could `low` be the verb of a reporting clause, by its form? */
export function verbShaped(low: string): boolean {
  if (VERB_FORMS.has(low)) return true;
  // (the shape's cheap part first: four letters or more ending in -ed)
  if (low.length < 4 || !low.endsWith('ed') || NOT_VERBS.has(low)) return false;
  return /^[a-z]+(?:-[a-z]+)?$/.test(low);
}

export type Gender = 'm' | 'f' | undefined;

// The English first names of gender-detection-from-name (about 30,000, from US and UK birth records), loaded at
// the first name a draft gives: the package's index would load five more languages' maps at startup.
// German, Italian and Spanish names come in when an English lookup misses (the French map, the largest, stays out).
declare const require: ((id: string) => unknown) | undefined;
type NameMap = Map<string, string>;
let english: NameMap | undefined;
let others: NameMap[] | undefined;
function load(which: 'en' | 'others'): NameMap[] {
  try {
    // Bundled: esbuild sees these calls and ships the maps. From source (tests under tsx): resolved from the working
    // folder.
    const req = typeof require === 'function' ? undefined : createRequire(process.cwd() + '/');
    if (which === 'en')
      return [
        (req ? req('gender-detection-from-name/names/en') : require!('gender-detection-from-name/names/en')) as NameMap,
      ];
    return [
      (req ? req('gender-detection-from-name/names/de') : require!('gender-detection-from-name/names/de')) as NameMap,
      (req ? req('gender-detection-from-name/names/it') : require!('gender-detection-from-name/names/it')) as NameMap,
      (req ? req('gender-detection-from-name/names/es') : require!('gender-detection-from-name/names/es')) as NameMap,
    ];
  } catch {
    return [new Map()]; // no name lists: genders stay unknown, and pronouns resolve only where the text says
  }
}

/** Are all characters of s ASCII? */
export function asciiOnly(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

export function genderOfFirstName(first: string): Gender {
  if (first.length < 2 || first.length > 20) return undefined;
  // (an ASCII name is its own decomposition, without marks: its lower case is the key)
  const key = asciiOnly(first) ? first.toLowerCase() : first.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  english ??= load('en')[0];
  let g = english.get(key);
  if (!g) {
    others ??= load('others');
    for (const m of others) if ((g = m.get(key))) break;
  }
  return g === 'male' ? 'm' : g === 'female' ? 'f' : undefined;
}

/**
 * Is W[i] a verb by its form and place: lower case, verb-shaped, and not a modifier after a determiner ("a tired
 * Smith", "a visibly tired Smith", "the newly elected mayor").
 */
export function verbAt(W: Word[], i: number): boolean {
  const x = W[i];
  if (!x || !isLower(x.w)) return false;
  // "Huang doesn't think", "she will argue": a bare verb after a modal or "do", whatever its form.
  if (i > 0 && modalAt(W[i - 1].low) && /^[a-z]+$/.test(x.low) && !NOT_BARE.has(x.low)) return true;
  if (!verbShaped(x.low)) return false;
  if (i > 0 && DETERMINERS.has(W[i - 1].low)) return false;
  return !(i > 1 && W[i - 1].low.endsWith('ly') && DETERMINERS.has(W[i - 2].low));
}

const MODALS = new Set('do does did will would can could should may might must shall cannot'.split(' '));
/** A modal or a form of "do", negated or not ("doesn't", "won't", "can’t"). */
export function modalAt(low: string): boolean {
  // (a negated form ends in t: other words are not read by the pattern)
  return (
    MODALS.has(low) || (low.endsWith('t') && /^(?:do|does|did|wo|would|ca|could|should|must|might)n['’]t$/.test(low))
  );
}
/** Words after a modal that are no verb ("will not", "can also", "did so"). */
const NOT_BARE = new Set(
  'not also still never always really just only even ever probably likely certainly simply so too the a an'.split(' '),
);

/** Auxiliary verbs. */
export const AUX = new Set(
  'has have had was were is are will would could can did does do may might should must'.split(' '),
);
