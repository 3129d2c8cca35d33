// Metadata for files that cannot hold front matter: `NAME.EXT.yaml` next to
// the file, or one `sources.yaml` in its folder mapping file names to fields.
// What a sidecar says wins over what the file says about itself.
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parse } from 'yaml';
import type { CorpusProblem } from '../files';

export const SIDECAR_FIELDS = [
  'kind',
  'speaker',
  'role',
  'organization',
  'date',
  'title',
  'place',
  'url',
  'speakers',
] as const;
export type Sidecar = Partial<Record<(typeof SIDECAR_FIELDS)[number], unknown>>;

const MAX_SIDECAR_BYTES = 1024 * 1024;

function readYaml(path: string, problem: (p: CorpusProblem) => void): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  if (text.length > MAX_SIDECAR_BYTES) {
    problem({
      file: path,
      code: 'corpus.sidecar',
      severity: 'warning',
      message: 'metadata file over 1 MB; not read',
    });
    return undefined;
  }
  try {
    return parse(text);
  } catch (e) {
    problem({
      file: path,
      code: 'corpus.sidecar',
      severity: 'warning',
      message: `not valid YAML (${(e as Error).message.split('\n')[0]}); its metadata is not used`,
    });
    return undefined;
  }
}

function pick(v: unknown, from: string, problem: (p: CorpusProblem) => void): Sidecar | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'object' || Array.isArray(v)) {
    problem({
      file: from,
      code: 'corpus.sidecar',
      severity: 'warning',
      message: 'metadata should be a mapping of fields (kind, speaker, organization, date, title); not used',
    });
    return undefined;
  }
  const out: Sidecar = {};
  for (const k of SIDECAR_FIELDS) {
    let x = (v as Record<string, unknown>)[k];
    if (x instanceof Date) x = x.toISOString().slice(0, 10);
    if (x !== undefined && x !== null) out[k] = x;
  }
  return out;
}

/** Reads sidecars once per load: `sources.yaml` per folder is parsed once. */
export class Sidecars {
  private folders = new Map<string, Record<string, unknown> | undefined>();
  constructor(private problem: (p: CorpusProblem) => void) {}

  /** The sidecar metadata of a source file (NAME.EXT.yaml over sources.yaml), or undefined. */
  of(path: string): Sidecar | undefined {
    const dir = dirname(path);
    if (!this.folders.has(dir)) {
      let map: unknown;
      let from = join(dir, 'sources.yaml');
      for (const name of ['sources.yaml', 'sources.yml']) {
        from = join(dir, name);
        map = readYaml(from, this.problem);
        if (map !== undefined) break;
      }
      if (map !== undefined && (typeof map !== 'object' || map === null || Array.isArray(map))) {
        this.problem({
          file: from,
          code: 'corpus.sidecar',
          severity: 'warning',
          message: 'sources.yaml should map file names to their metadata; not used',
        });
        map = undefined;
      }
      this.folders.set(dir, map as Record<string, unknown> | undefined);
    }
    const shared = this.folders.get(dir)?.[basename(path)];
    const own = readYaml(`${path}.yaml`, this.problem) ?? readYaml(`${path}.yml`, this.problem);
    const a = pick(shared, join(dir, 'sources.yaml'), this.problem),
      b = pick(own, `${path}.yaml`, this.problem);
    return a || b ? { ...a, ...b } : undefined;
  }
}

/** Whether a changed path is a sidecar (so the files it describes are read again). */
export function isSidecar(path: string): boolean {
  return /(^|[\\/])sources\.ya?ml$/i.test(path) || /\.(pdf|html?|docx|vtt|srt|eml)\.ya?ml$/i.test(path);
}
