// Runs the fuse.js baseline on the drafts. Over every statement it takes
// about 0.1 ms per statement per item, so for big corpora it runs on a fixed,
// stratified sample: `perStratum` items of each kind of planted item
// (verbatim, altered, misattributed, invented quotations; numbers and dates
// that agree or disagree), taken in draft order, alternating drafts (each
// kind starting with another draft). Check time is extrapolated linearly
// (each stratum's mean time times its items); recall and precision are
// stratified estimates (each stratum's rates times its size). Weekday dates, which the baseline never reads, are
// misses.
import type { FuseBaseline, BaselineItem } from './baseline';
import type { TruthItem } from './draft-writer';

export interface Stratum {
  items: number;
  sampled: number;
  ms: number;
  problems: number;
  found: number;
  findings: number;
  right: number;
}

export interface BaselineResult {
  index_ms: number;
  sampled: number;
  items: number;
  exact: boolean;
  drafts: { file: string; check_ms: number; items: number; checked: number }[];
  strata: Record<string, Stratum>;
  planted: number;
  found: number;
  findings: number;
  right: number;
  recall: number;
  precision: number;
  quote_recall: number;
  quote_precision: number;
  note: string;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

export function runBaseline(
  b: FuseBaseline,
  drafts: { file: string; text: string; items: TruthItem[] }[],
  perStratum: number | 'all',
  log: (s: string) => void,
): BaselineResult {
  // Plan: every item of every draft, with its stratum.
  const plans = drafts.map((d) => {
    const run = b.check(d.text, () => false);
    return {
      ...d,
      readMs: run.readMs,
      all: run.all.map((it, i) => {
        const t = d.items.find((x) => overlaps(x, it.span));
        return { i, t, stratum: t ? `${t.kind}:${t.category}` : `${it.kind}:other` };
      }),
    };
  });
  const strata: Record<string, Stratum> = {};
  const byStratum = new Map<string, { d: number; i: number }[][]>();
  plans.forEach((p, d) =>
    p.all.forEach(({ i, stratum }) => {
      (strata[stratum] ??= { items: 0, sampled: 0, ms: 0, problems: 0, found: 0, findings: 0, right: 0 }).items++;
      const lists = byStratum.get(stratum) ?? drafts.map(() => []);
      lists[d].push({ d, i });
      byStratum.set(stratum, lists);
    }),
  );
  const chosen = drafts.map(() => new Set<number>());
  [...byStratum.values()].forEach((lists, si) => {
    // Round robin over the drafts, starting at a different draft for each kind, so small samples cover both drafts.
    const order: { d: number; i: number }[] = [];
    const turn = lists.map((_, j) => lists[(si + j) % lists.length]);
    for (let k = 0; order.length < lists.reduce((a, l) => a + l.length, 0); k++)
      for (const l of turn) if (l[k]) order.push(l[k]);
    for (const { d, i } of perStratum === 'all' ? order : order.slice(0, perStratum)) chosen[d].add(i);
  });
  const total = chosen.reduce((a, c) => a + c.size, 0);
  log(
    `baseline: ${perStratum === 'all' ? 'every item' : `${perStratum} item(s) of each of ${byStratum.size} kinds`} ` +
      `(${total} of ${plans.reduce((a, p) => a + p.all.length, 0)} items)`,
  );

  // Run the sample.
  let done = 0;
  const checked: BaselineItem[][] = plans.map((p, d) => b.check(p.text, (i) => chosen[d].has(i)).checked);
  checked.forEach((list, d) =>
    list.forEach((it) => {
      const { t, stratum } = plans[d].all[it.index];
      const s = strata[stratum];
      s.sampled++;
      s.ms += it.ms;
      s.findings += it.findings.length;
      s.right += it.findings.filter((f) => t?.expect === f.code && overlaps(f.span, t)).length;
      if (t?.expect) {
        s.problems++;
        if (it.findings.some((f) => f.code === t.expect && overlaps(f.span, t))) s.found++;
      }
      done++;
    }),
  );
  void done;

  // Estimates over all items.
  const est = (keep: (k: string) => boolean) => {
    let found = 0,
      findings = 0,
      right = 0;
    for (const [k, s] of Object.entries(strata)) {
      if (!keep(k) || !s.sampled) continue;
      if (s.problems) found += (s.found / s.problems) * problemsIn(k);
      findings += (s.findings / s.sampled) * s.items;
      right += (s.right / s.sampled) * s.items;
    }
    return { found, findings, right };
  };
  const problemsIn = (k: string) =>
    plans.reduce((a, p) => a + p.all.filter((x) => x.stratum === k && x.t?.expect).length, 0);
  const planted = drafts.reduce((a, d) => a + d.items.filter((i) => i.expect).length, 0);
  const quotePlanted = drafts.reduce((a, d) => a + d.items.filter((i) => i.expect && i.kind === 'quote').length, 0);
  const all = est(() => true),
    q = est((k) => k.startsWith('quote:'));
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  const draftsOut = plans.map((p) => {
    let ms = p.readMs;
    for (const [k, s] of Object.entries(strata))
      if (s.sampled) ms += (s.ms / s.sampled) * p.all.filter((x) => x.stratum === k).length;
    return {
      file: p.file,
      check_ms: Math.round(ms * 10) / 10,
      items: p.all.length,
      checked: chosen[plans.indexOf(p)].size,
    };
  });
  const exact = perStratum === 'all';
  return {
    index_ms: Math.round(b.indexMs),
    sampled: total,
    items: plans.reduce((a, p) => a + p.all.length, 0),
    exact,
    drafts: draftsOut,
    strata,
    planted,
    found: r3(all.found),
    findings: r3(all.findings),
    right: r3(all.right),
    recall: r3(all.found / planted),
    precision: all.findings ? r3(all.right / all.findings) : 1,
    quote_recall: r3(q.found / quotePlanted),
    quote_precision: q.findings ? r3(q.right / q.findings) : 1,
    note: exact
      ? 'fuse.js run on every quotation and figure sentence of both drafts'
      : `fuse.js run on a fixed sample (${perStratum} item(s) of each kind of planted item, ${total} of ` +
        `${plans.reduce((a, p) => a + p.all.length, 0)}); check time extrapolated linearly per kind; ` +
        `recall/precision are stratified estimates. Weekday dates are never read by the baseline (misses).`,
  };
}
