// Converts between UTF-16 offsets and LSP positions (0-based line, UTF-16 character).
// Line breaks are \n, \r\n and a lone \r, as in the LSP specification.
import type { Position, Range, Span } from '../types';

export class LineIndex {
  readonly starts: number[];
  constructor(readonly text: string) {
    const s = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) { if (text.charCodeAt(i + 1) === 10) i++; s.push(i + 1); }
      else if (c === 10) s.push(i + 1);
    }
    this.starts = s;
  }
  position(offset: number): Position {
    offset = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0, hi = this.starts.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (this.starts[mid] <= offset) lo = mid; else hi = mid - 1; }
    return { line: lo, character: offset - this.starts[lo] };
  }
  offset(pos: Position): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.starts.length) return this.text.length;
    const lineStart = this.starts[pos.line];
    const next = pos.line + 1 < this.starts.length ? this.starts[pos.line + 1] : this.text.length;
    let lineEnd = next;
    while (lineEnd > lineStart && (this.text[lineEnd - 1] === '\n' || this.text[lineEnd - 1] === '\r') && lineEnd > next - 2) lineEnd--;
    return Math.min(lineStart + Math.max(0, pos.character), lineEnd);
  }
  range(span: Span): Range { return { start: this.position(span.start), end: this.position(span.end) }; }
}
