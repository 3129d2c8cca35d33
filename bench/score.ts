// Findings against the planted truth: a planted problem is found when a
// finding with its code overlaps its span; a finding is right when it finds a
// planted problem (anything else, including a finding on a quotation or
// number that is right, counts against precision).
import type { TruthItem } from './draft-writer';

export interface Found {
  code: string;
  span: { start: number; end: number };
}

export interface Score {
  planted: number;
  found: number;
  findings: number;
  right: number;
  recall: number;
  precision: number;
  byCode: Record<string, { planted: number; found: number; findings: number; right: number }>;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

export function score(findings: Found[], items: TruthItem[]): Score {
  const problems = items.filter((i) => i.expect);
  const byCode: Score['byCode'] = {};
  const row = (c: string) => (byCode[c] ??= { planted: 0, found: 0, findings: 0, right: 0 });
  let found = 0,
    right = 0;
  for (const p of problems) {
    row(p.expect!).planted++;
    if (findings.some((f) => f.code === p.expect && overlaps(f.span, p))) {
      found++;
      row(p.expect!).found++;
    }
  }
  for (const f of findings) {
    row(f.code).findings++;
    if (problems.some((p) => p.expect === f.code && overlaps(f.span, p))) {
      right++;
      row(f.code).right++;
    }
  }
  return {
    planted: problems.length,
    found,
    findings: findings.length,
    right,
    recall: ratio(found, problems.length),
    precision: ratio(right, findings.length),
    byCode,
  };
}

function ratio(a: number, b: number): number {
  return b ? Math.round((a / b) * 1000) / 1000 : 1;
}

/** Adds scores of several drafts. */
export function sumScores(scores: Score[]): Score {
  const byCode: Score['byCode'] = {};
  let planted = 0,
    found = 0,
    findings = 0,
    right = 0;
  for (const s of scores) {
    planted += s.planted;
    found += s.found;
    findings += s.findings;
    right += s.right;
    for (const [c, r] of Object.entries(s.byCode)) {
      const t = (byCode[c] ??= { planted: 0, found: 0, findings: 0, right: 0 });
      t.planted += r.planted;
      t.found += r.found;
      t.findings += r.findings;
      t.right += r.right;
    }
  }
  return { planted, found, findings, right, recall: ratio(found, planted), precision: ratio(right, findings), byCode };
}
