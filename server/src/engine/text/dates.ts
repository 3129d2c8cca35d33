// Dates in prose: weekdays ("on Tuesday", "last Friday"), yesterday/today,
// absolute dates ("March 25", "25 March 2025", "2025-03-25"), resolved
// against a reference date (the draft's date line, or a source's own date).
import type { Span } from '../types';
import { MatchScanner } from './match-scanner';

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTH_RE =
  '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?' +
  '|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';

export interface DateMention {
  span: Span;
  /** What a fix replaces: the weekday or the date words. */
  valueSpan: Span;
  date: string; // YYYY-MM-DD
  style: 'weekday' | 'absolute' | 'relative';
  /** A time zone was named ("Tuesday US time"): allow a day either way. */
  zoned: boolean;
  withYear: boolean;
}

const RE = new RegExp(
  `(?<w>\\b(?:(?<rel>last|this|next|on|early|late)\\s+)?(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday` +
    `|Sunday)\\b)` +
    `|(?<md>\\b(?<m1>${MONTH_RE})\\s+(?<d1>\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(?<y1>\\d{4}))?)` +
    `|(?<dm>\\b(?<d2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<m2>${MONTH_RE})\\b(?:,?\\s+(?<y2>\\d{4}))?)` +
    `|(?<iso>\\b(?<y3>\\d{4})-(?<m3>\\d{2})-(?<d3>\\d{2})\\b)` +
    `|(?<rw>\\b(?:yesterday|today|tomorrow)\\b)`,
  'gi',
);

/** Months as AP style writes them before a day: only Jan., Feb., Aug., Sept., Oct., Nov. and Dec. are abbreviated. */
const AP_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
/** Words before a date that put the event ahead of the reference date. */
const FUTURE_CUE =
  /\b(?:will|is to|are to|plans? to|scheduled|expected to|due to|set to|starting|beginning|effective|until|through)\b/i;
/**
 * A present-tense verb of a scheduled event just before the date ("the bridge closes Monday", "takes effect March 1").
 */
const SCHEDULED_VERB = new RegExp(
  String.raw`\b(?:closes|opens|reopens|begins|starts|ends|resumes|expires|launches|arrives|takes? effect|goes into ` +
    String.raw`effect` +
    String.raw`|kicks? off|runs)\s+(?:\S+\s+){0,3}?(?:on\s+|at\s+)?$`,
  'i',
);

/** A real YYYY-MM-DD calendar date (not 2025-02-30), in the years 1000-9999. */
export function isCalendarDate(s: unknown): s is string {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const y = +s.slice(0, 4),
    m = +s.slice(5, 7),
    d = +s.slice(8, 10);
  return y >= 1000 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function daysInMonth(y: number, m: number): number {
  return m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
}

export function parseDate(s: string): Date {
  return new Date(s + 'T12:00:00Z');
}
export function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}
export function addDays(s: string, n: number): string {
  const d = parseDate(s);
  d.setUTCDate(d.getUTCDate() + n);
  return iso(d);
}
export function weekday(s: string): string {
  return WEEKDAYS[parseDate(s).getUTCDay()];
}
export function daysBetween(a: string, b: string): number {
  return Math.round((parseDate(b).getTime() - parseDate(a).getTime()) / 86400000);
}

function monthIndex(m: string): number {
  const k = m.slice(0, 3).toLowerCase();
  return MONTHS.findIndex((x) => x.slice(0, 3).toLowerCase() === k);
}

/** Dates in text[from, to), resolved against `ref`; `future` says whether a bare weekday may lie ahead (tense). */
const scanner = new MatchScanner(RE);

/** A past-tense verb (or "said") right before a weekday: the weekday is past. */
const PAST_VERB_BEFORE = new RegExp(
  String.raw`\b(?:\w+ed|said|told|met|made|held|spoke|gave|took|went|came|began|won|lost|saw|wrote|sent|set|put|cut` +
    String.raw`|left` +
    String.raw`|announced)\s+(?:on\s+|last\s+)?$`,
  'i',
);

/** A time zone after a time ("US time", "GMT"). */
const TIME_ZONE_AFTER = new RegExp(
  String.raw`^\s*(?:\(?\s*(?:US|U\.S\.|local|Beijing|Eastern|Pacific|Central|London|European|Tokyo)\s+time` +
    String.raw`|\(?\s*(?:[ECMP][SD]?T|GMT|UTC|CET|BST)\b)`,
);

