// Finding a pattern's matches block by block in one text, without rescanning.
// Callers (numbers, dates) ask for the matches in one paragraph at a time; a
// plain exec from the paragraph's start would run on through the rest of the
// text to find its first match beyond the paragraph, making a check quadratic
// in the number of paragraphs.

export class MatchScanner {
  private last?: { text: string; from: number; m: RegExpExecArray | null };
  /** `re` must have the g flag; matches must not be empty. */
  constructor(private readonly re: RegExp) {}

  /**
   * The first match at or after `from`. The match found last is kept: no
   * match starts between where that scan began and where it matched, so it
   * is also the first match from any point in between.
   */
  first(text: string, from: number): RegExpExecArray | null {
    const k = this.last;
    if (k && k.text === text && k.from <= from && (!k.m || k.m.index >= from)) return k.m;
    this.re.lastIndex = from;
    const m = this.re.exec(text);
    this.last = { text, from, m };
    return m;
  }
}
