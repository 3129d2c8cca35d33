// A stitched quotation: two separate passages of one speaker's words joined
// without an ellipsis ("We will hire … recruits. The budget holds taxes flat"
// where the source has other words between them). Each part is verbatim; the
// quotation as a whole is altered (an ellipsis is missing), not unverified.
import type { Statement } from '../corpus/documents';
import { align, type Alignment, type QuoteItem } from './align';
import type { Token } from '../text/tokens';
import { tokensOf } from '../corpus/statement-tokens';

interface Part {
  st: Statement;
  al: Alignment;
}
type Finder = (items: QuoteItem[]) => Part[];

/** The longest run of the quotation's first items, word for word, anywhere in a statement's tokens. */
function prefixRun(items: QuoteItem[], tokens: Token[]): number {
  let best = 0;
  const first = (items[0] as { norm: string }).norm;
  for (let p = 0; p < tokens.length; p++) {
    if (tokens[p].norm !== first) continue;
    let k = 1;
    while (k < items.length && p + k < tokens.length && tokens[p + k].norm === (items[k] as { norm: string }).norm) k++;
    if (k > best) best = k;
  }
  return best;
}

/**
 * The two passages a quotation joins, when its first words (three or more) are verbatim in one place and the
 * rest verbatim in another place of the same speaker's (or document's) words, with no ellipsis between them.
 * The first passage is looked for in the statements that share most of the quotation's words (`sharing`: they
 * hold both passages' rare word sequences), the rest with one more search.
 */
export function stitchedParts(
  items: QuoteItem[],
  sharing: Statement[],
  find: Finder,
): { first: Part; second: Part; join: number } | undefined {
  if (items.some((x) => x.kind !== 'word') || items.length < 6 || items.length > 200) return undefined;
  const heads = sharing
    .map((st) => ({ st, k: Math.min(prefixRun(items, tokensOf(st)), items.length - 3) }))
    .filter((h) => h.k >= 3)
    .sort((a, b) => b.k - a.k);
  const who = (st: Statement) => st.person?.name ?? st.speaker ?? st.doc.path;
  for (const { st, k } of heads.slice(0, 3)) {
    const tokens = tokensOf(st);
    const al = align(items.slice(0, k), tokens, 0, tokens.length, st.text);
    if (!al || al.cost !== 0) continue;
    const head = { st, al };
    const second = find(items.slice(k)).find(
      (m) =>
        m.al.cost === 0 &&
        who(m.st) === who(st) &&
        // Not simply the continuation of the first passage (that would have been verbatim as a whole).
        !(m.st === st && m.al.from === al.to),
    );
    if (second) return { first: head, second, join: k };
  }
  return undefined;
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
