// The cast of a generated corpus: people (with one title at one organization
// each), organizations and place names. It depends only on the seed, so every
// corpus size shares it, and the drafts are the same at every size.
import { Rng } from './prng';
import { FAMILY_FIRST, FIRST_NAMES, ORG_FORMS, PLACE_HEADS, PLACE_TAILS, SURNAMES, TITLES, TOPICS } from './vocab';

export interface Person {
  id: number;
  name: string;
  surname: string;
  title: string;
  org: string;
  listed: boolean;
}

export interface World {
  people: Person[];
  orgs: string[];
  /** Place names for ordinary statements. */
  places: string[];
  /** Place names used only by the planted facts, so each planted fact has one source sentence about it. */
  reservedPlaces: string[];
}

export const SPEAKERS = 2000;

export function makeWorld(seed: number, speakers = SPEAKERS): World {
  const rng = new Rng(seed, 'world');
  const allPlaces: string[] = [];
  for (const h of PLACE_HEADS) for (const t of PLACE_TAILS) allPlaces.push(h + t);
  rng.shuffle(allPlaces);
  const reservedPlaces = allPlaces.slice(0, 120);
  const places = allPlaces.slice(120);

  const orgs = new Set<string>();
  while (orgs.size < 160) {
    const form = rng.pick(ORG_FORMS);
    orgs.add(form.replace('{T}', rng.pick(TOPICS)).replace('{P}', rng.pick(places)));
  }
  const orgList = [...orgs];

  const firsts = FIRST_NAMES,
    lasts = SURNAMES.filter((s) => !FIRST_NAMES.includes(s));
  const names = new Set<string>();
  const people: Person[] = [];
  while (people.length < speakers) {
    let name: string, surname: string;
    if (rng.chance(0.12)) {
      surname = rng.pick(FAMILY_FIRST.family);
      name = `${surname} ${rng.pick(FAMILY_FIRST.given)}`;
    } else {
      surname = rng.pick(lasts);
      name = `${rng.pick(firsts)} ${surname}`;
    }
    if (names.has(name)) continue;
    names.add(name);
    people.push({
      id: people.length,
      name,
      surname,
      title: rng.pick(TITLES),
      org: rng.pickSkewed(orgList, 1.5),
      listed: rng.chance(0.3),
    });
  }
  return { people, orgs: orgList, places, reservedPlaces };
}
