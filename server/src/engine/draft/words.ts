// The words attribution reads: a tokenizer that keeps abbreviations ("Gov.",
// "U.S.") and possessives, and the small closed classes of English a reader
// uses to find who spoke (titles, determiners, pronouns, the shape of a verb).
import { createRequire } from 'node:module';

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
  WORD.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) && m.index < to) {
    let w = m[0];
    const start = m.index;
    let end = start + w.length;
    if (end > to) break;
    let poss = false;
    if (/['’]s$/i.test(w) && w.length > 2) {
      w = w.slice(0, -2);
      poss = true;
    } else if (/s['’]$/.test(w)) {
      w = w.slice(0, -1);
      poss = true;
    } else if (/['’]$/.test(w)) {
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

export const isCap = (w: string) => /^\p{Lu}/u.test(w);
export const isLower = (w: string) => /^\p{Ll}/u.test(w);

/** Titles and honorifics that stand before a name, with the role noun they give ("Gov." → governor). */
const TITLES: Record<string, string> = {
  mr: 'mr',
  mrs: 'mrs',
  ms: 'ms',
  miss: 'ms',
  dr: 'doctor',
  prof: 'professor',
  professor: 'professor',
  rev: 'reverend',
  reverend: 'reverend',
  gov: 'governor',
  governor: 'governor',
  sen: 'senator',
  senator: 'senator',
  rep: 'representative',
  representative: 'representative',
  lt: 'lieutenant',
  col: 'colonel',
  gen: 'general',
  sgt: 'sergeant',
  capt: 'captain',
  maj: 'major',
  cmdr: 'commander',
  adm: 'admiral',
  det: 'detective',
  insp: 'inspector',
  supt: 'superintendent',
  judge: 'judge',
  justice: 'justice',
  mayor: 'mayor',
  president: 'president',
  chief: 'chief',
  executive: 'executive',
  officer: 'officer',
  secretary: 'secretary',
  minister: 'minister',
  director: 'director',
  chairman: 'chairman',
  chairwoman: 'chairwoman',
  chair: 'chair',
  commissioner: 'commissioner',
  councilman: 'councilman',
  councilwoman: 'councilwoman',
  councilmember: 'councilmember',
  councillor: 'councillor',
  alderman: 'alderman',
  speaker: 'speaker',
  leader: 'leader',
  deputy: 'deputy',
  assistant: 'assistant',
  attorney: 'attorney',
  principal: 'principal',
  coach: 'coach',
  sheriff: 'sheriff',
  ambassador: 'ambassador',
  treasurer: 'treasurer',
  superintendent: 'superintendent',
  pastor: 'pastor',
  father: 'father',
  sister: 'sister',
  brother: 'brother',
  bishop: 'bishop',
  rabbi: 'rabbi',
  imam: 'imam',
  constable: 'constable',
  inspector: 'inspector',
  sergeant: 'sergeant',
  captain: 'captain',
  colonel: 'colonel',
  general: 'general',
  lieutenant: 'lieutenant',
  private: 'private',
  corporal: 'corporal',
  cpl: 'corporal',
  pvt: 'private',
  sir: 'sir',
  dame: 'dame',
  lord: 'lord',
  lady: 'lady',
  state: '',
  us: '',
  'u.s': '',
  'u.k': '',
  federal: '',
  foreign: '',
  finance: '',
  labor: '',
  labour: '',
  interior: '',
  commerce: '',
  defense: '',
  defence: '',
  homeland: '',
  security: '',
  trade: '',
  transportation: '',
  health: '',
  education: '',
  energy: '',
  treasury: '',
  home: '',
  house: '',
  senate: '',
  majority: '',
  minority: '',
  whip: 'whip',
  district: '',
  county: '',
  city: '',
  council: '',
  planning: '',
  fire: '',
  police: '',
  army: '',
  navy: '',
  air: '',
  force: '',
  marine: '',
  financial: '',
  operating: '',
  technology: '',
  information: '',
  communications: '',
  former: '',
  acting: '',
  interim: '',
  vice: '',
  prime: '',
  first: '',
  then: '',
  retired: '',
  senior: '',
  junior: '',
  head: 'head',
  founder: 'founder',
  ceo: 'chief executive',
  cfo: 'chief financial officer',
  manager: 'manager',
  editor: 'editor',
  organizer: 'organizer',
  member: 'member',
  trustee: 'trustee',
  administrator: 'administrator',
  controller: 'controller',
  comptroller: 'comptroller',
  auditor: 'auditor',
  clerk: 'clerk',
  coordinator: 'coordinator',
  agent: 'agent',
  ranger: 'ranger',
  nurse: 'nurse',
  trooper: 'trooper',
  councilor: 'councilor',
  delegate: 'delegate',
  assemblyman: 'assemblyman',
  assemblywoman: 'assemblywoman',
  assemblymember: 'assemblymember',
  congressman: 'congressman',
  congresswoman: 'congresswoman',
  legislator: 'legislator',
  premier: 'premier',
  chancellor: 'chancellor',
  provost: 'provost',
  warden: 'warden',
  magistrate: 'magistrate',
  counsel: 'counsel',
  solicitor: 'solicitor',
  consul: 'consul',
  envoy: 'envoy',
  admiral: 'admiral',
  commander: 'commander',
  archbishop: 'archbishop',
  analyst: 'analyst',
  economist: 'economist',
  spokesman: 'spokesman',
  spokeswoman: 'spokeswoman',
  spokesperson: 'spokesperson',
  publisher: 'publisher',
  producer: 'producer',
  curator: 'curator',
  board: '',
  prosecutors: '',
  attorneys: '',
  lawyers: '',
  officials: '',
  lawmakers: '',
  senators: '',
  representatives: '',
  commissioners: '',
  councilmembers: '',
  detectives: '',
  officers: '',
  juror: 'juror',
  witness: 'witness',
  master: 'master',
  harbour: '',
  harbor: '',
  headmaster: 'headmaster',
  headmistress: 'headmistress',
  postmaster: 'postmaster',
};
/**
 * Nouns for one person the draft does not name ("a retired mail carrier", "the juror"): "she" after one is nobody
 * named.
 */
export const PERSON_NOUNS = new Set(
  (
    'man woman juror witness resident neighbor neighbour student teacher nurse driver worker officer official ' +
    'spokesman spokeswoman spokesperson reporter fan voter customer passenger carrier patient doctor lawyer source ' +
    'person boy girl child farmer owner employee volunteer protester shopper parent tenant motorist commuter rider ' +
    'caller bystander visitor veteran survivor'
  ).split(' '),
);
export function titleRole(low: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(TITLES, low) ? TITLES[low] : undefined;
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
    'council cathedral mosque temple county city state republic kingdom district'
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

/** Nouns that name an organization by its kind ("the company", "the union", "the paper"), with names they fit. */
export const ORG_NOUNS: Record<string, RegExp | undefined> = {
  company: new RegExp(
    String.raw`\b(?:inc|corp|co|ltd|llc|plc|company|group|holdings|technologies|industries|systems|semiconductor` +
      String.raw`|steel` +
      String.raw`|power` +
      String.raw`|chemical|development|markets|foods|hotels|mobility|labs?)\b`,
    'i',
  ),
  firm: undefined,
  chain: undefined,
  startup: undefined,
  'start-up': undefined,
  app: undefined,
  business: undefined,
  retailer: undefined,
  maker: undefined,
  manufacturer: undefined,
  bank: /\bbank\b/i,
  lender: undefined,
  developer: undefined,
  operator: undefined,
  union: /\b(?:union|united|local|workers|federation|guild|brotherhood|teamsters|association|council)\b/i,
  local: /\blocal\b/i,
  ministry: /\bministry\b/i,
  department: /\bdepartment\b/i,
  agency: undefined,
  commission: /\bcommission\b/i,
  office: /\boffice\b/i,
  authority: /\bauthority\b/i,
  government: /\bgovernment\b/i,
  administration: /\badministration\b/i,
  council: /\bcouncil\b/i,
  committee: /\bcommittee\b/i,
  board: /\bboard\b/i,
  group: undefined,
  organization: undefined,
  campaign: /\bcampaign\b/i,
  paper: new RegExp(
    String.raw`\b(?:times|post|tribune|herald|ledger|courier|gazette|journal|signal|news|daily|chronicle|globe|star` +
      String.raw`|observer` +
      String.raw`|review)\b`,
    'i',
  ),
  newspaper: new RegExp(
    String.raw`\b(?:times|post|tribune|herald|ledger|courier|gazette|journal|signal|news|daily|chronicle|globe|star` +
      String.raw`|observer` +
      String.raw`|review)\b`,
    'i',
  ),
  daily: new RegExp(
    String.raw`\b(?:times|post|tribune|herald|ledger|courier|gazette|journal|signal|news|daily|chronicle|globe|star` +
      String.raw`|observer` +
      String.raw`|review)\b`,
    'i',
  ),
  broadcaster: undefined,
  network: undefined,
  institute: /\binstitute\b/i,
  university: /\buniversity\b/i,
  museum: /\bmuseum\b/i,
  gallery: /\bgallery\b/i,
  church: /\bchurch\b/i,
  school: /\bschool\b/i,
  district: /\bdistrict\b/i,
  court: /\bcourt\b/i,
  team: undefined,
  club: undefined,
  league: /\bleague\b/i,
  police: /\bpolice\b/i,
  guard: /\bguard\b/i,
  army: /\barmy\b/i,
  // Documents an organization issues: they speak for whoever wrote them.
  report: undefined,
  study: undefined,
  review: undefined,
  analysis: undefined,
  audit: undefined,
  statement: undefined,
  filing: undefined,
  release: undefined,
  editorial: undefined,
  letter: undefined,
  memo: undefined,
  survey: undefined,
  ruling: undefined,
  lawsuit: undefined,
};
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
  if (NOT_VERBS.has(low) || !/^[a-z]+(?:-[a-z]+)?$/.test(low)) return false;
  return low.length >= 4 && low.endsWith('ed');
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

export function genderOfFirstName(first: string): Gender {
  if (first.length < 2 || first.length > 20) return undefined;
  const key = first.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  english ??= load('en')[0];
  let g = english.get(key);
  if (!g) {
    others ??= load('others');
    for (const m of others) if ((g = m.get(key))) break;
  }
  return g === 'male' ? 'm' : g === 'female' ? 'f' : undefined;
}

/** Auxiliary verbs. */
export const AUX = new Set(
  'has have had was were is are will would could can did does do may might should must'.split(' '),
);
