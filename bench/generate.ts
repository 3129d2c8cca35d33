// Writes a benchmark corpus of about `size` statements, and the drafts that
// check against it, into a cache folder outside the repository:
//   ${TMPDIR}/verbatim-bench/<size>-<seed>/{sources,drafts,truth.json,manifest.json}
// Reused when already there. Most statements are JSONL lines (about 500 a
// file); the rest are transcripts, statements, interviews, releases and
// articles in Markdown with front matter; people.yaml lists a third of the
// 2,000 speakers. Usage: npx tsx bench/generate.ts [--size 10000] [--seed 1]
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Rng } from './prng';
import { makeWorld, type Person, type World } from './world';
import { alter, fact, factValue, narration, question, speechSentence } from './grammar';
import { makeCore, type Core } from './drafts';
import { DRAFT_DATE, frontMatter, jsonlOf, normSentence, type JsonlLine, type MdFile } from './source-files';
import { OUTLETS } from './vocab';

/** Bump when the generator's output changes, so cached corpora are rebuilt. */
export const GENERATOR_VERSION = 3;

export interface Generated {
  dir: string;
  sources: string;
  drafts: { file: string; path: string; words: number }[];
  truthPath: string;
  manifest: Manifest;
}
export interface Manifest {
  version: number;
  size: number;
  seed: number;
  statements: number;
  jsonlFiles: number;
  mdFiles: number;
  bytes: number;
  speakers: number;
  ms: number;
}

export function benchRoot(): string {
  return process.env.VERBATIM_BENCH_DIR ?? join(tmpdir(), 'verbatim-bench');
}
export function corpusDir(size: number, seed: number): string {
  return join(benchRoot(), `${size}-${seed}`);
}

function read(dir: string): Generated | undefined {
  const mf = join(dir, 'manifest.json');
  if (!existsSync(mf)) return undefined;
  const manifest = JSON.parse(readFileSync(mf, 'utf8')) as Manifest;
  if (manifest.version !== GENERATOR_VERSION) return undefined;
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as {
    drafts: { file: string; words: number }[];
  };
  return {
    dir,
    sources: join(dir, 'sources'),
    drafts: truth.drafts.map((d) => ({ ...d, path: join(dir, d.file) })),
    truthPath: join(dir, 'truth.json'),
    manifest,
  };
}

/** The corpus of `size` statements for `seed`, generated if not cached. */
export function ensureCorpus(size: number, seed: number, log: (s: string) => void = () => {}): Generated {
  const dir = corpusDir(size, seed);
  const have = read(dir);
  if (have) return have;
  const t0 = performance.now();
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  log(`generating ${size} statements (seed ${seed}) into ${dir} …`);
  const counts = writeCorpus(tmp, size, seed);
  const manifest: Manifest = {
    version: GENERATOR_VERSION,
    size,
    seed,
    ...counts,
    ms: Math.round(performance.now() - t0),
  };
  writeFileSync(join(tmp, 'manifest.json'), JSON.stringify(manifest, null, 2));
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
  log(
    `generated in ${(manifest.ms / 1000).toFixed(1)} s: ${manifest.statements} statements, ${manifest.jsonlFiles} ` +
      `JSONL + ${manifest.mdFiles} Markdown files, ${(manifest.bytes / 1048576).toFixed(0)} MB`,
  );
  return read(dir)!;
}

function put(path: string, text: string): number {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return Buffer.byteLength(text);
}

