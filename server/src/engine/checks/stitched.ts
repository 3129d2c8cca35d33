// A stitched quotation: two separate passages of one speaker's words joined
// without an ellipsis ("We will hire … recruits. The budget holds taxes flat"
// where the source has other words between them). Each part is verbatim; the
// quotation as a whole is altered (an ellipsis is missing), not unverified.
import type { Statement } from '../corpus/documents';
import type { Alignment, QuoteItem } from './align';

interface Part {
  st: Statement;
  al: Alignment;
}
type Finder = (items: QuoteItem[]) => Part[];

/** The longest verbatim prefix of the quotation's items (at least `min` words), by binary search over its length. */
function longestVerbatimPrefix(items: QuoteItem[], find: Finder, min: number): { k: number; part: Part } | undefined {
  let lo = min,
    hi = items.length - min,
    best: { k: number; part: Part } | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const part = find(items.slice(0, mid)).find((m) => m.al.cost === 0);
    if (part) {
      best = { k: mid, part };
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/**
 * The two passages a quotation joins, when its first words are verbatim in one place and the rest verbatim
 * in another place of the same speaker's (or document's) words, with no ellipsis between them.
 */
export function stitchedParts(
  items: QuoteItem[],
  find: Finder,
): { first: Part; second: Part; join: number } | undefined {
  if (items.some((x) => x.kind !== 'word') || items.length < 6 || items.length > 200) return undefined;
  const head = longestVerbatimPrefix(items, find, 3);
  if (!head) return undefined;
  const rest = items.slice(head.k);
  if (rest.length < 3) return undefined;
  const who = (st: Statement) => st.person?.name ?? st.speaker ?? st.doc.path;
  const second = find(rest).find(
    (m) =>
      m.al.cost === 0 &&
      who(m.st) === who(head.part.st) &&
      // Not simply the continuation of the first passage (that would have been verbatim as a whole).
      !(m.st === head.part.st && m.al.from === head.part.al.to),
  );
  if (!second) return undefined;
  return { first: head.part, second, join: head.k };
}

/**
 * A quotation whose parts, split at its ellipses, are each verbatim in the same speaker's words, across
 * paragraphs or turns ("We will open in September … we will not cut corners"): a fair quotation.
 */
export function ellipsisParts(items: QuoteItem[], find: Finder): Part[] | undefined {
  if (!items.some((x) => x.kind === 'gap')) return undefined;
  const parts: QuoteItem[][] = [[]];
  for (const x of items)
    if (x.kind === 'gap') parts.push([]);
    else parts[parts.length - 1].push(x);
  const words = parts.filter((p) => p.length);
  if (words.length < 2 || words.length > 8 || words.some((p) => p.length < 2)) return undefined;
  const who = (st: Statement) => st.person?.name ?? st.speaker ?? st.doc.path;
  const found: Part[] = [];
  for (const p of words) {
    const m = find(p).find((x) => x.al.cost === 0 && (!found.length || who(x.st) === who(found[0].st)));
    if (!m) return undefined;
    found.push(m);
  }
  return found;
}
