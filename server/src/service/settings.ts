// Verbatim's settings as the server sees them (section "verbatim"), per workspace folder.
import type { FindingCode, Severity } from '../engine/index';

export interface Settings {
  /** Corpus folder(s) or folder globs, relative to the workspace folder or absolute. */
  corpus: string[];
  /** Language ids of the documents checked as drafts (`verbatim.drafts.languages`). */
  languages: string[];
  /** Globs a draft must match, relative to the workspace folder (`verbatim.drafts.include`); empty: every file. */
  include: string[];
  /** Globs of files never checked (`verbatim.exclude`). */
  exclude: string[];
  reportUnverified: boolean;
  /** Fallback draft date (YYYY-MM-DD) for drafts without front matter `date:`. */
  draftDate?: string;
  severity: Partial<Record<FindingCode, Severity | 'off'>>;
  /** When to check: as you type, on save, or only on command. */
  run: 'onType' | 'onSave' | 'manual';
  /** Milliseconds of quiet after an edit before re-checking. */
  debounce: number;
}

export const DEFAULTS: Settings = {
  corpus: ['sources'],
  languages: ['markdown', 'plaintext'],
  include: ['**/*'],
  exclude: ['**/node_modules/**', '**/.git/**'],
  reportUnverified: true,
  severity: {},
  run: 'onType',
  debounce: 300,
};

const strings = (v: unknown): string[] | undefined =>
  Array.isArray(v)
    ? v.filter((x): x is string => typeof x === 'string' && !!x.trim()).map((x) => x.trim())
    : typeof v === 'string' && v.trim()
      ? [v.trim()]
      : undefined;

/**
 * Reads the `verbatim` section as VS Code sends it (nested: `drafts.languages` as `{drafts: {languages}}`)
 * or flat (`"drafts.languages"`).
 */
export function readSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const drafts = (r.drafts && typeof r.drafts === 'object' ? r.drafts : {}) as Record<string, unknown>;
  const corpus = strings(r.corpus) ?? [];
  const severity: Settings['severity'] = {};
  if (r.severity && typeof r.severity === 'object')
    for (const [k, v] of Object.entries(r.severity))
      if (['error', 'warning', 'information', 'hint', 'off'].includes(String(v)))
        severity[k as FindingCode] = v as Severity | 'off';
  const run = r.run === 'onSave' || r.run === 'manual' ? r.run : 'onType';
  const debounce =
    typeof r.debounce === 'number' && r.debounce >= 0 && r.debounce <= 10000 ? r.debounce : DEFAULTS.debounce;
  const draftDate =
    typeof r.draftDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(r.draftDate) ? r.draftDate : undefined;
  return {
    corpus: corpus.length ? corpus : DEFAULTS.corpus,
    languages: strings(drafts.languages ?? r['drafts.languages']) ?? DEFAULTS.languages,
    include: strings(drafts.include ?? r['drafts.include']) ?? DEFAULTS.include,
    exclude: strings(r.exclude) ?? DEFAULTS.exclude,
    reportUnverified: r.reportUnverified !== false,
    draftDate,
    severity,
    run,
    debounce,
  };
}