function writeCorpus(root: string, size: number, seed: number): Omit<Manifest, 'version' | 'size' | 'seed' | 'ms'> {
  const world = makeWorld(seed);
  const core = makeCore(world, seed);
  const r = new Rng(seed, `bulk-${size}`);
  const src = join(root, 'sources');
  let bytes = 0,
    statements = 0,
    mdFiles = 0;

  // Drafts and their truth.
  for (const d of core.drafts) bytes += put(join(root, d.file), d.text);
  writeFileSync(
    join(root, 'truth.json'),
    JSON.stringify(
      { draftDate: DRAFT_DATE, drafts: core.drafts.map(({ file, words }) => ({ file, words })), items: core.truth },
      null,
      1,
    ),
  );

  bytes += put(join(src, 'people.yaml'), peopleYaml(world));

  const bulk = new Bulk(r, world, core);
  const mdShare = 0.1;
  const mdTarget = Math.round(size * mdShare);
  const jsonlTarget = size - mdTarget;

  // Markdown: the planted files, then transcripts, statements, interviews, releases and articles.
  for (const f of core.md) {
    bytes += put(join(src, f.path), f.text);
    statements += unitsOf(f);
    mdFiles++;
  }
  let mdCount = 0,
    k = 0;
  while (mdCount < mdTarget) {
    const f = bulk.mdFile(k++);
    bytes += put(join(src, f.path), f.text);
    mdCount += f.units;
    mdFiles++;
  }
  statements += mdCount;

  // JSONL: about 500 lines a file, the planted lines spread over the files.
  const jsonlFiles = Math.max(4, Math.round(jsonlTarget / 500));
  const perFile = Math.ceil(jsonlTarget / jsonlFiles);
  let written = 0,
    url = 1;
  for (let i = 0; i < jsonlFiles; i++) {
    const lines: JsonlLine[] = [];
    const n = Math.min(perFile, jsonlTarget - written);
    for (let j = 0; j < n; j++) lines.push(bulk.jsonlLine(url++));
    for (let c = i; c < core.jsonl.length; c += jsonlFiles) lines.splice(r.int(lines.length + 1), 0, core.jsonl[c]);
    written += n;
    statements += lines.length;
    const outlet = OUTLETS[i % OUTLETS.length].toLowerCase().replace(/[^a-z]+/g, '-');
    bytes += put(
      join(src, 'jsonl', String(2023 + (i % 3)), `${outlet}-${String(i).padStart(4, '0')}.jsonl`),
      lines.map((l) => JSON.stringify(l)).join('\n') + '\n',
    );
  }
  return { statements, jsonlFiles, mdFiles, bytes, speakers: world.people.length };
}

/** Statements the engine makes of a planted Markdown file (paragraphs and turns). */
function unitsOf(f: MdFile): number {
  return f.text
    .replace(/^---[\s\S]*?---\n/, '')
    .split(/\n\s*\n/)
    .filter((p) => p.trim()).length;
}

function peopleYaml(world: World): string {
  const out = ['# Who is who: names, the short forms a draft may use, and their roles.'];
  for (const p of world.people) {
    if (!p.listed) continue;
    out.push(
      `- name: ${p.name}`,
      `  aliases: [${p.surname}]`,
      '  roles:',
      `    - title: ${p.title}`,
      `      organization: ${p.org}`,
    );
  }
  return out.join('\n') + '\n';
}

/** The bulk of a corpus: statements from the shared grammar, near-duplicates and repeats. */
class Bulk {
  private recent: { p: Person; text: string }[] = [];
  private byOrg = new Map<string, Person[]>();
  constructor(
    private r: Rng,
    private world: World,
    private core: Core,
  ) {
    for (const p of world.people) {
      const l = this.byOrg.get(p.org) ?? [];
      l.push(p);
      this.byOrg.set(p.org, l);
    }
  }
  private date(): string {
    const t = new Date(DRAFT_DATE + 'T12:00:00Z');
    t.setUTCDate(t.getUTCDate() - this.r.range(8, 730));
    return t.toISOString().slice(0, 10);
  }
  /** A sentence that is not one of the planted ones. */
  private sentence(): string {
    for (;;) {
      const s = speechSentence(this.r);
      if (!this.core.reserved.has(normSentence(s))) return s;
    }
  }
  private speechText(min: number, max: number): string {
    const k = this.r.range(min, max);
    const out: string[] = [];
    for (let i = 0; i < k; i++) out.push(this.r.chance(0.08) ? this.factSentence() : this.sentence());
    return out.join(' ');
  }
  private factSentence(): string {
    const f = fact(this.r, this.r.pick(this.world.places));
    return f.source.replace('{V}', factValue(f, f.value, false));
  }
  private speaker(): Person {
    return this.r.pickSkewed(this.world.people, 1.6);
  }
  private remember(p: Person, text: string) {
    if (this.recent.length < 4000) this.recent.push({ p, text });
    else this.recent[this.r.int(4000)] = { p, text };
  }

  jsonlLine(n: number): JsonlLine {
    const roll = this.r.float();
    if (this.recent.length > 100 && roll < 0.03) {
      // The same words in another source.
      const { p, text } = this.r.pick(this.recent);
      return jsonlOf(p, text, this.date(), `remarks to ${this.r.pick(OUTLETS)}`, n);
    }
    if (this.recent.length > 100 && roll < 0.07) {
      // A near-duplicate: someone else's talking point with one word changed.
      const { text } = this.r.pick(this.recent);
      const near = alter(this.r, text, 'change');
      if (near && !this.core.reserved.has(normSentence(near)))
        return jsonlOf(this.speaker(), near, this.date(), 'press conference', n);
    }
    const p = this.speaker();
    const text = this.speechText(1, 3);
    this.remember(p, text);
    return jsonlOf(
      p,
      text,
      this.date(),
      this.r.pick([
        `interview with ${this.r.pick(OUTLETS)}`,
        'press conference',
        'speech',
        'written answers',
        'social media post',
      ]),
      n,
    );
  }

