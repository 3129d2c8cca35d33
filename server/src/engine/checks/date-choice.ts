// Which date of a source sentence a draft date is to be compared with, when the sentence gives several
// ("reopens Saturday or Sunday, with work to continue until Dec. 22"; "from Nov. 22 through Nov. 24"): the one
// following the date the draft gives just before it ("from Nov. 22 through Nov. 25": Nov. 24), else the one whose
// own words the draft date's words share most. Two dates equally linked leave the choice unsure.
import type { Span } from '../types';
import { contentStems } from '../text/content-words';
import { dateSegment } from './date-links';

export interface DatedEvent {
  s: { id: number; text: string };
  date: string;
  score: number;
  /** Where a stated date is in its sentence, and its place among the sentence's stated dates. */
  span?: Span;
  k: number;
}

export interface Choice<E> {
  best: E;
  /** Another date is as well linked as the chosen one. */
  competing: boolean;
}

export function chooseEvent<E extends DatedEvent>(
  near: E[],
  prevDate: string | undefined,
  stems: Set<string>,
): Choice<E> {
  const first = near[0];
  // The date after the draft's previous date, in a sentence giving both.
  if (prevDate !== undefined)
    for (const e of near) {
      if (e.date !== prevDate || !e.span) continue;
      const next = near.find((x) => x.s.id === e.s.id && x.k === e.k + 1);
      if (next) return { best: next, competing: false };
    }
  const same = near.filter((e) => e.s.id === first.s.id && e.span);
  let best = first,
    tie = false;
  if (same.length > 1) {
    const spans = same.map((e) => e.span!);
    const whole = { start: 0, end: first.s.text.length };
    const overlap = (e: E) => {
      const seg = dateSegment(e.span!, whole, spans);
      let n = 0;
      for (const w of contentStems(first.s.text, seg.start, seg.end)) if (stems.has(w)) n++;
      return n;
    };
    const scored = same.map((e) => ({ e, n: overlap(e) })).sort((a, b) => b.n - a.n);
    best = scored[0].e;
    tie = scored.length > 1 && scored[1].n === scored[0].n && scored[1].e.date !== best.date;
  }
  const competing =
    tie || near.some((e) => e.date !== best.date && e.s.id !== best.s.id && e.score >= best.score * 0.9);
  return { best, competing };
}
