// Where sentences end: at . ! ? before a space, but not after an abbreviation
// ("Jan. 18", "5 a.m. on", "No. 2", "St. Clair Ave.", "U.S. DOT", "Mr. Bexley"),
// and at the start of each item of a bulleted list.

/** Words that end in a period without ending the sentence (lowercase, without the period). */
const ABBREVIATIONS = new Set(
  (
    'jan feb mar apr jun jul aug sep sept oct nov dec no nos st ave blvd rd mt ft mr mrs ms dr prof gen lt col ' +
    'capt sgt ' +
    'gov sen rep rev hon jr sr inc corp co ltd bros vs etc approx est dept univ fig vol pp ph a.m p.m e.g i.e u.s ' +
    'u.k u.n d.c'
  ).split(' '),
);

/** Abbreviations that stand before a figure (a number, a day of the month). */
const BEFORE_FIGURE = new Set('no nos jan feb mar apr jun jul aug sep sept oct nov dec fig vol pp'.split(' '));

/** Whether the period at `dot` (in text) closes an abbreviation rather than a sentence. */
export function isAbbreviationDot(text: string, dot: number): boolean {
  let s = dot,
    dots = 0;
  for (; s > 0 && dot - s < 12; s--) {
    const c = text.charCodeAt(s - 1);
    if (c === 46) dots ||= dot - s + 1;
    else if (c < 128 ? !((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) : !/[\p{L}.]/u.test(text[s - 1])) break;
  }
  // Seven letters or more after the last dot: no abbreviation is that long, and the dotted ones end in one letter.
  if (dot - s >= 7 && (dots === 0 || dots > 7)) return false;
  const word = text.slice(s, dot).toLowerCase();
  if (!word) return false;
  // "No. 2" and "Jan. 18" are abbreviations; "voted no. Directors …" and "in Jan. The …" end sentences.
  if (BEFORE_FIGURE.has(word) && !/^\s+\d/.test(text.slice(dot + 1, dot + 4))) return false;
  if (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) {
    // "in the U.S. The next …": an abbreviation may still end a sentence when a capitalized word follows one of
    // the dotted short forms; month and title abbreviations are followed by a figure or a name.
    const next = /^\s+(\S)/.exec(text.slice(dot + 1, dot + 8))?.[1] ?? '';
    if (/^(?:\p{L}\.)+\p{L}$/u.test(word) && /\p{Lu}/u.test(next) && !/^(?:u\.s|u\.k|u\.n|d\.c)$/.test(word))
      return false;
    return true;
  }
  return false;
}

/** Whether a gap between two words (text[from, to)) starts a new item of a bulleted list. */
export function isBulletBreak(text: string, from: number, to: number): boolean {
  return /[\r\n][ \t]*(?:[•·▪‣◦*–—-]|\d{1,2}[.)])\s/.test(text.slice(from, to + 1));
}
