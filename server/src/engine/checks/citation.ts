// Citations: where in the corpus a quotation or fact comes from.
import type { Citation, Span } from '../types';
import type { Statement, SourceDoc } from '../corpus/documents';
import type { Alignment } from './align';
import { tokensOf } from '../corpus/statement-tokens';
import { placeAt } from '../corpus/formats/types';

/** The whole sentence(s) of the source around a span, for a readable citation. */
function sentenceAround(text: string, s: number, e: number, lo: number, hi: number): Span {
  while (s > lo && !(s >= 2 && isStop(text.charCodeAt(s - 2)) && /\s/.test(text[s - 1]))) s--;
  while (e < hi && !(e >= 1 && isStop(text.charCodeAt(e - 1)))) e++;
  return { start: s, end: e };
}

/** . ! ? */
const isStop = (c: number) => c === 46 || c === 33 || c === 63;

export function citationOf(st: Statement, al?: Alignment): Citation {
  const doc = st.doc;
  let span = st.span;
  let words = st.text;
  if (al && st.base !== undefined && al.to > al.from) {
    const tokens = tokensOf(st);
    const local = sentenceAround(st.text, tokens[al.from].start, tokens[al.to - 1].end, 0, st.text.length);
    span = { start: st.base + local.start, end: st.base + local.end };
    words = st.text.slice(local.start, local.end);
  }
  const c = cited(doc, span, words, {
    speaker: st.person?.name ?? st.speaker,
    role: st.role,
    organization: st.organization,
    date: st.date ?? doc.date,
  });
  if (st.title) c.title = st.title;
  return c;
}

export function cited(
  doc: SourceDoc,
  span: Span,
  text: string,
  who: { speaker?: string; role?: string; organization?: string; date?: string } = {},
): Citation {
  const c: Citation = {
    file: doc.path,
    span,
    range: doc.lines.range(span),
    text,
    title: doc.title,
    kind: doc.kind,
    ...Object.fromEntries(Object.entries(who).filter(([, v]) => v)),
  };
  if (doc.extracted) {
    c.format = doc.extracted.format;
    const place = placeAt(doc.extracted.places, span.start);
    if (place) c.place = place;
  }
  return c;
}
