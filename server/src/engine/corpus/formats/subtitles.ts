// WebVTT (through the W3C's webvtt-parser, which validates) and SRT (through
// the subtitle package). Speakers come from voice tags (<v Name>) or a
// "Name:" at the start of a cue; cues of one speaker are merged into a turn
// ("Name: words"), each cue's start kept as a place ("at 00:12:31").
import webvtt from 'webvtt-parser';
import { parseSync } from 'subtitle';
import { BodyBuilder, isTurn, oneLine } from './body';
import type { Extraction } from './types';

interface Cue {
  start: number;
  text: string;
  voice?: string;
}

export function timestamp(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60].map((n) => String(n).padStart(2, '0')).join(':');
}

interface VttNode {
  type: string;
  name?: string;
  value?: string;
  children?: VttNode[];
}

function nodeText(n: VttNode): string {
  return n.type === 'text' ? (n.value ?? '') : (n.children ?? []).map(nodeText).join('');
}
function voiceOf(n: VttNode): string | undefined {
  if (n.type === 'object' && n.name === 'v' && n.value?.trim()) return n.value.trim();
  for (const c of n.children ?? []) {
    const v = voiceOf(c);
    if (v) return v;
  }
  return undefined;
}

export function readVtt(text: string): Extraction {
  const parser = new (
    webvtt as {
      WebVTTParser: new () => {
        parse(
          t: string,
          mode: string,
        ): { cues: { startTime: number; tree: VttNode }[]; errors: { message: string; line: number }[] };
      };
    }
  ).WebVTTParser();
  const r = parser.parse(text, 'metadata');
  const cues: Cue[] = r.cues.map((c) => ({ start: c.startTime, text: nodeText(c.tree), voice: voiceOf(c.tree) }));
  const out = turns(cues);
  const timing = r.errors.filter((e) => /timestamp|digits|-->|time/i.test(e.message));
  if (timing.length)
    out.problems.push({
      code: 'corpus.subtitles',
      severity: 'warning',
      message:
        `broken cue timings (line ${timing[0].line}: ${timing[0].message}` +
        `${timing.length > 1 ? `, and ${timing.length - 1} more` : ''}); those cues are left out`,
    });
  else if (r.errors.length && !cues.length)
    out.problems.push({
      code: 'corpus.subtitles',
      severity: 'warning',
      message: `not a WebVTT file (line ${r.errors[0].line}: ${r.errors[0].message})`,
    });
  return done(out);
}

export function readSrt(text: string): Extraction {
  const cues: Cue[] = [];
  let broken = 0;
  try {
    for (const n of parseSync(text.replace(/\r\n?/g, '\n'))) {
      if (n.type !== 'cue') continue;
      // A cue whose next timing line was broken swallows it: keep the words before it, count it.
      const lines = n.data.text.split('\n');
      const cut = lines.findIndex((l) => /-->/.test(l));
      if (cut >= 0) broken++;
      cues.push({
        start: n.data.start / 1000,
        text: (cut >= 0 ? lines.slice(0, Math.max(0, cut - 1)) : lines).join('\n'),
      });
    }
  } catch (e) {
    const out = new BodyBuilder();
    out.problems.push({
      code: 'corpus.subtitles',
      severity: 'warning',
      message: `not a readable SRT file (${(e as Error).message}); skipped`,
    });
    return out.done({});
  }
  const out = turns(cues);
  if (broken)
    out.problems.push({
      code: 'corpus.subtitles',
      severity: 'warning',
      message:
        `${broken} broken cue timing line${broken === 1 ? '' : 's'}; ` +
        `the cues after ${broken === 1 ? 'it' : 'them'} are left out`,
    });
  return done(out);
}

function done(out: BodyBuilder): Extraction {
  if (!out.hasWords() && !out.problems.length)
    out.problems.push({ code: 'corpus.subtitles', severity: 'warning', message: 'no cues with words; skipped' });
  return out.done({ kind: 'transcript' });
}

/** Cues into turns: a new turn where the speaker changes, a marker with the time at each turn's start. */
function turns(cues: Cue[]): BodyBuilder {
  const out = new BodyBuilder();
  let speaker: string | undefined;
  let open = false;
  for (const c of cues) {
    let words = oneLine(c.text.replace(/<[^>]*>/g, '').replace(/^\s*[-–]\s*/, ''));
    let who = c.voice;
    if (!who && isTurn(words)) {
      const k = words.indexOf(':');
      who = words.slice(0, k).trim();
      words = words.slice(k + 1).trim();
    }
    if (who) who = nameCase(who);
    if (!words) continue;
    const label = `at ${timestamp(c.start)}`;
    if (!open || (who && who !== speaker)) {
      if (who) speaker = who;
      out.marker(label, `[${timestamp(c.start)}]`);
      out.paragraph(speaker ? `${speaker}: ${words}` : words);
      open = true;
    } else {
      const at = out.append(words);
      out.place(label, at);
    }
  }
  return out;
}

/** "ANA RUIZ" → "Ana Ruiz" (captions often shout names); mixed case is kept. */
function nameCase(name: string): string {
  return name === name.toUpperCase()
    ? name.toLowerCase().replace(/(^|[\s\-'’])(\p{L})/gu, (_, a, b) => a + b.toUpperCase())
    : name;
}
