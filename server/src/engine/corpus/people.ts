// Who is who: the people and organizations of a corpus, from people.yaml and
// from every speaker the sources name, with the short forms a draft may use.
import Fuse from 'fuse.js';
import { normalizeWord } from '../text/tokens';
import { looksLikeOrg, orgMatches } from './orgs';

import type { Span } from '../types';
import type { SourceDoc } from './source-doc';

/** A title at an organization, and where the corpus says so (for citations). */
export interface Role {
  title?: string;
  organization?: string;
  source?: { doc: SourceDoc; span: Span };
}

export interface Person {
  name: string;
  /** Short forms: people.yaml aliases and, for names of two or more words, the first and last word. */
  aliases: string[];
  roles: Role[];
  /** True when people.yaml lists the person. */
  listed: boolean;
}

export function normName(s: string): string {
  // Remembered: the registry asks for the same few thousand names over and over (every addPerson, lookup and person
  // call, when a corpus is built or read back from the cache, and for every mention in a draft).
  let v = NORM_NAMES.get(s);
  if (v !== undefined) return v;
  v = s
    .split(/[^\p{L}\p{M}\p{N}'’-]+/u)
    .filter(Boolean)
    .map(normalizeWord)
    .join(' ');
  if (NORM_NAMES.size >= 50_000) NORM_NAMES.clear();
  NORM_NAMES.set(s, v);
  return v;
}
const NORM_NAMES = new Map<string, string>();

/** Role words that name a nameless speaker ("spokesperson" for an organization). */
export const ROLE_WORDS = new RegExp(
  String.raw`^(?:spokesperson|spokesman|spokeswoman|spokespeople|representative|official|officials|press office` +
    String.raw`|press ` +
    String.raw`secretary|statement|release)$`,
  'i',
);

export class People {
  readonly persons: Person[] = [];
  readonly orgs: string[] = [];
  private byKey = new Map<string, Person[]>();
  /** Changes whenever a person, short form or organization is added (for caches of draft readings). */
  version = 0;
  private fuse?: Fuse<{ name: string; person: Person }>;

  person(name: string): Person | undefined {
    return this.byKey.get(normName(name))?.find((p) => normName(p.name) === normName(name));
  }

  /** Adds (or merges) a person; returns it. */
  addPerson(name: string, role?: Role, aliases: string[] = [], listed = false): Person {
    name = name.trim();
    let p =
      this.person(name) ??
      this.lookup(name).find((q) => q.aliases.some((a) => normName(a) === normName(name)) && q.listed);
    if (!p) {
      p = { name, aliases: [], roles: [], listed };
      this.version++;
      this.persons.push(p);
      this.fuse = undefined;
      this.index(normName(name), p);
      const parts = name.split(/\s+/).filter(Boolean);
      if (parts.length >= 2) for (const a of new Set([parts[0], parts[parts.length - 1]])) this.addAlias(p, a, false);
    }
    p.listed ||= listed;
    for (const a of aliases) this.addAlias(p, a, true);
    if (role && (role.title || role.organization)) {
      const same = p.roles.find((r) => r.title === role.title && r.organization === role.organization);
      if (!same) p.roles.push(role);
      else same.source ??= role.source;
    }
    if (role?.organization) this.addOrg(role.organization);
    return p;
  }

  private addAlias(p: Person, alias: string, explicit: boolean) {
    if (!alias || normName(alias) === normName(p.name)) return;
    if (!/^\p{Lu}/u.test(alias) && !explicit) return;
    if (!p.aliases.includes(alias)) {
      p.aliases.push(alias);
      this.version++;
    }
    this.index(normName(alias), p);
  }

  private index(key: string, p: Person) {
    // Which keys list this person (a set per person: a key's list can hold thousands of people).
    let keys = this.keysOf.get(p);
    if (!keys) {
      keys = new Set();
      this.keysOf.set(p, keys);
    }
    if (keys.has(key)) return;
    keys.add(key);
    const list = this.byKey.get(key);
    if (list) list.push(p);
    else this.byKey.set(key, [p]);
  }
  private keysOf = new WeakMap<Person, Set<string>>();

  /** Each key of the registry with the people it lists, by their place in `persons`, in order (for the cache). */
  dumpKeys(): [string, number[]][] {
    const at = new Map(this.persons.map((p, i) => [p, i]));
    return [...this.byKey].map(([k, ps]) => [k, ps.map((p) => at.get(p)!)]);
  }

  /**
   * Fills an empty registry with people, keys and organizations as dumped (corpus/cache.ts): the same registry
   * as the one the people were added to, without adding them again one by one.
   */
  restore(persons: Person[], keys: [string, number[]][], orgs: string[]): void {
    if (this.persons.length || this.orgs.length) throw new Error('restore() needs an empty registry');
    this.persons.push(...persons);
    for (const [k, ids] of keys) {
      const list = ids.map((i) => persons[i]);
      if (list.some((p) => !p)) throw new Error('a key lists a person the registry does not hold');
      this.byKey.set(k, list);
      for (const p of list) {
        let set = this.keysOf.get(p);
        if (!set) this.keysOf.set(p, (set = new Set()));
        set.add(k);
      }
    }
    for (const o of orgs) this.addOrg(o);
    this.version++;
  }

  addOrg(name: string) {
    name = name.trim();
    if (name && !this.orgSet.has(name)) {
      this.orgSet.add(name);
      this.orgs.push(name);
      this.version++;
    }
  }
  private orgSet = new Set<string>();

  /** People whose full name or a short form is exactly `name`. */
  lookup(name: string): Person[] {
    return this.byKey.get(normName(name)) ?? [];
  }

  /** Known organizations that `written` can denote. */
  findOrgs(written: string): string[] {
    if (this.orgMemoVersion !== this.version) {
      this.orgMemo.clear();
      this.orgMemoVersion = this.version;
    }
    let r = this.orgMemo.get(written);
    if (!r) {
      r = this.orgs.filter((o) => orgMatches(written, o));
      if (this.orgMemo.size > 5000) this.orgMemo.clear();
      this.orgMemo.set(written, r);
    }
    return r;
  }
  private orgMemo = new Map<string, string[]>();
  private orgMemoVersion = -1;

  /** Registers whoever a source's `speaker` field names: a person, an organization or a role. */
  addSpeaker(speaker: string | undefined, role?: string, organization?: string, source?: Role['source']): void {
    if (!speaker) {
      if (organization) this.addOrg(organization);
      return;
    }
    if (ROLE_WORDS.test(speaker.trim())) {
      if (organization) this.addOrg(organization);
      return;
    }
    if (looksLikeOrg(speaker)) {
      this.addOrg(speaker);
      return;
    }
    this.addPerson(speaker, { title: role, organization, source });
  }

  /**
   * addSpeaker for a JSONL line, which repeats the same speaker, role and
   * organization thousands of times: registers each combination once (the
   * first line that gives it, `span` of `doc`, is its citation). Returns the person named.
   */
  addJsonlSpeaker(
    speaker: string,
    role: string | undefined,
    organization: string | undefined,
    doc: SourceDoc,
    span: Span,
  ): Person | undefined {
    // Maps within maps: the three are the same few strings line after line, whose hashes are kept (a key made of
    // them would be a new string to hash for each line).
    let byRole = this.jsonlSeen.get(speaker);
    if (!byRole) this.jsonlSeen.set(speaker, (byRole = new Map()));
    let byOrg = byRole.get(role ?? '');
    if (!byOrg) byRole.set(role ?? '', (byOrg = new Map()));
    const org = organization ?? '';
    if (byOrg.has(org)) return byOrg.get(org);
    this.addSpeaker(speaker, role, organization, { doc, span });
    const named = !ROLE_WORDS.test(speaker) && !looksLikeOrg(speaker) ? this.person(speaker) : undefined;
    byOrg.set(org, named);
    return named;
  }
  private jsonlSeen = new Map<string, Map<string, Map<string, Person | undefined>>>();

  /** People whose name is spelled close to `name` (fuse.js over full names), best first. */
  fuzzy(name: string): { person: Person; score: number }[] {
    if (this.fuzzyVersion !== this.version) {
      this.fuzzyMemo.clear();
      this.fuse = undefined;
      this.nameParts = undefined;
      this.fuzzyVersion = this.version;
    }
    let r = this.fuzzyMemo.get(name);
    if (r) return r;
    this.fuse ??= new Fuse(
      this.persons.map((p) => ({ name: p.name, person: p })),
      { keys: ['name'], includeScore: true, threshold: 0.4, ignoreLocation: true },
    );
    r = this.fuse.search(name).map((x) => ({ person: x.item.person, score: x.score ?? 1 }));
    if (this.fuzzyMemo.size > 5000) this.fuzzyMemo.clear();
    this.fuzzyMemo.set(name, r);
    return r;
  }
  private fuzzyMemo = new Map<string, { person: Person; score: number }[]>();
  private fuzzyVersion = -1;
  private nameParts?: Set<string>;

  /** Whether a word is part of some known person's name (a cheap test before a fuzzy search). */
  isNamePart(word: string): boolean {
    if (this.fuzzyVersion !== this.version) {
      this.fuzzyMemo.clear();
      this.fuse = undefined;
      this.nameParts = undefined;
      this.fuzzyVersion = this.version;
    }
    this.nameParts ??= new Set(this.persons.flatMap((p) => normName(p.name).split(' ')));
    return this.nameParts.has(normName(word));
  }
}
