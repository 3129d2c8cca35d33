// Numbers in prose: figures, words ("Thirty-eight", "a dozen"), money, percentages,
// vote tallies ("7-2", "seven votes to two") and vague quantities as ranges.
import type { Span } from '../types';
import { MatchScanner } from './match-scanner';

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  m: 1e6,
  mn: 1e6,
  bn: 1e9,
  k: 1e3,
};
const WORDS_BY_VALUE = Object.fromEntries([...Object.entries(UNITS), ...Object.entries(TENS)].map(([w, v]) => [v, w]));

export type NumberKind = 'count' | 'money' | 'percent' | 'tally';

export interface NumberMention {
  span: Span; // the whole expression ("more than $412 million")
  valueSpan: Span; // the part a fix replaces ("412")
  kind: NumberKind;
  value: number; // for a tally, the first number
  second?: number; // for a tally, the second
  lo: number;
  hi: number; // the range the words allow
  words: boolean; // written in words
  scale: number; // the scale word's multiplier (million = 1e6), 1 if none
  currency?: string;
  /** Words after the number: the thing counted. */
  noun: string[];
}

const WORD_NUM = `(?:${[...Object.keys(UNITS), ...Object.keys(TENS)].join('|')})(?:[- ](?:${Object.keys(UNITS)
  .filter((w) => UNITS[w] < 10 && UNITS[w] > 0)
  .join('|')}))?`;
const FIG = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const SCALE = String.raw`(?:\s?(?:hundred|thousand|million|billion|trillion)|(?:m|mn|bn|k)\b)`;
const CURRENCY_WORDS =
  'dollars|yuan|euros|pounds|yen|kroner|krone|rupees|won|francs|pesos|rubles|roubles|dirhams|reais';
/** Words after which "7-2" or "seven to two" is a vote. */
const TALLY_AFTER =
  String.raw`(?<=\b(?:voted|votes?|vote of|passed|approved|rejected|adopted|carries|carried|ruled|split` +
  String.raw`|decided|margin of|by a)[,\s]+(?:\p{L}+\s+)?\S+\s*)`;
const VAGUE =
  String.raw`(?:more than|over|at least|nearly|almost|about|around|roughly|approximately|some|fewer than|less ` +
  String.raw`than|under|up to|close to|just over|just under)`;

const RE = new RegExp(
  String.raw`(?<vague>\b${VAGUE}\s+)?` +
    String.raw`(?:(?<tally1>\b\d{1,2})[-–](?<tally2>\d{1,2})\b(?:(?=\s+(?:vote|decision|ruling|margin|majority` +
    String.raw`|split|tally` +
    String.raw`|in favou?r))|${TALLY_AFTER})` +
    String.raw`|(?<wt1>\b${WORD_NUM})\s+(?:votes?\s+to|(?:${TALLY_AFTER})to)\s+(?<wt2>${WORD_NUM}|\d+)\b` +
    String.raw`|(?<cur>(?:US|A|C|HK|NZ)?\$|€|£|¥)\s?(?<money>${FIG})(?<mscale>${SCALE})?` +
    String.raw`|(?<fig>\b(?:${FIG}))(?<fscale>${SCALE})?(?<pct>\s?(?:%|percent\b|per cent\b))?` +
    String.raw`|(?<word>\b(?:${WORD_NUM})(?:[\s-](?:hundred|thousand|million|billion)(?:(?:\s+and)?[\s-]+(?:` +
    String.raw`${WORD_NUM})(?![\s-](?:hundred|thousand|million|billion)\b))?)*\b)(?<wpct>\s(?:percent|per cent)\b)?` +
    String.raw`|(?<dozen>\b(?:a|one|two|three|half a)\s+dozen\b|\bdozens\b|\bhundreds\b|\bthousands\b|\bscores\b))`,
  'giu',
);

export function wordValue(w: string): number | undefined {
  const parts = w.toLowerCase().split(/[- ]+/);
  let total = 0,
    cur = 0,
    any = false;
  for (const p of parts) {
    if (p === 'and' && any) continue;
    if (p in UNITS) {
      cur += UNITS[p];
      any = true;
    } else if (p in TENS) {
      cur += TENS[p];
      any = true;
    } else if (p in SCALES && p.length > 2) {
      cur = (cur || 1) * SCALES[p];
      if (SCALES[p] >= 1000) {
        total += cur;
        cur = 0;
      }
      any = true;
    } else return undefined;
  }
  return any ? total + cur : undefined;
}

function fig(s: string) {
  return Number(s.replace(/,/g, ''));
}
function scaleOf(s?: string) {
  return s ? (SCALES[s.trim().toLowerCase()] ?? 1) : 1;
}

