// Tokens of a statement, made when needed: keeping every token of a large
// corpus in memory would cost more than tokenizing the few candidates of a
// check again. A small cache keeps the recent ones.
import type { Statement } from './documents';
import { tokenize, type Token } from '../text/tokens';

const cache = new Map<Statement, Token[]>();
const MAX = 4096;

export function tokensOf(st: Statement): Token[] {
  let t = cache.get(st);
  if (t) return t;
  t = tokenize(st.text);
  if (cache.size >= MAX) cache.delete(cache.keys().next().value!);
  cache.set(st, t);
  return t;
}