export function findDates(text: string, ref: string, from = 0, to = text.length): DateMention[] {
  const out: DateMention[] = [];
  for (
    let m = scanner.first(text, from);
    m && m.index < to;
    m = scanner.first(text, m.index + Math.max(1, m[0].length))
  ) {
    const g = m.groups!;
    let start = m.index;
    const end = start + m[0].length;
    if (end > to) continue;
    // "on" and the weekday in different paragraphs are not one phrase.
    if (g.w && /(?:\r\n|\n|\r)[ \t]*(?:\r\n|\n|\r)/.test(m[0])) start = end - g.wd.length;
    const after = text.slice(end, end + 40);
    const zoned = TIME_ZONE_AFTER.test(after);
    if (g.w) {
      const wd = WEEKDAYS.findIndex((x) => x.toLowerCase() === g.wd.toLowerCase());
      const rel = g.rel?.toLowerCase();
      // Tense from the clause the weekday stands in (back to the last comma or sentence end), not from a window of
      // characters.
      const lead = text.slice(Math.max(from, start - 200), start);
      const clause = lead.slice(
        Math.max(...[',', ';', ':', '.', '!', '?', '"', '”', '\n', '\r'].map((c) => lead.lastIndexOf(c))) + 1,
      );
      const pastVerb = PAST_VERB_BEFORE.test(clause);
      const future =
        rel === 'next' ||
        (!pastVerb && (FUTURE_CUE.test(clause) || SCHEDULED_VERB.test(clause))) ||
        /^\s+(?:will)\b/.test(after);
      const refDay = parseDate(ref).getUTCDay();
      let delta = wd - refDay;
      if (future) {
        if (delta < 0) delta += 7;
        if (rel === 'next' && delta === 0) delta = 7;
      } else {
        if (delta > 0) delta -= 7;
        if (rel === 'last' && delta === 0) delta = -7;
      }
      const ws = end - g.wd.length;
      out.push({
        span: { start, end },
        valueSpan: { start: ws, end: ws + g.wd.length },
        date: addDays(ref, delta),
        style: 'weekday',
        zoned,
        withYear: false,
      });
    } else if (g.md || g.dm) {
      const mi = monthIndex(g.m1 ?? g.m2),
        day = +(g.d1 ?? g.d2),
        y = g.y1 ?? g.y2;
      if (mi < 0 || day < 1 || day > 31) continue;
      if (/^May$/i.test(g.m1 ?? g.m2 ?? '') && /^\d/.test(g.d2 ?? '') === false && !g.d1) continue;
      let year = y ? +y : parseDate(ref).getUTCFullYear();
      if (year < 1000 || year > 9999) continue;
      let date = `${year}-${String(mi + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      if (!isCalendarDate(date)) continue;
      if (!y) {
        // A scheduled event ("takes effect March 1", "will reopen June 3") is read forward from the reference date.
        const lead = text.slice(Math.max(from, start - 120), start);
        const ahead = FUTURE_CUE.test(lead) || SCHEDULED_VERB.test(lead);
        const gap = daysBetween(ref, date);
        if (ahead && gap < -30) {
          year++;
          date = `${year}-${date.slice(5)}`;
        } else if (!ahead && gap > 60) {
          year--;
          date = `${year}-${date.slice(5)}`;
        }
        if (!isCalendarDate(date)) continue;
      }
      out.push({ span: { start, end }, valueSpan: { start, end }, date, style: 'absolute', zoned, withYear: !!y });
    } else if (g.iso) {
      if (!isCalendarDate(g.iso) || +g.y3 < 1000) continue;
      out.push({
        span: { start, end },
        valueSpan: { start, end },
        date: g.iso,
        style: 'absolute',
        zoned,
        withYear: true,
      });
    } else if (g.rw) {
      const w = g.rw.toLowerCase();
      out.push({
        span: { start, end },
        valueSpan: { start, end },
        date: addDays(ref, w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0),
        style: 'relative',
        zoned,
        withYear: false,
      });
    }
  }
  return out;
}

/** Writes a date the way the draft wrote the one it replaces. */
export function formatDateLike(date: string, like: DateMention, ref: string, original: string): string {
  const d = parseDate(date);
  if (like.style === 'weekday' || like.style === 'relative') {
    const gap = daysBetween(date, ref);
    if (like.style === 'weekday' && gap >= 0 && gap < 7) return weekday(date);
    if (like.style === 'relative' && gap === 1) return 'yesterday';
    if (like.style === 'relative' && gap === 0) return 'today';
    return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
  }
  if (/^\d{4}-/.test(original)) return date;
  const abbreviated = /^[A-Z][a-z]{2,3}\./.test(original);
  const month = abbreviated ? AP_MONTHS[d.getUTCMonth()] : MONTHS[d.getUTCMonth()];
  const dayFirst = /^\d/.test(original);
  const core = dayFirst ? `${d.getUTCDate()} ${month}` : `${month} ${d.getUTCDate()}`;
  return like.withYear ? (dayFirst ? `${core} ${d.getUTCFullYear()}` : `${core}, ${d.getUTCFullYear()}`) : core;
}
