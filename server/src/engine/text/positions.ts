// Converts between UTF-16 offsets and LSP positions (0-based line, UTF-16 character).
// Line breaks are \n, \r\n and a lone \r, as in the LSP specification.
import type { Position, Range, Span } from '../types';

export class LineIndex {
  private lineStarts?: Uint32Array;
  constructor(readonly text: string) {}
  /** Where each line starts; found on first use (most source files are never shown by line). */
  get starts(): Uint32Array {
    if (this.lineStarts) return this.lineStarts;
    const text = this.text;
    let n = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
    for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) if (text.charCodeAt(i + 1) !== 10) n++;
    const s = new Uint32Array(n);
    let k = 1;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        s[k++] = i + 1;
      } else if (c === 10) s[k++] = i + 1;
    }
    return (this.lineStarts = s);
  }
  position(offset: number): Position {
    offset = Math.max(0, Math.min(offset, this.text.length));
    const starts = this.starts;
    let lo = 0,
      hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - starts[lo] };
  }
  offset(pos: Position): number {
    if (pos.line < 0) return 0;
    const starts = this.starts;
    if (pos.line >= starts.length) return this.text.length;
    const lineStart = starts[pos.line];
    const next = pos.line + 1 < starts.length ? starts[pos.line + 1] : this.text.length;
    let lineEnd = next;
    while (
      lineEnd > lineStart &&
      (this.text[lineEnd - 1] === '\n' || this.text[lineEnd - 1] === '\r') &&
      lineEnd > next - 2
    )
      lineEnd--;
    return Math.min(lineStart + Math.max(0, pos.character), lineEnd);
  }
  range(span: Span): Range {
    return { start: this.position(span.start), end: this.position(span.end) };
  }
}
