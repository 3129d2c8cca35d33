// Sentences drawn from the shared grammar of vocab.ts: what officials say,
// the facts they state (counts, costs, percentages), quotations nobody said,
// and a reporter's narration.
import type { Rng } from './prng';
import {
  ADJS,
  AIMS,
  COUNTED,
  DECISIONS,
  GROUPS,
  INVENTED,
  IT_IS,
  MEASURES,
  MODALS,
  NARRATION,
  NOUNS,
  OPENERS,
  PERIODS,
  PPS,
  PROJECTS,
  STANCES,
  SUBJ_PL,
  VERBS,
} from './vocab';

const cap = (s: string) => s[0].toUpperCase() + s.slice(1);

/** One sentence of an official's statement. */
export function speechSentence(r: Rng): string {
  const v = r.pick(VERBS),
    a = r.pick(ADJS),
    n = r.pick(NOUNS),
    n2 = r.pick(NOUNS),
    pp = r.pick(PPS);
  let s: string;
  switch (r.int(8)) {
    case 0:
      s = `${r.pick(SUBJ_PL)} ${r.pick(MODALS)} ${v[0]} the ${a} ${n} of ${n2} ${pp}`;
      break;
    case 1:
      s = `${cap(a)} ${n} have been ${v[1]} ${pp}`;
      break;
    case 2:
      s = `It is ${r.pick(IT_IS)} that we ${v[0]} the ${a} ${n} of ${r.pick(GROUPS)}`;
      break;
    case 3:
      s = `We ${r.pick(STANCES)} any attempt to ${v[0]} the ${a} ${n} of ${r.pick(GROUPS)}`;
      break;
    case 4:
      s = `${cap(r.pick(GROUPS))} deserve ${a} ${n} and ${r.pick(ADJS)} ${n2}`;
      break;
    case 5:
      s =
        `This ${r.pick(DECISIONS)} will ${v[0]} our ${a} ${n} and ${r.pick(VERBS)[0]} the ${r.pick(ADJS)} ${n2} ` +
        `${pp}`;
      break;
    case 6:
      s = `Our ${r.pick(AIMS)} is to ${v[0]} ${a} ${n} ${pp}`;
      break;
    default:
      s = `We have ${v[1]} the ${a} ${n} and we ${r.pick(MODALS)} ${r.pick(VERBS)[0]} the ${r.pick(ADJS)} ${n2}`;
      break;
  }
  if (r.chance(0.2)) s = r.pick(OPENERS) + s[0].toLowerCase() + s.slice(1);
  return cap(s) + '.';
}

/** A statement: one to three sentences. */
export function speech(r: Rng, min = 1, max = 3): string {
  const k = r.range(min, max);
  const out: string[] = [];
  for (let i = 0; i < k; i++) out.push(speechSentence(r));
  return out.join(' ');
}

export function numberWords(n: number): string {
  const units = [
    'zero',
    'one',
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
    'eleven',
    'twelve',
    'thirteen',
    'fourteen',
    'fifteen',
    'sixteen',
    'seventeen',
    'eighteen',
    'nineteen',
  ];
  const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
  if (n < 20) return units[n];
  return tens[Math.floor(n / 10)] + (n % 10 ? '-' + units[n % 10] : '');
}

export function fmtCount(n: number): string {
  return n >= 1000 ? n.toLocaleString('en-US') : String(n);
}

export type FactKind = 'count' | 'money' | 'percent';

/** A fact a source states, and the draft's paraphrase of it with a value slot. */
export interface Fact {
  kind: FactKind;
  value: number;
  /** The source's sentence (first person for a speaker, third for an organization). */
  source: string;
  /** The writer's paraphrase; `{V}` is where the value goes, `{WHO}` who said it. */
  draft: string;
  /** Written in words in the draft (counts under 100 only). */
  words: boolean;
}

export function fact(
  r: Rng,
  place: string,
  kind: FactKind = r.pick(['count', 'count', 'money', 'percent'] as const),
): Fact {
  const period = r.pick(PERIODS);
  if (kind === 'count') {
    const [verb, noun] = r.pick(COUNTED);
    const small = r.chance(0.3);
    const value = small ? r.range(21, 99) : r.range(120, 4800);
    return {
      kind,
      value,
      words: small && r.chance(0.5),
      source: `We ${verb} {V} ${noun} in ${place} ${period}.`,
      draft: `{WHO} said {V} ${noun} were ${verb} in ${place} ${period}.`,
    };
  }
  if (kind === 'money') {
    const proj = r.pick(PROJECTS);
    const value = r.range(12, 940);
    return {
      kind,
      value,
      words: false,
      source:
        `The ${place} ${proj} will cost {V} in total, and work starts ` +
        `${r.pick(['next spring', 'this autumn', 'within weeks'])}.`,
      draft: `The ${place} ${proj} will cost {V}, {WHO} said.`,
    };
  }
  const [m, dir] = r.pick(MEASURES);
  const value = r.range(2, 38);
  return {
    kind,
    value,
    words: false,
    source: `${m} in ${place} ${dir} {V} ${period}.`,
    draft: `${m} in ${place} ${dir} {V} ${period}, according to {WHO}.`,
  };
}

export function factValue(f: Fact, v: number, inDraft: boolean, atStart = false): string {
  if (f.kind === 'money') return `$${v} million`;
  if (f.kind === 'percent') return `${v} percent`;
  if (inDraft && f.words && v < 100) {
    const w = numberWords(v);
    return atStart ? w[0].toUpperCase() + w.slice(1) : w;
  }
  return fmtCount(v);
}

/** A quotation nobody in the corpus said. */
export function inventedSentence(r: Rng): string {
  return `${r.pick(INVENTED.open)} ${r.pick(INVENTED.thing)} ${r.pick(INVENTED.tail)}.`;
}

/** A sentence of the writer's own narration: no numbers, dates, names or quotations. */
export function narration(r: Rng): string {
  const s =
    `${r.pick(NARRATION.subj)} ${r.pick(ADJS)} ${r.pick(NOUNS)} ${r.pick(NARRATION.verb)} ` +
    `${r.pick(NARRATION.tail)}.`;
  return s;
}

/** A reporter's question at a briefing. */
export function question(r: Rng, place: string): string {
  return r.pick([
    `What is your comment on the ${r.pick(ADJS)} ${r.pick(NOUNS)} in ${place}?`,
    `Can you say more about the ${r.pick(DECISIONS)} on ${r.pick(NOUNS)}?`,
    `A follow-up. Has there been any contact with ${r.pick(GROUPS)} about this?`,
    `Critics say the ${r.pick(DECISIONS)} goes too far. How do you respond?`,
    `When will the ${r.pick(ADJS)} ${r.pick(NOUNS)} be ${r.pick(VERBS)[1]}?`,
  ]);
}

/** One word of a sentence changed to another of the same pool, or an adjective dropped: an altered quotation. */
export function alter(r: Rng, s: string, mode: 'change' | 'drop'): string | undefined {
  const words = s.split(' ');
  const idx = words.map((w, i) => ({ w: w.replace(/[.,?!]$/, ''), i })).filter(({ w, i }) => i > 0 && ADJS.includes(w));
  if (!idx.length) return undefined;
  const { w, i } = r.pick(idx);
  if (mode === 'drop') {
    words.splice(i, 1);
    return words.join(' ');
  }
  let other = r.pick(ADJS);
  while (other === w) other = r.pick(ADJS);
  words[i] = words[i].replace(w, other);
  return words.join(' ');
}
