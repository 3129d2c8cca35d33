// The shape of a reporting clause in a draft's words: where a clause breaks (commas, stops that are no
// abbreviation's), what stands beside a noun phrase, and the small word lists the attributor reads clauses with.
import { ABBREVIATIONS } from './sentences';
import { verbShaped, isLower, DETERMINERS, RELATIVES, type Word } from './words';

/** Verbs that can carry a quotation of one or two words ("shouted 'Shame!'", "called it a 'digestion period'"). */
export const SHORT_SPEECH = new Set(
  (
    'said says shouted yelled screamed called calls cried chanted replied answered wrote texted added told termed ' +
    'labeled labelled described gushed exclaimed muttered whispered'
  ).split(' '),
);
export const ADVERBS = new Set(
  (
    'also later then again previously earlier repeatedly once still never just only separately quickly simply ' +
    'flatly firmly bluntly angrily quietly publicly privately recently first'
  ).split(' '),
);
export const SUBORDINATE = new Set(
  'as when while after before because if since although though who whose which where until once'.split(' '),
);
/** Words that go on a sentence after a quotation rather than name what the quotation qualifies. */
export const CLAUSE_WORDS = new Set(
  (
    'if and but or when because as to in on at for from with by after before while than that which who unless ' +
    'until since so then once over about against'
  ).split(' '),
);
export const STOP_NP = new Set(
  (
    'at in on during after before when as to while who whose which about with from outside inside according and ' +
    'but adding because since than until into through via'
  ).split(' '),
);

/** Breaks a clause: a comma, semicolon, colon, dash, parenthesis, or a period that is no abbreviation's. */
export function gapBreak(text: string, a: Word, b: Word): 'comma' | 'stop' | undefined {
  const gap = text.slice(a.end, b.start);
  if (
    /[;:(—–]|\s-\s/.test(gap) ||
    (/[.!?]/.test(gap) &&
      !(
        gap.startsWith('.') &&
        (a.w.length === 1 || a.w.includes('.') || ABBREVIATIONS.has(a.low)) &&
        !/[!?]/.test(gap)
      ))
  )
    return 'stop';
  if (gap.includes(',')) return 'comma';
  return undefined;
}

/** Does a comma segment starting at W[k] stand beside a noun phrase (an appositive, an age, a party, a clause)? */
export function appositive(W: Word[], k: number): boolean {
  const x = W[k];
  if (!x) return false;
  if (RELATIVES.has(x.low) || /^\d/.test(x.w) || /^[DRI](?:-|$)/.test(x.w)) return true;
  if (DETERMINERS.has(x.low) || x.poss) return true;
  return isLower(x.w) && !verbShaped(x.low);
}

/** Words that open a phrase before a sentence's main clause ("In a statement,", "When she stepped down,"). */
export const CLAUSE_OPENERS = new Set(
  (
    'in on at after before during under when while as if although because since asked earlier later partway ' +
    'walking late early outside for with without among by until once through'
  ).split(' '),
);

/** Conjunctions that start a clause of their own after a quotation (never its reporting clause). */
export const JOINS = new Set(
  'and but or so because while whereas although though if when which that than since until unless nor yet'.split(' '),
);

export const AFFILIATION = new Set(['of', 'at', 'for', 'from', 'with']);
/** Conjunctions that open a clause inside a sentence, written in lower case. */
export const LINKS = new Set('after when because while before since until although though once whereas'.split(' '));

/** Forms of "be" and "get" before a participle make a passive ("was paid", "were told", "got fired"). */
const PASSIVE_AUX = new Set('was were is are be been being get gets got'.split(' '));
export function passive(W: Word[], k: number): boolean {
  let j = k - 1;
  while (j > 0 && ADVERBS.has(W[j].low)) j--;
  return j >= 0 && PASSIVE_AUX.has(W[j].low) && !/ing$/.test(W[k].low);
}

/** Prepositions after an opening participle ("Speaking at", "Testifying before", "Responding to"). */
const AFTER_PARTICIPLE = new Set(
  'at in on to before after from with for about outside inside near during under'.split(' '),
);
/** A sentence that opens with a participle's phrase ("Speaking at …,"): its first word is no name. */
export function participleOpens(W: Word[]): boolean {
  // (the cheap tests first: the word must end in -ing and the next be one a participle takes)
  return (
    W.length > 2 && W[0].w.endsWith('ing') && AFTER_PARTICIPLE.has(W[1].low) && /^\p{Lu}\p{Ll}{3,}ing$/u.test(W[0].w)
  );
}

/** Nouns in -ly, which no adverb is ("the family", "the assembly"). */
const LY_NOUNS = new Set('family assembly supply ally rally anomaly monopoly folly jelly belly bully'.split(' '));
/** An adverb after a subject ("The company initially declined"): the subject ends before it. */
export function adverbAt(W: Word[], i: number): boolean {
  const low = W[i].low;
  return (
    ADVERBS.has(low) ||
    (low.endsWith('ly') && /^[a-z]{3,}ly$/.test(low) && !LY_NOUNS.has(low) && i > 0 && !DETERMINERS.has(W[i - 1].low))
  );
}
