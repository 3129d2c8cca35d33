// Suppressions: findings a writer or a team has chosen not to see, dropped as the engine's last
// step: suppression comments in the draft (suppress-comments.ts) and the team's accepted findings
// (accepted.ts, `.verbatim/accepted.yaml`).
import { isAccepted, type AcceptedEntry } from './accepted';
import { findDirectives, Suppressions } from './suppress-comments';
import type { Finding } from './types';

// CheckOptions is declared in engine.ts; the suppression options are declared here, beside the
// code that reads them (TypeScript merges the two declarations).
declare module './engine' {
  interface CheckOptions {
    /** Accepted findings (`.verbatim/accepted.yaml`), already narrowed to this draft by the caller. */
    accepted?: AcceptedEntry[];
    /** Honour suppression comments and `accepted` (default true). */
    suppress?: boolean;
  }
}

/** Why a finding is not shown, if it is not. */
export function suppressedBy(
  f: Finding,
  text: string,
  sup: Suppressions | undefined,
  accepted: AcceptedEntry[] = [],
): 'comment' | 'accepted' | undefined {
  if (sup?.covers(f)) return 'comment';
  if (isAccepted(f, text, accepted)) return 'accepted';
  return undefined;
}

/** The engine's hook: the findings left once comments and accepted entries have had their say. */
export function suppressFindings(
  findings: Finding[],
  path: string,
  text: string,
  opts: { accepted?: AcceptedEntry[]; suppress?: boolean },
): Finding[] {
  if (opts.suppress === false || !findings.length) return findings;
  const directives = findDirectives(path, text);
  const sup = directives.length ? new Suppressions(text, directives) : undefined;
  const accepted = opts.accepted ?? [];
  if (!sup && !accepted.length) return findings;
  return findings.filter((f) => !suppressedBy(f, text, sup, accepted));
}
