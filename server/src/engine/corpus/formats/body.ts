// Building the extracted text of a source: paragraphs separated by blank
// lines, place markers on lines of their own, and places recorded by offset.
import type { Extraction, FormatProblem, Place } from './types';
import type { Span } from '../../types';

export class BodyBuilder {
  private text = '';
  readonly places: Place[] = [];
  readonly markers: Span[] = [];
  readonly problems: FormatProblem[] = [];

  get length() {
    return this.text.length;
  }

  private gap() {
    if (this.text) this.text += this.text.endsWith('\n\n') ? '' : this.text.endsWith('\n') ? '\n' : '\n\n';
  }

  /** A line that shows where the following text is ("[p. 3]"), and the place it starts. */
  marker(label: string, shown = `[${label}]`) {
    this.gap();
    this.markers.push({ start: this.text.length, end: this.text.length + shown.length });
    this.text += shown;
    this.place(label, this.text.length + 2);
  }

  /** Records that text from `at` (default: the next paragraph) comes from `label`. */
  place(label: string, at = this.text.length + (this.text ? 2 : 0)) {
    const last = this.places[this.places.length - 1];
    if (last && last.at === at) last.label = label;
    else this.places.push({ at, label });
  }

  /** A paragraph (its inner line breaks and runs of spaces folded to single spaces). */
  paragraph(words: string) {
    const clean = oneLine(words);
    if (!clean) return;
    this.gap();
    this.text += clean;
  }

  /** Appends words to the current paragraph, returning the offset where they start. */
  append(words: string): number {
    const clean = oneLine(words);
    if (!clean) return this.text.length;
    if (this.text && !this.text.endsWith('\n')) this.text += ' ';
    const at = this.text.length;
    this.text += clean;
    return at;
  }

  hasWords(): boolean {
    let k = 0;
    for (const m of this.markers) {
      if (/\p{L}/u.test(this.text.slice(k, m.start))) return true;
      k = m.end;
    }
    return /\p{L}/u.test(this.text.slice(k));
  }

  done(meta: Extraction['meta']): Extraction {
    return { meta, body: this.text, places: this.places, markers: this.markers, problems: this.problems };
  }
}

export function oneLine(s: string): string {
  return s
    .replace(/[\u00ad\u200b]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const TURN_AT_START = /^([\p{Lu}][\p{L}\p{M}'’.\- ]{0,60}?)\s*:\s+\S/u;

/** Whether a paragraph starts with a `Name: words` turn. */
export function isTurn(p: string): boolean {
  const m = TURN_AT_START.exec(p);
  return (
    !!m &&
    m[1].split(/\s+/).length <= 6 &&
    !/^(note|notes|date|time|location|place|re|subject|from|to|cc|update|editor'?s note)$/i.test(m[1])
  );
}

/**
 * A leading metadata block typed into a document, as in a Markdown source:
 * a `---` line, `key: value` lines, a `---` line. Returns the keys and how
 * many paragraphs it took.
 */
export function leadingMetadata(paragraphs: string[]): { meta: Record<string, string>; used: number } {
  if (paragraphs[0]?.trim() !== '---') return { meta: {}, used: 0 };
  const meta: Record<string, string> = {};
  for (let i = 1; i < Math.min(paragraphs.length, 40); i++) {
    const p = paragraphs[i].trim();
    if (p === '---') return { meta, used: i + 1 };
    for (const line of p.split(/\n/)) {
      const m = /^([A-Za-z][\w-]{0,30})\s*:\s*(.*)$/.exec(line.trim());
      if (!m) return { meta: {}, used: 0 };
      const v = m[2].trim().replace(/^(["'])(.*)\1$/, '$2');
      if (v) meta[m[1].toLowerCase()] = v;
    }
  }
  return { meta: {}, used: 0 };
}
