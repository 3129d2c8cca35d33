// Glob patterns from files a workspace provides (`.verbatim/accepted.yaml` `draft:` entries,
// `verbatim.drafts.include` / `verbatim.exclude`), matched without backtracking: a committed
// pattern such as `+(*|?)x` must not hang the server. The pattern is compiled into path
// segments, each a list of tokens, and matched by keeping the set of positions reachable so far
// (a simulated automaton), so a match costs at most pattern length × path length.
//
// Syntax: `*` (any characters within one segment), `?` (one character), `[abc]`, `[a-z]`,
// `[!a]` / `[^a]` (one character of a class), `**` as a whole segment (any number of segments,
// none included), `{a,b}` (alternatives, nested, expanded up to MAX_ALTERNATIVES), `\x` (x itself).
// No extglobs: `+(a|b)`, `@(…)`, `!(…)` are literal characters. Dot files match like any other
// (as minimatch's `dot: true`). Patterns are at most MAX_GLOB_LENGTH characters.

export const MAX_GLOB_LENGTH = 300;
const MAX_ALTERNATIVES = 64;

type Token =
  | { kind: 'char'; c: string }
  | { kind: 'any' }
  | { kind: 'star' }
  | { kind: 'class'; negate: boolean; ranges: [string, string][] };
type Segment = Token[] | 'globstar';

export interface Glob {
  /** Whether the path (forward slashes) matches. */
  match(path: string): boolean;
  /** Whether the pattern has any wildcard (else it names one path). */
  hasMagic: boolean;
  /** Why the pattern never matches (too long, too many alternatives). */
  error?: string;
}

/** Compiles a pattern; a pattern that is too long or has too many alternatives never matches, and says why. */
export function compileGlob(pattern: string, opts: { nocase?: boolean } = {}): Glob {
  if (pattern.length > MAX_GLOB_LENGTH) return never(`the pattern is longer than ${MAX_GLOB_LENGTH} characters`);
  const alternatives = expandBraces(pattern);
  if (!alternatives) return never(`the pattern has more than ${MAX_ALTERNATIVES} {…} alternatives`);
  const fold = (s: string) => (opts.nocase ? s.toLowerCase() : s);
  const compiled = alternatives.map((p) => compile(fold(p)));
  const hasMagic = compiled.some((segs) => segs.some((s) => s === 'globstar' || s.some((t) => t.kind !== 'char')));
  return {
    hasMagic,
    match: (path) => {
      const parts = fold(path).split('/');
      return compiled.some((segs) => matchSegments(segs, parts));
    },
  };
}

function never(error: string): Glob {
  return { hasMagic: true, error, match: () => false };
}

/** `{a,b}` alternatives expanded (nested braces too); undefined beyond MAX_ALTERNATIVES. */
function expandBraces(p: string): string[] | undefined {
  let open = -1,
    depth = 0;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '{') {
      if (depth++ === 0) open = i;
      continue;
    }
    if (c === '}' && depth > 0 && --depth === 0) {
      const parts: string[] = [];
      let from = open + 1,
        d = 0;
      for (let k = open + 1; k < i; k++) {
        const x = p[k];
        if (x === '\\') {
          k++;
          continue;
        }
        if (x === '{') d++;
        else if (x === '}') d--;
        else if (x === ',' && d === 0) {
          parts.push(p.slice(from, k));
          from = k + 1;
        }
      }
      parts.push(p.slice(from, i));
      if (parts.length < 2) continue; // `{a}` is literal, as in minimatch
      const out: string[] = [];
      for (const part of parts) {
        const more = expandBraces(p.slice(0, open) + part + p.slice(i + 1));
        if (!more || out.length + more.length > MAX_ALTERNATIVES) return undefined;
        out.push(...more);
      }
      return out;
    }
  }
  return [p];
}

