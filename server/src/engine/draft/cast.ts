// The cast of a draft: the people and organizations it names, read from the
// writer's own words (quotations blanked), with what the draft tells about each
// (titles, descriptions, gender), and every later mention resolved to the one
// introduced in full: "Mr. Kessler", "Jalen", "Delmont Chemical" → the full name.
import type { Span } from '../types';
import { wordsOf, isCap, isTitle, titleRole, isOrgWord, isPlaceWord, genderOfFirstName, type Word } from './words';
import { FUNCTION_CAPS, HONORIFIC_GENDER, GROUP_NOUNS, SPOKES_NOUNS } from './words';
import type { Member } from './cast-member';
import { MentionIndex } from './cast-index';
import {
  fold,
  CONNECTORS,
  KIN,
  DOT_NAMES,
  adjacent,
  nameShaped,
  personIn,
  chooseShort,
  camelCased,
  occupationWord,
  longerName,
  ownedAt,
  TRADED,
} from './cast-names';
import { describe, orgDescribed } from './cast-describe';
import { acronymShaped, datelineAt, datelineEnd, expandAcronym } from './cast-acronyms';
import { participleOpens } from './clause-shape';

export type { Member, CastMention } from './cast-member';
export { nameShaped } from './cast-names';

export class Cast extends MentionIndex {
  readonly members: Member[] = [];
  private bound = new Map<string, Member>();
  private byName = new Map<string, Member>();
  /** People by the fold of their first and last names; organizations by their first word. */
  private byPart = new Map<string, Member[]>();
  private orgByFirst = new Map<string, Member[]>();

  /** Every word of the text, tokenized once (attribution reads its clauses from here too). */
  private all: Word[];

  constructor(
    readonly text: string,
    private blocks: Span[],
  ) {
    super();
    this.all = wordsOf(text);
    blocks.forEach((b, k) => this.scanBlock(b, k));
  }

