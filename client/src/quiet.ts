// Quiet while typing: a diagnostic that is new on a line the writer is typing on waits until
// they pause, so no squiggle appears under a half-typed word. Diagnostics already shown stay
// (they move and update as usual); everything is released once the pause is long enough.
// Plain logic with no vscode import, so that it can be tested on its own.

export interface LineRange {
  start: { line: number };
  end: { line: number };
}
export interface DiagnosticLike {
  range: LineRange;
  code?: unknown;
  message: string;
}

/** A diagnostic's code as a string (VS Code gives `{value, target}` when the code has a link). */
export function codeOf(d: DiagnosticLike): string {
  const c = d.code;
  if (c && typeof c === 'object' && 'value' in (c as object)) return String((c as { value: unknown }).value);
  return c === undefined ? '' : String(c);
}

const touches = (r: LineRange, lines: Iterable<number>) => {
  for (const l of lines) if (r.start.line <= l && l <= r.end.line) return true;
  return false;
};

export class QuietTyping {
  private typing = new Map<string, { at: number; lines: Set<number> }>();

  constructor(
    readonly quietMs = 1000,
    private now: () => number = Date.now,
  ) {}

  /** The writer changed these lines of a document just now. */
  typed(uri: string, lines: number[]) {
    const t = this.now();
    const had = this.typing.get(uri);
    const keep = had && t - had.at < this.quietMs ? had.lines : new Set<number>();
    for (const l of lines) keep.add(l);
    this.typing.set(uri, { at: t, lines: keep });
  }

  /** Forget a document (closed). */
  forget(uri: string) {
    this.typing.delete(uri);
  }

  /**
   * What to show of `incoming` now, given what is `shown` and the lines the cursor is on;
   * `releaseIn` (ms) when some were held back and the full list should be offered again then.
   */
  filter<D extends DiagnosticLike>(
    uri: string,
    incoming: D[],
    shown: readonly DiagnosticLike[],
    cursorLines: number[] = [],
  ): { show: D[]; held: number; releaseIn?: number } {
    const t = this.typing.get(uri);
    const since = t ? this.now() - t.at : Infinity;
    if (!t || since >= this.quietMs) {
      if (t) this.typing.delete(uri);
      return { show: incoming, held: 0 };
    }
    const lines = new Set([...t.lines, ...cursorLines]);
    const wasShown = (d: D) => shown.some((s) => codeOf(s) === codeOf(d) && s.range.start.line === d.range.start.line);
    const show = incoming.filter((d) => !touches(d.range, lines) || wasShown(d));
    const held = incoming.length - show.length;
    return held ? { show, held, releaseIn: this.quietMs - since } : { show, held };
  }
}

/** The lines a text change touches: from its start line to the last line of the text put in. */
export function changedLines(change: { range: LineRange; text: string }): number[] {
  const added = (change.text.match(/\r\n|\r|\n/g) ?? []).length;
  const first = change.range.start.line,
    last = Math.max(change.range.end.line, first + added);
  const out: number[] = [];
  for (let l = first; l <= last && out.length < 50; l++) out.push(l);
  return out;
}