  mdFile(k: number): MdFile & { units: number } {
    const r = this.r,
      date = this.date(),
      year = date.slice(0, 4);
    const roll = r.float();
    if (roll < 0.35) {
      const a = this.speaker();
      const team = [a, ...(this.byOrg.get(a.org) ?? []).filter((p) => p !== a).slice(0, r.int(2))];
      const paras: string[] = [];
      const turns = r.range(14, 30);
      for (let t = 0; t < turns; t++) {
        paras.push(`${r.pick(OUTLETS)}: ${question(r, r.pick(this.world.places))}`);
        const cur = r.pick(team);
        paras.push(`${cur.name}: ${this.speechText(1, 4)}`);
        if (r.chance(0.2)) paras.push(this.speechText(1, 2));
      }
      const fm = frontMatter({
        kind: 'transcript',
        title: `${a.org} regular press briefing`,
        organization: a.org,
        date,
        place: r.pick(this.world.places),
        speakers: team.map((p) => ({ name: p.name, role: p.title, organization: p.org })),
      });
      return {
        path: `briefings/${year}/briefing-${String(k).padStart(5, '0')}.md`,
        text: fm + paras.join('\n\n') + '\n',
        units: paras.length,
      };
    }
    if (roll < 0.7) {
      const p = this.speaker();
      const interview = roll >= 0.6;
      const paras = Array.from({ length: r.range(3, 8) }, () => this.speechText(1, 3));
      for (const x of paras) this.remember(p, x);
      const fm = frontMatter({
        kind: interview ? 'interview' : 'statement',
        speaker: p.name,
        role: p.title,
        organization: p.org,
        date,
        title: interview ? `Interview with ${p.name}` : `Statement by ${p.name}`,
        url: `https://example.org/s/${k}`,
      });
      return {
        path:
          `${interview ? 'interviews' : 'statements'}/${year}/${interview ? 'interview' : 'statement'}-` +
          `${String(k).padStart(5, '0')}.md`,
        text: fm + paras.join('\n\n') + '\n',
        units: paras.length,
      };
    }
    if (roll < 0.9) {
      const org = r.pick(this.world.orgs);
      const paras = Array.from({ length: r.range(4, 9) }, () => this.speechText(1, 3));
      let units = paras.length;
      const staff = this.byOrg.get(org);
      if (staff?.length) {
        const p = r.pick(staff);
        paras.splice(1, 0, `"${this.sentence().replace(/\.$/, '')}," said ${p.name}, ${p.title} at the ${org}.`);
        units += 2;
      }
      const fm = frontMatter({
        kind: 'release',
        title: `${org} announces ${narration(r).split(' ').slice(-3).join(' ').replace(/\.$/, '')}`,
        organization: org,
        date,
      });
      return {
        path: `releases/${year}/release-${String(k).padStart(5, '0')}.md`,
        text: fm + paras.join('\n\n') + '\n',
        units,
      };
    }
    // An article: narration, and quotations of words already said elsewhere.
    const paras: string[] = [];
    let units = 0;
    const introduced = new Set<Person>();
    for (let i = 0, n = r.range(6, 12); i < n; i++) {
      if (this.recent.length && r.chance(0.5)) {
        const { p, text } = r.pick(this.recent);
        const first = text.split(/(?<=\.) /)[0].replace(/\.$/, '');
        const who = introduced.has(p) ? p.name.split(' ').pop() : p.name;
        introduced.add(p);
        paras.push(`"${first}," ${who} said.`);
        units += 2;
      } else {
        paras.push(`${narration(r)} ${narration(r)}`);
        units++;
      }
    }
    const fm = frontMatter({
      kind: 'article',
      title: narration(r).replace(/\.$/, ''),
      date,
      url: `https://example.org/a/${k}`,
    });
    return {
      path: `articles/${year}/article-${String(k).padStart(5, '0')}.md`,
      text: fm + paras.join('\n\n') + '\n',
      units,
    };
  }
}

function arg(name: string, def: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : def;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const g = ensureCorpus(arg('size', 10000), arg('seed', 1), (s) => console.log(s));
  console.log(JSON.stringify({ dir: g.dir, manifest: g.manifest, drafts: g.drafts }, null, 2));
}
