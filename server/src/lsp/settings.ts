// Verbatim's settings as the server sees them (section "verbatim").
import type { FindingCode, Severity } from '../engine/types';

export interface Settings {
  /** Corpus folder(s), relative to the workspace folder or absolute. */
  corpus: string[];
  reportUnverified: boolean;
  /** Fallback draft date (YYYY-MM-DD) for drafts without front matter `date:`. */
  draftDate?: string;
  severity: Partial<Record<FindingCode, Severity | 'off'>>;
  /** When to check: as you type, on save, or only on command. */
  run: 'onType' | 'onSave' | 'manual';
  /** Milliseconds of quiet after an edit before re-checking. */
  debounce: number;
}

export const DEFAULTS: Settings = { corpus: ['sources'], reportUnverified: true, severity: {}, run: 'onType', debounce: 300 };

export function readSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const corpus = Array.isArray(r.corpus) ? r.corpus.filter((x): x is string => typeof x === 'string' && !!x.trim()) : typeof r.corpus === 'string' && r.corpus.trim() ? [r.corpus] : DEFAULTS.corpus;
  const severity: Settings['severity'] = {};
  if (r.severity && typeof r.severity === 'object') for (const [k, v] of Object.entries(r.severity)) if (['error', 'warning', 'information', 'hint', 'off'].includes(String(v))) severity[k as FindingCode] = v as Severity | 'off';
  const run = r.run === 'onSave' || r.run === 'manual' ? r.run : 'onType';
  const debounce = typeof r.debounce === 'number' && r.debounce >= 0 && r.debounce <= 10000 ? r.debounce : DEFAULTS.debounce;
  const draftDate = typeof r.draftDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(r.draftDate) ? r.draftDate : undefined;
  return { corpus: corpus.length ? corpus : DEFAULTS.corpus, reportUnverified: r.reportUnverified !== false, draftDate, severity, run, debounce };
}
