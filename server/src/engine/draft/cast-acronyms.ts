// Acronyms in a draft's words: "NASA said", "a spokesperson for the FA" name an organization, the one the draft
// already named in full when the letters are its initials ("the Football Association" → FA).
import type { Member } from './cast-member';
import type { Word } from './words';

const SMALL = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'at', 'to', '&']);

/** Two to six capitals ("FA", "NASA", "UNICEF"), perhaps with an ampersand ("AT&T"). */
export function acronymShaped(x: Word): boolean {
  return /^\p{Lu}[\p{Lu}&]{1,5}$/u.test(x.w) && /\p{Lu}$/u.test(x.w);
}

/** A dateline ("GENEVA —", "KYIV, Ukraine —") opens a paragraph in capitals: a place, not an organization. */
export function datelineAt(text: string, blockStart: number, x: Word): boolean {
  return !text.slice(blockStart, x.start).trim() && /^\s*(?:[,—–-]|\(|$)/.test(text.slice(x.end, x.end + 3));
}

/**
 * Where a paragraph's dateline ends: "IPOH:", "SAN FRANCISCO (AP) --", "KYIV, Ukraine —", "Ipoh —". A place and a
 * wire service, never a speaker: the cast reads the paragraph from there. A city in capitals may end with a colon; one
 * written in title case only with a dash ("Smith: …" is a speaker's turn). 0 when the paragraph has none.
 */
export function datelineEnd(text: string, start: number, end: number): number {
  const head = text.slice(start, Math.min(end, start + 80));
  const m = DATELINE.exec(head);
  if (!m) return 0;
  const caps = /^\s*\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]*)*(?=[\s,(:—–-])/u.test(head);
  if (!caps && !/[—–]|--|\s-\s/.test(m[0])) return 0;
  return start + m[0].length;
}
const DATELINE = new RegExp(
  String.raw`^\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}` + // the city
    String.raw`(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})?` + // its region or country
    String.raw`(?:\s*\([\p{Lu}\p{L} .&-]{1,30}\))?` + // the wire service
    String.raw`\s*(?:—|–|--|\s-|:)\s+`,
  'u',
);

/** The organization named before whose initials the acronym spells (in full, or their start: CDC for CDCP). */
export function expandAcronym(members: Member[], acronym: string): Member | undefined {
  const want = acronym.replace(/&/g, '').toLowerCase();
  for (let k = members.length - 1, n = 0; k >= 0 && n < 500; k--, n++) {
    const m = members[k];
    if (m.kind !== 'org') continue;
    // "U.S. Department of Homeland Security" is DHS: a dotted abbreviation in the name takes no letter.
    const words = m.name.split(/[\s-]+/).filter((w) => w && !SMALL.has(w.toLowerCase()) && !w.includes('.'));
    if (words.length < 2) continue;
    const initials = words.map((w) => w[0].toLowerCase()).join('');
    if (initials === want || (want.length >= 3 && initials.startsWith(want))) return m;
  }
  return undefined;
}