function compile(pattern: string): Segment[] {
  return pattern.split('/').map((seg): Segment => {
    if (seg === '**') return 'globstar';
    const tokens: Token[] = [];
    for (let i = 0; i < seg.length; i++) {
      const c = seg[i];
      if (c === '\\' && i + 1 < seg.length) {
        tokens.push({ kind: 'char', c: seg[++i] });
        continue;
      }
      if (c === '*') {
        if (tokens[tokens.length - 1]?.kind !== 'star') tokens.push({ kind: 'star' });
        continue;
      }
      if (c === '?') {
        tokens.push({ kind: 'any' });
        continue;
      }
      if (c === '[') {
        const cls = readClass(seg, i);
        if (cls) {
          tokens.push(cls.token);
          i = cls.end;
          continue;
        }
      }
      tokens.push({ kind: 'char', c });
    }
    return tokens;
  });
}

/** A `[…]` class starting at `i`, and the index of its `]`; undefined when unclosed (then `[` is literal). */
function readClass(seg: string, i: number): { token: Token; end: number } | undefined {
  let k = i + 1;
  const negate = seg[k] === '!' || seg[k] === '^';
  if (negate) k++;
  const ranges: [string, string][] = [];
  let first = true;
  for (; k < seg.length; k++) {
    let c = seg[k];
    if (c === ']' && !first) return { token: { kind: 'class', negate, ranges }, end: k };
    first = false;
    if (c === '\\' && k + 1 < seg.length) c = seg[++k];
    if (seg[k + 1] === '-' && k + 2 < seg.length && seg[k + 2] !== ']') {
      let hi = seg[k + 2];
      k += 2;
      if (hi === '\\' && k + 1 < seg.length) hi = seg[++k];
      ranges.push([c, hi]);
    } else ranges.push([c, c]);
  }
  return undefined;
}

function tokenMatches(t: Token, c: string): boolean {
  if (t.kind === 'char') return t.c === c;
  if (t.kind === 'any') return true;
  if (t.kind === 'class') return t.negate !== t.ranges.some(([lo, hi]) => c >= lo && c <= hi);
  return true;
}

/** One segment against one pattern segment: the set of token positions reached, character by character. */
function matchSegment(tokens: Token[], s: string): boolean {
  const n = tokens.length;
  let cur = new Uint8Array(n + 1),
    next = new Uint8Array(n + 1);
  const close = (set: Uint8Array) => {
    for (let k = 0; k < n; k++) if (set[k] && tokens[k].kind === 'star') set[k + 1] = 1;
  };
  cur[0] = 1;
  close(cur);
  for (let i = 0; i < s.length; i++) {
    next.fill(0);
    let any = false;
    for (let k = 0; k < n; k++) {
      if (!cur[k]) continue;
      const t = tokens[k];
      if (t.kind === 'star') {
        next[k] = 1;
        any = true;
      } else if (tokenMatches(t, s[i])) {
        next[k + 1] = 1;
        any = true;
      }
    }
    if (!any) return false;
    close(next);
    [cur, next] = [next, cur];
  }
  return cur[n] === 1;
}

/** Path segments against pattern segments, `**` taking any number of segments: the set of pattern positions reached. */
function matchSegments(segs: Segment[], parts: string[]): boolean {
  const n = segs.length;
  let cur = new Uint8Array(n + 1);
  const close = (set: Uint8Array) => {
    for (let k = 0; k < n; k++) if (set[k] && segs[k] === 'globstar') set[k + 1] = 1;
  };
  cur[0] = 1;
  close(cur);
  for (const part of parts) {
    const next = new Uint8Array(n + 1);
    let any = false;
    for (let k = 0; k < n; k++) {
      if (!cur[k]) continue;
      const seg = segs[k];
      if (seg === 'globstar') {
        if (part !== '.' && part !== '..') {
          next[k] = 1;
          any = true;
        }
      } else if (matchSegment(seg, part)) {
        next[k + 1] = 1;
        any = true;
      }
    }
    if (!any) return false;
    close(next);
    cur = next;
  }
  return cur[n] === 1;
}