/** Writes a value as the draft wrote its number: in words when it used words (capitalized at a sentence start). */
export function formatLike(value: number, words: boolean, capital: boolean, separators = value >= 10000): string {
  let s = String(value);
  if (words && Number.isInteger(value) && value >= 0 && value < 100) {
    s =
      value in WORDS_BY_VALUE
        ? WORDS_BY_VALUE[value]
        : `${WORDS_BY_VALUE[Math.floor(value / 10) * 10]}-${WORDS_BY_VALUE[value % 10]}`;
  } else if (Number.isInteger(value) && separators && value >= 1000) s = value.toLocaleString('en-US');
  return capital ? s[0].toUpperCase() + s.slice(1) : s;
}

function range(vague: string | undefined, v: number): [number, number] {
  switch ((vague ?? '').trim().toLowerCase()) {
    case 'more than':
    case 'over':
    case 'just over':
      return [v * 1.0000001, Infinity];
    case 'at least':
      return [v, Infinity];
    case 'nearly':
    case 'almost':
    case 'close to':
    case 'just under':
      return [v * 0.8, v];
    case 'about':
    case 'around':
    case 'roughly':
    case 'approximately':
    case 'some':
      return [v * 0.85, v * 1.15];
    case 'fewer than':
    case 'less than':
    case 'under':
      return [-Infinity, v * 0.9999999];
    case 'up to':
      return [-Infinity, v];
    default:
      return [v, v];
  }
}

const scanner = new MatchScanner(RE);
const CURRENCY_AFTER = new RegExp(
  `^\\s*((?:U\\.S\\.|US|American|Canadian|Australian|Hong Kong|New Zealand|Singapore)\\s+)?(${CURRENCY_WORDS})\\b`,
  'i',
);
const DOLLAR_COUNTRY: Record<string, string> = {
  canadian: 'c',
  australian: 'a',
  'hong kong': 'hk',
  'new zealand': 'nz',
  singapore: 's',
};

/** The currency of the words after a figure ("62.9 billion U.S. dollars": "$"; "Canadian dollars": "c$"). */
function currencyAfter(text: string, end: number): string | undefined {
  const m = CURRENCY_AFTER.exec(text.slice(end, end + 30));
  if (!m) return undefined;
  const word = m[2].toLowerCase();
  if (word !== 'dollars') return word;
  return `${DOLLAR_COUNTRY[(m[1] ?? '').trim().toLowerCase()] ?? ''}$`;
}

/**
 * One name per currency, however written: "$", "US$", "dollars" and "U.S. dollars" are "$"; "euros" is "€" and
 * "pounds" "£" (other words stay words).
 */
export function currencyKey(c: string): string {
  const k = c.toLowerCase().replace(/^us(?=\$)/, '');
  return k === 'euros' || k === 'euro' ? '€' : k === 'pounds' || k === '£pounds' ? '£' : k;
}

/**
 * A person's age in an appositive ("Leland Yee, 67, told the judge"): it counts that person's years, so its noun is
 * the name's last word, marked as an age ("age:yee"), and only the same person's age is compared with it.
 */
