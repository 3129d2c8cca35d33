// The shape of a reporting clause in a draft's words: where a clause breaks (commas, stops that are no
// abbreviation's), what stands beside a noun phrase, and the small word lists the attributor reads clauses with.
import { ABBREVIATIONS } from './sentences';
import { verbShaped, DETERMINERS, RELATIVES, type Word } from './words';

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
  if (RELATIVES.has(x.low) || /^\d/.test(x.w) || /^[DRI]-/.test(x.w)) return true;
  if (DETERMINERS.has(x.low) || x.poss) return true;
  return /^\p{Ll}/u.test(x.w) && !verbShaped(x.low);
}

/** Words that open a phrase before a sentence's main clause ("In a statement,", "When she stepped down,"). */
export const CLAUSE_OPENERS = new Set(
  (
    'in on at after before during under when while as if although because since asked earlier later partway ' +
    'walking late early outside for with without among by until once through'
  ).split(' '),
);
