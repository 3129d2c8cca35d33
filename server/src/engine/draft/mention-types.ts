// What a mention of a person or organization in prose denotes, in a module of its own so that the readers of
// names (mentions.ts) and of role phrases (role-mentions.ts) import no one another in a circle.
import type { Span } from '../types';
import type { Person } from '../corpus/people';

export type SpeakerRef =
  | { kind: 'person'; person: Person }
  | { kind: 'org'; org: string; known: boolean }
  | { kind: 'role'; role: string; org?: string }
  | { kind: 'unknown'; name: string };

export interface Mention {
  span: Span;
  ref: SpeakerRef;
  /** A role word said with the mention ("spokesperson" in "FM spokesperson Guo Jiakun"). */
  roleWord?: string;
  /** Everyone a short form can denote (two people with one surname); resolved to the one last named in full. */
  ambiguous?: Person[];
  /** Set when the name is a misspelling of a known person's. */
  misspelled?: boolean;
  /** The right spelling of what was written, when it is not the person's full name (an alias). */
  correct?: string;
}
