// Pieces of the benchmark's source files (JSONL lines, YAML front matter) and the date arithmetic
// the planted facts use, shared by the planted core (drafts.ts) and the bulk of the corpus (generate.ts).
import type { Person } from './world';
import { MONTHS, WEEKDAYS } from '../server/src/engine/index';

export const DRAFT_DATE = '2025-06-13';

export interface JsonlLine {
  speaker: string;
  role?: string;
  organization?: string;
  date?: string;
  source?: string;
  url?: string;
  text: string;
}
export interface MdFile {
  path: string;
  text: string;
}

export const normSentence = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export const addDays = (d: string, n: number) => {
  const t = new Date(d + 'T12:00:00Z');
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
};
export const weekday = (d: string) => WEEKDAYS[new Date(d + 'T12:00:00Z').getUTCDay()];
export const monthDay = (d: string) => `${MONTHS[+d.slice(5, 7) - 1]} ${+d.slice(8, 10)}`;

export function jsonlOf(p: Person, text: string, date: string, source: string, n: number): JsonlLine {
  return {
    speaker: p.name,
    role: p.title,
    organization: p.org,
    date,
    source,
    url: `https://news.example.org/item/${n}`,
    text,
  };
}

export function frontMatter(fields: Record<string, unknown>): string {
  const lines = ['---'];
  for (const [k, v] of Object.entries(fields)) {
    if (v === undefined) continue;
    if (Array.isArray(v)) {
      lines.push(`${k}:`);
      for (const o of v as Record<string, string>[]) {
        const entries = Object.entries(o).filter(([, x]) => x !== undefined);
        lines.push(`  - ${entries.map(([kk, x], i) => `${i ? '    ' : ''}${kk}: ${yamlStr(x)}`).join('\n')}`);
      }
    } else lines.push(`${k}: ${yamlStr(String(v))}`);
  }
  lines.push('---', '');
  return lines.join('\n');
}
const yamlStr = (s: string) =>
  /^[\w][\w .,'()-]*$/.test(s) && !/: /.test(s) && !/^\d{4}-\d\d-\d\d$/.test(s)
    ? s
    : /^\d{4}-\d\d-\d\d$/.test(s)
      ? s
      : JSON.stringify(s);