  /** The words in text[from, to). */
  words(from: number, to: number): Word[] {
    const A = this.all;
    let lo = 0,
      hi = A.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (A[mid].start < from) lo = mid + 1;
      else hi = mid;
    }
    let e = lo;
    while (e < A.length && A[e].end <= to) e++;
    return A.slice(lo, e);
  }

  private person(name: string, at: number, titles: string[]): Member {
    const key = fold(name);
    let m = this.byName.get('p|' + key);
    const parts = name.split(/\s+/);
    if (!m) {
      const hon = titles.map((t) => HONORIFIC_GENDER[t]).find(Boolean);
      m = {
        name,
        kind: 'person',
        first: parts[0],
        last: parts[parts.length - 1],
        gender: hon ?? genderOfFirstName(parts[0]),
        roles: new Set(),
        lastAt: at,
        mentions: 0,
      };
      this.members.push(m);
      this.byName.set('p|' + key, m);
      for (const part of new Set([fold(parts[0]), fold(parts[parts.length - 1])])) {
        const list = this.byPart.get(part) ?? [];
        if (list.length < 50) list.push(m);
        this.byPart.set(part, list);
      }
    }
    for (const t of titles) {
      const r = titleRole(t);
      if (r) m.roles.add(r);
    }
    return m;
  }

  private org(name: string, at: number): Member {
    // (a sentence's first word may be an article: "A Runnymede Borough Council spokesman said")
    name = name.replace(/['’]s?$/, '').replace(/^(?:[Aa]n?)\s+(?=\p{Lu})/u, '');
    const key = fold(name.replace(/^the\s+/i, ''));
    const first = key.split(' ')[0];
    const same = this.orgByFirst.get(first) ?? [];
    let m = same.find((x) => fold(x.name) === key || fold(x.name).startsWith(key + ' '));
    if (!m) {
      m = {
        name: name.replace(/^the\s+/i, ''),
        kind: 'org',
        gender: undefined,
        roles: new Set(),
        lastAt: at,
        mentions: 0,
      };
      this.members.push(m);
      if (same.length < 50) same.push(m);
      this.orgByFirst.set(first, same);
    }
    return m;
  }

  /** An organization the draft named before whose name starts with these words. */
  private knownOrg(words: Word[]): Member | undefined {
    const key = fold(words.map((x) => x.w).join(' '));
    return this.orgByFirst
      .get(key.split(' ')[0])
      ?.find((x) => fold(x.name) === key || fold(x.name).startsWith(key + ' '));
  }

  private mention(member: Member, start: number, end: number, block: number) {
    member.lastAt = start;
    member.mentions++;
    this.mentions.push({ span: { start, end }, member, block });
  }

  blockStart(k: number) {
    return this.blocks[k]?.start ?? 0;
  }
  blockEnd(k: number) {
    return this.blocks[k]?.end ?? 0;
  }
  byFullName(name: string): Member | undefined {
    return this.byName.get('p|' + fold(name));
  }
  textBefore(pos: number, n: number) {
    return this.text.slice(Math.max(0, pos - n), pos);
  }

  /** The person a short form denotes: a surname, a first name, "Mr. Kessler", "Judge Castellanos". */
  resolveShort(written: string, titles: string[], at: number): Member | undefined {
    const key = fold(written);
    const bindKey = titles.join(' ') + '|' + key;
    const bound = this.bound.get(bindKey);
    if (bound) return bound;
    const cands = this.byPart.get(key) ?? [];
    if (!cands.length) return this.orgByFirst.get(key)?.[0];
    const best = chooseShort(cands, key, titles, at);
    if (best && titles.length) this.bound.set(bindKey, best);
    return best;
  }

  /** A person by a role noun ("the governor", "the quarterback"), the one the draft last gave it to. */
  resolveRole(noun: string, at: number): Member | undefined {
    // The nearest mention before `at` of someone with the role (a member's lastAt is its last in the whole text).
    for (let k = this.firstFrom(at) - 1, n = 0; k >= 0 && n < 300; k--, n++) {
      const m = this.mentions[k].member;
      if (m.kind === 'person' && m.roles.has(noun)) return m;
    }
    let best: Member | undefined;
    for (const m of this.members)
      if (m.kind === 'person' && m.roles.has(noun) && m.lastAt <= at && (!best || m.lastAt > best.lastAt)) best = m;
    return best;
  }

  /** Words of a capitalized run, split into the person or organization they name; records mentions. */
  private scanBlock(b: Span, block: number) {
    const W = this.words(b.start, b.end);
    const dateline = datelineEnd(this.text, b.start, b.end);
    for (let i = 0; i < W.length; i++) {
      if (!isCap(W[i].w) || W[i].start < dateline) continue;
      let j = i + 1;
      while (
        j < W.length &&
        adjacent(this.text, W[j - 1], W[j]) &&
        !(W[j - 1].poss && !isCap(W[j].w)) &&
        !(
          W[j - 1].dot &&
          !isTitle(W[j - 1].low) &&
          W[j - 1].w.length > 1 &&
          !W[j - 1].w.includes('.') &&
          !DOT_NAMES.has(W[j - 1].low)
        )
      ) {
        if (isCap(W[j].w) || W[j].w === '&' || (/^\d+$/.test(W[j].w) && W[j - 1].low === 'local')) {
          j++;
          continue;
        }
        if (CONNECTORS.has(W[j].low) && j + 1 < W.length && isCap(W[j + 1].w) && adjacent(this.text, W[j], W[j + 1])) {
          j++;
          continue;
        }
        break;
      }
      this.readRun(W, i, j, block);
      i = j - 1;
    }
  }

  private readRun(W: Word[], from: number, to: number, block: number) {
    let a = from;
    while (
      a < to &&
      (FUNCTION_CAPS.has(W[a].low) || (CONNECTORS.has(W[a].low) && !isCap(W[a].w))) &&
      !(W[a].low === 'the' && a + 1 < to && isTitle(W[a + 1].low))
    )
      a++;
    // "Members of X", "Analysts at X": the organization.
    if (a + 1 < to && GROUP_NOUNS.has(W[a].low) && CONNECTORS.has(W[a + 1].low)) a += 2;
    if (a >= to) return;
    // "Anthony Weiner's New York City campaign": a person's name with 's, then what is theirs; "The Peaks' Tomas
    // Riedl": a team's (or a place's) person, not one name.
    let owner = a + 1;
    while (owner < to - 1 && !W[owner].poss) owner++;
    if (owner >= to - 1) owner = -1;
    const singular = owner > 0 && /^['’]s/i.test(this.text.slice(W[owner].start + W[owner].w.length));
    const cut =
      singular && genderOfFirstName(W[a].w) && personIn(W, a, owner + 1)?.start === a ? owner + 1 : ownedAt(W, a, to);
    if (cut > 0) {
      this.readRun(W, a, cut, block);
      this.readRun(W, cut, to, block);
      return;
    }
    const words = W.slice(a, to);
    const lows = words.map((x) => x.low);
    // "Lena Park of Brightwater Securities": a person of an organization.
    const ofAt = lows.findIndex((l, k) => k > 0 && (l === 'of' || l === 'for' || l === 'at'));
    if (ofAt > 0) {
      const left = personIn(W, a, a + ofAt);
      if (left) {
        this.addPerson(W, a, a + ofAt, left, block);
        this.readRun(W, a + ofAt + 1, to, block);
        return;
      }
    }
    // "Thomas and Jennifer Kessler": two people, one surname.
    const andAt = lows.indexOf('and');
    if (andAt > 0) {
      const right = personIn(W, a + andAt + 1, to);
      const firstOnly =
        andAt === 1 && nameShaped(words[0]) && genderOfFirstName(words[0].w) && right && right.end - right.start >= 2;
      if (firstOnly && right) {
        const last = W[right.end - 1].w;
        const m = this.person(`${words[0].w} ${last}`, words[0].start, []);
        this.mention(m, words[0].start, words[0].end, block);
        this.addPerson(W, a + andAt + 1, to, right, block);
        return;
      }
      const left = personIn(W, a, a + andAt);
      if (
        !lows.some((l) => isOrgWord(l)) ||
        (left && genderOfFirstName(W[left.start].w)) ||
        (right && genderOfFirstName(W[right.start].w))
      ) {
        this.readRun(W, a, a + andAt, block);
        this.readRun(W, a + andAt + 1, to, block);
        return;
      }
    }
    // A name at the end after titles wins over organization words before it ("House Speaker Thomas Hargrove").
    const named = personIn(W, a, to);
    if (named && named.end === to && named.start > a && isTitle(W[named.start - 1].low)) {
      this.addPerson(W, a, to, named, block);
      return;
    }
    // A place ("Union Street", "the Tennant River") is nobody.
    if (isPlaceWord(lows[lows.length - 1])) return;
    // "the Boston Comets", "the Marlow Ledger": a person's name never follows "the" (titles aside: "the Rev.").
    const afterThe =
      (a > 0 && W[a - 1].w === 'the' && adjacent(this.text, W[a - 1], W[a]) && !isTitle(W[a].low)) ||
      (a > from && W[a - 1].low === 'the' && !isTitle(W[a].low));
    const orgish =
      lows.some((l) => isOrgWord(l)) ||
      lows.includes('&') ||
      orgDescribed(this.text, W, a) ||
      (afterThe && words.length >= 2);
    if (orgish) {
      const name = this.text.slice(words[0].start, words[words.length - 1].end);
      const m = this.org(name, words[0].start);
      describe(this.text, m, W, a, to);
      this.mention(m, words[0].start, words[words.length - 1].end, block);
      return;
    }
    // "Harvest Table's chief executive": the short form of an organization named before, not a person.
    const known = words.length >= 2 && words[words.length - 1].poss ? this.knownOrg(words) : undefined;
    if (known) {
      this.mention(known, words[0].start, words[words.length - 1].start + words[words.length - 1].w.length, block);
      return;
    }
    const p = named; // (personIn(W, a, to) as read above: W is never changed)
    if (p) {
      this.addPerson(W, a, to, p, block);
      return;
    }
    // One name-shaped word, perhaps after titles: a short form of someone named before.
    const last = words[words.length - 1];
    if (
      words.length === 1 &&
      acronymShaped(last) &&
      !isTitle(last.low) &&
      !datelineAt(this.text, this.blockStart(block), last)
    ) {
      // "NASA said", "a spokesperson for the FA": an organization (the one named before, when these are its initials).
      this.mention(expandAcronym(this.members, last.w) ?? this.org(last.w, last.start), last.start, last.end, block);
      return;
    }
    // "a Treasury spokesman": a department word alone before a spokesperson noun names the organization they speak for.
    const after = W[to];
    if (
      words.length === 1 &&
      titleRole(last.low) === '' &&
      after &&
      SPOKES_NOUNS.has(after.low) &&
      adjacent(this.text, last, after)
    ) {
      this.mention(this.org(last.w, last.start), last.start, last.end, block);
      return;
    }
    // A surname that is also a title ("Bishop", "Judge") when the draft introduced someone by it.
    const titleSurname =
      words.length === 1 &&
      isTitle(last.low) &&
      !last.dot &&
      (this.byPart.get(fold(last.w)) ?? []).some((m) => fold(m.last ?? '') === fold(last.w));
    if (!nameShaped(last) && !titleSurname) return;
    const titles = words
      .slice(0, -1)
      .map((x) => x.low)
      .filter((l) => isTitle(l));
    const m = this.resolveShort(last.w, titles, last.start);
    if (m) {
      if (!titles.length && m.kind === 'person' && fold(m.first ?? '') === fold(last.w) && m.last !== m.first)
        m.firstNamed = true;
      this.mention(m, last.start, last.end, block);
      return;
    }
    // "Baptiste's wife, Yvonne,": a first name that takes the family's surname.
    const kin =
      words.length === 1 && genderOfFirstName(last.w)
        ? KIN.exec(this.text.slice(Math.max(0, last.start - 80), last.start))
        : null;
    if (kin) {
      const owner = this.resolveShort(kin[1], [], last.start);
      if (owner?.kind === 'person' && owner.last) {
        const p = this.person(`${last.w} ${owner.last}`, last.start, []);
        p.roles.add(kin[2].toLowerCase());
        this.mention(p, last.start, last.end, block);
        return;
      }
    }
    // "Ms Leffman", "Sen. Okafor" with no full name anywhere before: a person the draft names by surname alone.
    if (words.length === titles.length + 1 && titles.some((t) => titleRole(t)) && !isTitle(last.low)) {
      const p = this.person(last.w, last.start, titles);
      p.first = undefined;
      this.mention(p, last.start, last.end, block);
      return;
    }
    if (words.length === 1 && !participleOpens(W.slice(a, a + 3))) {
      // A one-word name nobody was introduced by: an organization, a place, or someone the draft names so.
      let u = this.byName.get('u|' + last.w);
      if (!u) {
        // "Chemours shares plunged": a name with shares or a stock price is a company's.
        const traded = !!W[to] && adjacent(this.text, last, W[to]) && TRADED.has(W[to].low);
        const kind = camelCased(last.w) || traded ? 'org' : 'unknown';
        const roles = new Set<string>(traded ? ['company'] : []);
        u = { name: last.w, kind, gender: undefined, roles, lastAt: last.start, mentions: 0 };
        this.members.push(u);
        this.byName.set('u|' + last.w, u);
      }
      describe(this.text, u, W, a, to);
      this.mention(u, last.start, last.end, block);
    }
  }

  private addPerson(W: Word[], from: number, to: number, p: { start: number; end: number }, block: number) {
    const last = W[p.end - 1];
    // "Daniel Osei's novel": the name without its possessive ending.
    const end = last.poss ? last.start + last.w.length : last.end;
    const name = this.text.slice(W[p.start].start, end);
    const longer = longerName(this.byPart, name);
    if (longer) return this.mention(longer, W[p.start].start, end, block);
    const titles = W.slice(from, p.start)
      .map((x) => x.low)
      .filter((l) => isTitle(l));
    const m = this.person(name, W[p.start].start, titles);
    // "Striker Kwame Asante-Boateng": "the striker" later.
    if (p.start > from && occupationWord(W[p.start - 1])) m.roles.add(W[p.start - 1].low);
    describe(this.text, m, W, from, to);
    // The mention is the name itself: a fix that names another speaker keeps "Mayor" or "Dr." as the draft has them.
    this.mention(m, W[p.start].start, end, block);
  }
}
