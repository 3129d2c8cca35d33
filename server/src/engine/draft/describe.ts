import type { SpeakerRef } from './mentions';
import type { DraftQuote } from './analyze';

/** Who a speaker reference denotes, in words. */
export function describeRef(ref: SpeakerRef): string {
  switch (ref.kind) {
    case 'person':
      return ref.person.name;
    case 'org':
      return ref.org;
    case 'role':
      return ref.org ? `${ref.role} for ${ref.org}` : `a ${ref.role}`;
    case 'unknown':
      return `${ref.name} (not in the sources)`;
  }
}

/** The speaker of a quotation for the sheet: the resolved name (or organization), and whether the corpus knows them. */
export function speakerOf(ref: SpeakerRef | undefined): { speaker: string | null; speakerInCorpus: boolean } {
  if (!ref) return { speaker: null, speakerInCorpus: false };
  switch (ref.kind) {
    case 'person':
      return { speaker: ref.person.name, speakerInCorpus: true };
    case 'org':
      return { speaker: ref.org, speakerInCorpus: ref.known };
    case 'role':
      return ref.org ? { speaker: ref.org, speakerInCorpus: false } : { speaker: null, speakerInCorpus: false };
    case 'unknown':
      return { speaker: ref.name, speakerInCorpus: false };
  }
}

/** Quotations in reading order, each followed by the ones nested inside it. */
export function withNested(quotes: DraftQuote[]): DraftQuote[] {
  return quotes.flatMap((q) => [q, ...(q.inner ?? [])]);
}
