// The planted part of every corpus, and the drafts that quote it: source
// statements for quotations (verbatim, altered, misattributed), invented
// quotations, facts (numbers and dates) that agree or disagree with one
// source sentence. It depends only on the seed, so the drafts are the same
// at every corpus size. The truth records each planted item's exact span.
import { Rng } from './prng';
import type { Person, World } from './world';
import { alter, fact, factValue, inventedSentence, narration, speech, speechSentence, type Fact } from './grammar';
import { FACILITIES, OUTLETS } from './vocab';
import { Writer, type Expect, type TruthItem } from './draft-writer';
import {
  addDays,
  DRAFT_DATE,
  frontMatter,
  jsonlOf,
  monthDay,
  normSentence,
  weekday,
  type JsonlLine,
  type MdFile,
} from './source-files';

export interface Core {
  jsonl: JsonlLine[];
  md: MdFile[];
  drafts: { file: string; words: number; text: string }[];
  truth: TruthItem[];
  /** Normalized sentences the bulk must never produce (so the truth stays true). */
  reserved: Set<string>;
}

type QCat = 'verbatim' | 'altered-change' | 'altered-drop' | 'misattributed' | 'invented';

export function makeCore(world: World, seed: number): Core {
  const r = new Rng(seed, 'core');
  const core: Core = { jsonl: [], md: [], drafts: [], truth: [], reserved: new Set() };
  let url = 9_000_000;
  const reservedPlaces = [...world.reservedPlaces];
  const usedInCore = new Set<number>();
  const spareSpeaker = (not: Person[]) => {
    for (;;) {
      const p = r.pick(world.people);
      if (!not.includes(p) && !usedInCore.has(p.id)) return p;
    }
  };

  [1000, 3000].forEach((targetWords, di) => {
    const file = `drafts/draft-${targetWords}w.md`;
    // The cast: people with distinct surnames, so a surname names one person in this draft.
    const cast: Person[] = [];
    const surnames = new Set<string>();
    while (cast.length < 16) {
      const p = r.pick(world.people);
      if (surnames.has(p.surname) || usedInCore.has(p.id)) continue;
      surnames.add(p.surname);
      usedInCore.add(p.id);
      cast.push(p);
    }
    const cats: QCat[] = r.shuffle([
      ...Array(16).fill('verbatim'),
      ...Array(4).fill('altered-change'),
      ...Array(4).fill('altered-drop'),
      ...Array(8).fill('misattributed'),
      ...Array(8).fill('invented'),
    ]);
    type Para = { render: (w: Writer) => void };
    const paras: Para[] = [];

    // Quotations.
    for (const cat of cats) {
      const S = r.pick(cast);
      let quoted: string, said: string, sourceSpeaker: Person | undefined;
      if (cat === 'invented') {
        do {
          quoted = inventedSentence(r);
        } while (core.reserved.has(normSentence(quoted)));
        said = quoted;
      } else {
        // A short sentence with an adjective (so it can be altered), unique in the corpus.
        do {
          quoted = speechSentence(r);
        } while (
          quoted.split(' ').length > 16 ||
          !alter(new Rng(0), quoted, 'change') ||
          core.reserved.has(normSentence(quoted))
        );
        sourceSpeaker =
          cat === 'misattributed' ? (r.chance(0.5) ? r.pick(cast.filter((p) => p !== S)) : spareSpeaker(cast)) : S;
        said =
          cat === 'altered-change'
            ? alter(r, quoted, 'change')!
            : cat === 'altered-drop'
              ? alter(r, quoted, 'drop')!
              : quoted;
        placeSource(sourceSpeaker, quoted);
        // Some quotations are in several sources; some have a near-duplicate by someone else.
        if (r.chance(0.3))
          core.jsonl.push(
            jsonlOf(
              sourceSpeaker,
              quoted,
              addDays(DRAFT_DATE, -r.range(2, 30)),
              `remarks to ${r.pick(OUTLETS)}`,
              url++,
            ),
          );
        if (r.chance(0.3)) {
          const near = alter(r, quoted, 'change')!;
          core.reserved.add(normSentence(near));
          core.jsonl.push(
            jsonlOf(spareSpeaker([...cast]), near, addDays(DRAFT_DATE, -r.range(2, 30)), 'press conference', url++),
          );
        }
      }
      core.reserved.add(normSentence(quoted));
      core.reserved.add(normSentence(said));
      const category = cat.startsWith('altered') ? 'altered' : (cat as TruthItem['category']);
      const expect: Expect =
        cat === 'verbatim'
          ? null
          : cat === 'invented'
            ? 'quote.unverified'
            : cat === 'misattributed'
              ? 'quote.misattributed'
              : 'quote.altered';
      const speakerName = sourceSpeaker?.name;
      paras.push({ render: (w) => w.quote(S, said, { category, expect, sourceSpeaker: speakerName }) });
    }

    // Numbers: 10 agree, 10 disagree.
    for (let i = 0; i < 20; i++) {
      const place = reservedPlaces.pop()!;
      const f: Fact = fact(r, place, i % 5 === 3 ? 'money' : i % 5 === 4 ? 'percent' : 'count');
      const W = r.pick(cast);
      const agree = i % 2 === 0;
      let v = f.value;
      if (!agree) {
        const delta = Math.max(1, Math.round((f.value * r.range(8, 30)) / 100));
        v = f.value + (r.chance(0.5) ? delta : -delta);
        if (v <= 0) v = f.value + delta;
        if (f.words && v > 99) v = f.value - delta;
      }
      const srcText =
        `${speech(r, 0, 1)} ${f.source.replace('{V}', factValue(f, f.value, false))} ${speech(r, 0, 1)}`.trim();
      if (f.kind === 'percent' && r.chance(0.5)) {
        const org = W.org;
        core.md.push({
          path: `releases/core/${di}-${i}-${place.toLowerCase()}.md`,
          text:
            frontMatter({
              kind: 'release',
              title: `${org}: update on ${place}`,
              organization: org,
              date: addDays(DRAFT_DATE, -r.range(8, 40)),
            }) + `${srcText}\n\n${speech(r, 2, 3)}\n`,
        });
        paras.push({ render: (w) => w.fact(f, v, { who: `the ${org}`, category: agree ? 'agree' : 'disagree' }) });
      } else {
        core.jsonl.push(
          jsonlOf(W, srcText, addDays(DRAFT_DATE, -r.range(8, 40)), `interview with ${r.pick(OUTLETS)}`, url++),
        );
        paras.push({ render: (w) => w.fact(f, v, { person: W, category: agree ? 'agree' : 'disagree' }) });
      }
    }

    // Dates: 6 weekdays against a release's date, 4 absolute dates a speaker states; half agree.
    for (let i = 0; i < 10; i++) {
      const place = reservedPlaces.pop()!;
      const facility = r.pick(FACILITIES);
      const agree = i % 2 === 0;
      const W = r.pick(cast);
      if (i < 6) {
        const day = addDays(DRAFT_DATE, -r.range(1, 6));
        let wrong = day;
        while (wrong === day) wrong = addDays(DRAFT_DATE, -r.range(0, 6));
        const org = W.org;
        core.md.push({
          path: `releases/core/${di}-d${i}-${place.toLowerCase()}.md`,
          text:
            frontMatter({ kind: 'release', title: `${place} ${facility} opens`, organization: org, date: day }) +
            `The ${org} today opened the ${place} ${facility} to the public. ` +
            `${speech(r, 1, 1)}\n\n${speech(r, 2, 3)}\n`,
        });
        const written = `on ${weekday(agree ? day : wrong)}`;
        paras.push({
          render: (w) => w.date(`The ${org} opened the ${place} ${facility} to the public `, written, '.', agree),
        });
      } else {
        const day = addDays(DRAFT_DATE, -r.range(10, 40));
        const said = addDays(day, r.range(1, 5));
        const wrong = addDays(day, r.chance(0.5) ? r.range(1, 3) : -r.range(1, 3));
        core.jsonl.push(
          jsonlOf(
            W,
            `We opened the new ${place} ${facility} on ${monthDay(day)}. ${speech(r, 1, 1)}`,
            said,
            `remarks to ${r.pick(OUTLETS)}`,
            url++,
          ),
        );
        paras.push({
          render: (w) =>
            w.date(
              `${w.nameOf(W)} said the new ${place} ${facility} opened `,
              `on ${monthDay(agree ? day : wrong)}`,
              '.',
              agree,
            ),
        });
      }
    }

    // The sources of quotations: a JSONL line, a transcript turn or a statement paragraph.
    function placeSource(p: Person, sentence: string) {
      const text = [speech(r, 0, 1), sentence, speech(r, 0, 1)].filter(Boolean).join(' ');
      const date = addDays(DRAFT_DATE, -r.range(1, 60));
      const where = r.float();
      if (where < 0.6) core.jsonl.push(jsonlOf(p, text, date, `interview with ${r.pick(OUTLETS)}`, url++));
      else if (where < 0.8) {
        const other = r.pick(OUTLETS);
        core.md.push({
          path: `briefings/core/${di}-${core.md.length}.md`,
          text:
            frontMatter({
              kind: 'transcript',
              title: `${p.org} press briefing`,
              organization: p.org,
              date,
              speakers: [{ name: p.name, role: p.title, organization: p.org }],
            }) +
            `${other}: ` +
            `${r.pick(['Can you comment on the latest plans?', 'What is your response to the criticism?'])}\n\n` +
            `${p.name}: ${text}\n\n${r.pick(OUTLETS)}: A follow-up, please.\n\n${p.name}: ${speech(r, 1, 2)}\n`,
        });
      } else {
        core.md.push({
          path: `statements/core/${di}-${core.md.length}.md`,
          text:
            frontMatter({
              kind: 'statement',
              speaker: p.name,
              role: p.title,
              organization: p.org,
              date,
              title: `Statement by ${p.name}`,
            }) + `${speech(r, 1, 2)}\n\n${text}\n`,
        });
      }
    }

    // Write the draft: the planted paragraphs in a shuffled order, narration around them up to the word target.
    r.shuffle(paras);
    const w = new Writer(file, cast, r);
    w.text =
      frontMatter({ title: `Draft ${targetWords}`, date: DRAFT_DATE }) + `# ${narration(r).replace(/\.$/, '')}\n\n`;
    w.para(() => {
      w.put(narration(r) + ' ' + narration(r));
    });
    const planned = paras.length;
    const fillerSentences = Math.max(0, Math.round((targetWords - 70 * 14.5) / 10.5));
    let filled = 0;
    paras.forEach((p, k) => {
      p.render(w);
      const want = Math.round((fillerSentences * (k + 1)) / planned);
      if (want > filled) {
        const n = want - filled;
        w.para(() => {
          for (let j = 0; j < n; j++) w.put((j ? ' ' : '') + narration(r));
        });
        filled = want;
      }
    });
    core.drafts.push({
      file,
      words: w.text
        .replace(/^---[\s\S]*?---\n/, '')
        .split(/\s+/)
        .filter(Boolean).length,
      text: w.text,
    });
    core.truth.push(...w.truth);
  });
  return core;
}
