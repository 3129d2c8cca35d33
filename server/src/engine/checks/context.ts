// Finding the source sentence that states the same fact as a draft sentence:
// content words compared as crude stems, with numbers and dates masked.
import type { Corpus } from '../corpus/corpus';
import type { SourceDoc } from '../corpus/documents';
import type { Span } from '../types';
import { STOPWORDS, stem, tokenize } from '../text/tokens';

export interface SourceSentence { doc: SourceDoc; span: Span; text: string; date?: string; speaker?: string; stems: Set<string>; meta: Set<string> }

const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tomorrow', 'week']);
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'million', 'billion', 'dozen', 'dozens', 'percent']);

/** Content-word stems of a text: no stop words, numbers or dates. */
export function contentStems(text: string, from = 0, to = text.length): Set<string> {
  const out = new Set<string>();
  for (const t of tokenize(text, from, to)) {
    const w = t.norm;
    if (STOPWORDS.has(w) || /^\d/.test(w) || MONTHS.has(w) || DAYS.has(w) || NUMBER_WORDS.has(w) || w.length < 2) continue;
    out.add(stem(w.replace(/'s$/, '')));
  }
  return out;
}

const cache = new WeakMap<Corpus, SourceSentence[]>();

/** Every sentence of every source, with the date of what it reports and its document's metadata words. */
export function sourceSentences(corpus: Corpus): SourceSentence[] {
  let out = cache.get(corpus);
  if (out) return out;
  out = [];
  const seen = new Set<string>();
  for (const st of corpus.statements) {
    if (st.base === undefined && st.doc.kind !== 'jsonl') continue;
    const key = `${st.doc.path}:${st.span.start}`;
    if (seen.has(key)) continue; seen.add(key);
    const doc = st.doc;
    const meta = contentStems([doc.title, st.speaker, st.organization, doc.place].filter(Boolean).join(' '));
    const re = /[^.!?]+(?:[.!?]+(?=\s|$)|$)/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(st.text))) {
      const text = m[0].trim();
      if (!text) continue;
      const off = m.index + m[0].indexOf(text);
      const span = st.base !== undefined ? { start: st.base + off, end: st.base + off + text.length } : st.span;
      out.push({ doc, span, text, date: st.date ?? doc.date, speaker: st.person?.name ?? st.speaker, stems: contentStems(text), meta });
    }
  }
  cache.set(corpus, out);
  return out;
}

/** How much of the draft sentence's content the source sentence (and its document) shares, 0..1. */
export function overlap(draft: Set<string>, s: SourceSentence): number {
  if (!draft.size) return 0;
  let inText = 0, inMeta = 0;
  for (const w of draft) { if (s.stems.has(w)) inText++; else if (s.meta.has(w)) inMeta++; }
  return (inText + 0.7 * inMeta) / draft.size;
}
