import type { SpeakerRef } from './mentions';

/** Who a speaker reference denotes, in words. */
export function describeRef(ref: SpeakerRef): string {
  switch (ref.kind) {
    case 'person': return ref.person.name;
    case 'org': return ref.org;
    case 'role': return ref.org ? `${ref.role} for ${ref.org}` : `a ${ref.role}`;
    case 'unknown': return `${ref.name} (not in the sources)`;
  }
}