function ageOf(text: string, start: number, end: number, v: number): string[] | undefined {
  if (!Number.isInteger(v) || v < 1 || v > 120 || !/^,\s/.test(text.slice(end, end + 2))) return undefined;
  const name = /(\p{Lu}[\p{Ll}'’-]+),\s*$/u.exec(text.slice(Math.max(0, start - 40), start));
  return name ? [`age:${name[1].toLowerCase()}`] : undefined;
}

export function findNumbers(text: string, from = 0, to = text.length): NumberMention[] {
  const out: NumberMention[] = [];
  for (
    let m = scanner.first(text, from);
    m && m.index < to;
    m = scanner.first(text, m.index + Math.max(1, m[0].length))
  ) {
    const g = m.groups!;
    const start = m.index,
      end = m.index + m[0].length;
    const vague = g.vague;
    const vs = start + (vague?.length ?? 0);
    const noun = nounAfter(text, end);
    const base = { span: { start, end }, noun, currency: undefined as string | undefined };
    if (g.tally1) {
      out.push({
        ...base,
        valueSpan: { start: vs, end },
        kind: 'tally',
        value: +g.tally1,
        second: +g.tally2,
        lo: +g.tally1,
        hi: +g.tally1,
        words: false,
        scale: 1,
      });
    } else if (g.wt1) {
      const a = wordValue(g.wt1)!,
        b = /^\d/.test(g.wt2) ? +g.wt2 : wordValue(g.wt2)!;
      out.push({
        ...base,
        valueSpan: { start: vs, end },
        kind: 'tally',
        value: a,
        second: b,
        lo: a,
        hi: a,
        words: true,
        scale: 1,
      });
    } else if (g.money) {
      const sc = scaleOf(g.mscale),
        v = fig(g.money) * sc;
      const ms = m[0].indexOf(g.money, vague?.length ?? 0);
      const [lo, hi] = range(vague, v);
      const cur = (
        g.cur + (/^\s*(yuan|euros?|kroner|pounds)/i.exec(text.slice(end, end + 20))?.[1] ?? '')
      ).toLowerCase();
      out.push({
        ...base,
        currency: cur,
        valueSpan: { start: start + ms, end: start + ms + g.money.length },
        kind: 'money',
        value: v,
        lo,
        hi,
        words: false,
        scale: sc,
      });
    } else if (g.fig) {
      if (/^(1[89]|20)\d\d$/.test(g.fig) && !g.pct && !g.fscale) continue; // a year
      const before = text.slice(Math.max(0, start - 12), start);
      if (/[\p{L}]$/u.test(before) || (/\p{L}/u.test(text[end] ?? '') && !g.fscale)) continue; // R1, 3D, Engine9
      if (/(?:No\.|number|Engine|Route|Highway|Article|Section|Chapter|page|Room|Suite|Apt\.?)\s*$/i.test(before))
        continue;
      if (/^[./:-]\d/.test(text.slice(end, end + 2))) continue; // a date or a time
      if (/\d[/:.-]$/.test(before)) continue;
      const sc = scaleOf(g.fscale),
        v = fig(g.fig) * sc;
      const [lo, hi] = range(vague, v);
      const currency = currencyAfter(text, end);
      const fs = m[0].indexOf(g.fig, vague?.length ?? 0);
      const age = !vague && !g.pct && !g.fscale && !currency ? ageOf(text, start, end, v) : undefined;
      out.push({
        ...base,
        noun: age ?? noun,
        currency,
        valueSpan: { start: start + fs, end: start + fs + g.fig.length },
        kind: g.pct ? 'percent' : currency ? 'money' : 'count',
        value: v,
        lo,
        hi,
        words: false,
        scale: sc,
      });
    } else if (g.word) {
      const v = wordValue(g.word);
      if (v === undefined) continue;
      if (v === 1 && !/^one$/i.test(g.word)) continue;
      if (
        /^one$/i.test(g.word) &&
        /^\s+(of|another|day|time|way|thing|side|hand|point)\b/i.test(text.slice(end, end + 12))
      )
        continue; // "one of the 80"
      const ws = m[0].indexOf(g.word, vague?.length ?? 0);
      const [lo, hi] = range(vague, v);
      const scale = /million|billion|thousand|hundred/i.exec(g.word)?.[0];
      out.push({
        ...base,
        valueSpan: { start: start + ws, end: start + ws + g.word.length },
        kind: g.wpct ? 'percent' : 'count',
        value: v,
        lo,
        hi,
        words: true,
        scale: scale ? SCALES[scale.toLowerCase()] : 1,
      });
    } else if (g.dozen) {
      const d = g.dozen.toLowerCase();
      const v =
        d.includes('dozen') && !d.endsWith('dozens')
          ? (wordValue(d.split(/\s+/)[0]) ?? (d.startsWith('half') ? 0.5 : 1)) * 12
          : 0;
      const lo = d === 'dozens' ? 24 : d === 'hundreds' ? 200 : d === 'thousands' ? 2000 : d === 'scores' ? 40 : v;
      const [rl, rh] = v ? range(vague, v) : [lo, Infinity];
      out.push({
        ...base,
        valueSpan: { start: vs, end },
        kind: 'count',
        value: v || lo,
        lo: rl,
        hi: rh,
        words: true,
        scale: 1,
      });
    }
  }
  return out;
}

/** A function word: where the words naming what is counted end. */
const FUNCTION_WORD = new RegExp(
  String.raw`^(to|in|on|at|for|from|by|with|and|or|that|which|who|the|a|an|its|their|his|her|was|were|is|are|will` +
    String.raw`|would|has` +
    String.raw`|have|had|said|as|than|after|before|since|over|under|between|across|among|per|during|through|into` +
    String.raw`|onto|about` +
    String.raw`|around|within|without|against|toward|towards|via|including|because|while|when|if)$`,
);

/** The words naming what is counted: up to four words after the number, to the first function word or punctuation. */
function nounAfter(text: string, at: number): string[] {
  const rest = text.slice(at, at + 80);
  const m = /^(?:\s+(?:of\s+)?)((?:[\p{L}'’-]+\s*){1,4})/u.exec(rest);
  if (!m) return [];
  const out: string[] = [];
  for (const w of m[1].trim().split(/\s+/)) {
    const lw = w.toLowerCase().replace(/[’']s$/, '');
    if (FUNCTION_WORD.test(lw)) break;
    out.push(lw);
  }
  return out;
}
