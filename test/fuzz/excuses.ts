// When a failing case is explained by a known, listed bug (test/robustness/known-bugs.ts): the
// conditions that pick out the cases each bug affects, for failures that are not exceptions a bug's
// own matcher recognizes. They are consulted only after a property failed on a case, and only
// while the bug is listed; a case they do not explain fails the test.
//
// None is needed at the moment: KB-2 (CRLF in .txt), KB-3 (BOM in Markdown) and KB-4 (lone-CR
// front matter) had conditions here and are fixed. Add one as
//   'KB-n': () => <does this draft at this path hit bug n?>,

/**
 * Known-bug excuses for a draft `text` at `path` (and, for the line-break comparisons, the same draft in another
 * style).
 */
export function excuses(text: string, path: string): Record<string, () => boolean> {
  void text;
  void path;
  return {};
}

/**
 * For the line-break comparisons: KB-16 (a reporting verb skipped because of a regex's leftover
 * lastIndex, which depends on the length of the text before it) shows as the same quotations
 * credited to other speakers. `speakersDiffer` says whether the two texts' readings differ in
 * speakers alone.
 */
export function eolExcuses(speakersDiffer: () => boolean): Record<string, () => boolean> {
  return { 'KB-16': speakersDiffer };
}

/** Two readings ("words by speaker" lines) with the same quotations, differing only in who is credited. */
export function sameQuotes(a: string[], b: string[]): boolean {
  const words = (xs: string[]) => JSON.stringify(xs.map((x) => x.replace(/ by [\s\S]*$/, '')));
  return words(a) === words(b);
}
