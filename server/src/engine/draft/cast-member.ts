// A member of a draft's cast (a person or organization the draft names) and one mention of it: in a module of
// their own so that the cast and the readers of names around it import no one another in a circle.
import type { Span } from '../types';
import type { Gender } from './words';

export interface Member {
  name: string;
  kind: 'person' | 'org' | 'unknown';
  first?: string;
  last?: string;
  gender: Gender;
  /** Role nouns the draft gives ("governor", "quarterback", "father", "newspaper"). */
  roles: Set<string>;
  /** Where it was last mentioned (for recency). */
  lastAt: number;
  mentions: number;
  /** The draft has called this person by the first name alone ("Kelsey"): the shared surname is another's. */
  firstNamed?: boolean;
}

export interface CastMention {
  span: Span;
  member: Member;
  block: number;
}
