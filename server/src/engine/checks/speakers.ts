// Whether a statement's speaker is the one a draft names, and how to name
// that speaker in the draft.
import type { Statement } from '../corpus/documents';
import type { SpeakerRef } from '../draft/mentions';
import { normName } from '../corpus/people';
import { looksLikeOrg, orgMatches } from '../corpus/orgs';

/** Can the draft judge who spoke? (A pronoun with no antecedent or "a spokesperson" alone cannot.) */
export function judgeable(ref: SpeakerRef | undefined): boolean {
  if (!ref) return false;
  if (ref.kind === 'role') return !!ref.org;
  return true;
}

export function compatible(ref: SpeakerRef, st: Statement): boolean {
  // words nobody is named for: anyone may have said them
  if (!st.person && !st.speaker && !st.organization) return true;
  const stOrgs = [st.organization, st.person ? undefined : st.speaker].filter((x): x is string => !!x);
  switch (ref.kind) {
    case 'person':
      if (st.person) return st.person === ref.person;
      if (st.speaker && normName(st.speaker) === normName(ref.person.name)) return true;
      // A nameless spokesperson's words may be a named official's of the same organization.
      return (
        !st.speaker ||
        (!!st.role &&
          ref.person.roles.some((r) => r.organization && stOrgs.some((o) => orgMatches(r.organization!, o))))
      );
    case 'unknown': {
      // A title before the name ("Board Vice Chair Gordon Pryce") still names that person.
      const said = normName(ref.name),
        full = [st.person?.name, st.speaker].filter((n): n is string => !!n).map(normName);
      if (full.some((n) => said.endsWith(' ' + n))) return true;
      // A draft that names the speaker by one name only ("Asante said") when the source gives the full name.
      if (!said.includes(' ') && full.some((n) => n.split(' ').includes(said))) return true;
      return (
        !st.speaker || normName(st.speaker) === said || (st.person?.aliases.some((a) => normName(a) === said) ?? false)
      );
    }
    case 'org':
      // A run read as an organization that ends with the speaker's name ("Board Vice Chair Gordon Pryce").
      if (st.person && normName(ref.org).endsWith(' ' + normName(st.person.name))) return true;
      if (stOrgs.some((o) => orgMatches(ref.org, o) || orgMatches(o, ref.org))) return true;
      return !!st.person?.roles.some((r) => r.organization && orgMatches(ref.org, r.organization));
    case 'role':
      if (!ref.org) return true;
      if (stOrgs.some((o) => orgMatches(ref.org!, o) || orgMatches(o, ref.org!))) return true;
      return !!st.person?.roles.some((r) => r.organization && orgMatches(ref.org!, r.organization));
  }
}

/** "the Department of Transportation", "the ministry", but "Runnymede Borough Council", "Apple". */
function withArticle(org: string): string {
  return /^the\s/i.test(org) || !/^\p{Ll}|^\p{Lu}\p{Ll}+\s+(?:of|for|on)\s/u.test(org) ? org : `the ${org}`;
}

/** Who said a statement, in words for a message: "Guo Jiakun (spokesperson, Chinese Foreign Ministry)". */
export function describeSpeaker(st: Statement): string {
  const name = st.person?.name ?? st.speaker;
  if (!name) return 'an unattributed source';
  if (st.role && name === st.role)
    return `a ${st.role}${st.organization ? ` for ${withArticle(st.organization)}` : ''}`;
  const extra = [st.role, st.organization && st.organization !== name ? st.organization : undefined]
    .filter(Boolean)
    .join(', ');
  return extra ? `${name} (${extra})` : name;
}

/** How the draft should name the statement's speaker in place of `written`. */
export function speakerName(
  st: Statement,
  written: string,
  mentionedBefore: (name: string) => boolean,
  wrongName?: string,
  fullNameInDraft?: (surname: string) => string | undefined,
): string {
  // A person: one the corpus knows, or one a source names without a record of them (a person quoted in an
  // article or a release), whose name is a name and not a description ("the ministry").
  const name = st.person?.name ?? (st.speaker && personShaped(st.speaker) ? st.speaker : undefined);
  if (name) {
    // One word (a surname, or a pronoun): the draft has named the person already, so the surname is its style.
    const single = !/\s/.test(written.trim());
    if (single && mentionedBefore(name)) {
      // The draft's short form: the family name in the same place as the one it wrote (Guo Jiakun -> Guo; Elena Ruiz ->
      // Ruiz).
      const parts = name.split(/\s+/);
      const familyFirst =
        !!wrongName && wrongName.split(/\s+/).length > 1 && wrongName.split(/\s+/)[0] === written.trim();
      return familyFirst ? parts[0] : parts[parts.length - 1];
    }
    return name;
  }
  if (st.role && st.speaker === st.role) return `a ${st.role} for the ${st.organization ?? 'organization'}`;
  if (st.speaker && /^\p{Lu}[\p{L}\p{M}’'-]*$/u.test(st.speaker) && !orgWord(st)) {
    // One capitalized word ("Faulconer said" in an article that never gave his first name): a surname the draft may
    // give in full; nothing sure to write otherwise ("the Faulconer" would be a falsehood of its own).
    return fullNameInDraft?.(st.speaker) ?? written;
  }
  if (st.speaker) return /^(the|a|an)\s/i.test(st.speaker) ? st.speaker : `the ${st.speaker}`;
  return written;
}

/** Whether a one-word speaker is an organization: the source's own, or one by its name's shape. */
function orgWord(st: Statement): boolean {
  return st.speaker === st.organization || st.speaker === st.doc.organization || looksLikeOrg(st.speaker!);
}

/** Two to four capitalized words (initials, hyphens and apostrophes allowed) no organization head noun ends. */
function personShaped(name: string): boolean {
  const word = String.raw`\p{Lu}[\p{L}\p{M}’'-]*\.?`;
  return (
    new RegExp(`^${word}(?:\\s+${word}){1,3}$`, 'u').test(name.trim()) &&
    !/^(the|a|an)\s/i.test(name) &&
    !looksLikeOrg(name)
  );
}
