// Engine bugs that the robustness and fuzz tests found and that are not fixed yet. Each has a
// minimal repro marked it.skip in test/robustness/known-bugs.test.ts and an entry in
// KNOWN-BUGS.md (repro and suggested fix). The property tests pass over the random cases that
// hit one of these (and count them), so that they keep finding *other* bugs meanwhile.
//
// When a bug is fixed: delete its entry here, un-skip its repro. VERBATIM_STRICT=1 turns all
// tolerance off (the fuzz tests then fail on every case that hits a listed bug).

export interface KnownBug {
  id: string;
  title: string;
  /** Does this exception come from the bug? (Matched on the error and its stack, so nothing else is excused.) */
  error?: (e: Error) => boolean;
}

export const KNOWN_BUGS: KnownBug[] = [
  // KB-1 … KB-10 were fixed (their repros in known-bugs.test.ts are regression tests now).
];

export const STRICT = !!process.env.VERBATIM_STRICT;

const hits = new Map<string, number>();

/** The id of the known bug this exception comes from, if any (never in strict mode). */
export function knownBugOf(e: unknown): string | undefined {
  if (STRICT || !(e instanceof Error)) return undefined;
  const bug = KNOWN_BUGS.find((b) => b.error?.(e));
  if (bug) hits.set(bug.id, (hits.get(bug.id) ?? 0) + 1);
  return bug?.id;
}

/** Records that a case was passed over because it hits a known bug (one found by a condition, not an exception). */
export function passOver(id: string): true {
  if (!KNOWN_BUGS.some((b) => b.id === id))
    throw new Error(`${id} is not a known bug any more; remove the condition that passes over it`);
  hits.set(id, (hits.get(id) ?? 0) + 1);
  return true;
}

/** Is `id` still listed (and tolerance on)? */
export function isKnown(id: string): boolean {
  return !STRICT && KNOWN_BUGS.some((b) => b.id === id);
}

/**
 * Runs `fn`; an exception from a known bug counts as a pass-over, any other is rethrown.
 * Returns undefined when passed over.
 */
export function unlessKnown<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch (e) {
    if (knownBugOf(e)) return undefined;
    throw e;
  }
}

/**
 * Runs `fn`; when it throws, the case is passed over if the exception comes from a known bug, or if
 * one of `excuses` (known bug id -> does this case hit it?) holds; otherwise the exception stands.
 * For assertion failures that a known bug explains (the conditions are only evaluated on failure).
 */
export function withKnownBugs<T>(fn: () => T, excuses: Record<string, () => boolean> = {}): T | undefined {
  try {
    return fn();
  } catch (e) {
    if (knownBugOf(e)) return undefined;
    for (const [id, hit] of Object.entries(excuses))
      if (isKnown(id) && hit()) {
        passOver(id);
        return undefined;
      }
    throw e;
  }
}

/** Cases passed over per known bug so far. */
export function knownBugHits(): ReadonlyMap<string, number> {
  return hits;
}
