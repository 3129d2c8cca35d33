// A corpus of sources in the formats newsrooms keep (issue 14): PDFs (three
// pages of a release each), Word files (interview transcripts) and WebVTT
// files (meeting recordings), generated with pdf-lib and docx from the shared
// grammar. Written to `${benchRoot()}/formats-<count>-<seed>/`, reused when present.
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { Document, Packer, Paragraph } from 'docx';
import { Rng } from './prng';
import { speech } from './grammar';
import { makeWorld } from './world';
import { benchRoot } from './generate';

const VERSION = 1;

/** Lines of at most `width` characters. */
function wrap(text: string, width = 92): string[] {
  const lines: string[] = [];
  let line = '';
  for (const w of text.split(' ')) {
    if (line && line.length + w.length + 1 > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines;
}

async function pdf(r: Rng, org: string, official: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let p = 0; p < 3; p++) {
    const page = doc.addPage([612, 792]);
    let y = 740;
    for (let k = 0; k < 6 && y > 80; k++) {
      const para = k === 2 ? `"${speech(r, 1, 2)}" said ${official}.` : `${org}: ${speech(r, 2, 3)}`;
      for (const line of wrap(para)) {
        page.drawText(line, { x: 56, y, size: 10, font });
        y -= 13;
      }
      y -= 13;
    }
  }
  return doc.save();
}

async function docx(r: Rng, names: string[]): Promise<Uint8Array> {
  const paragraphs: Paragraph[] = []; // "Name: words" turns alone make it a transcript
  for (let k = 0; k < 24; k++) paragraphs.push(new Paragraph(`${names[k % names.length]}: ${speech(r, 1, 3)}`));
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] })));
}

function vtt(r: Rng, names: string[]): string {
  const ts = (s: number) =>
    [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60].map((n) => String(n).padStart(2, '0')).join(':') + '.000';
  const cues = ['WEBVTT', ''];
  let t = 5;
  for (let k = 0; k < 60; k++) {
    const who = names[Math.floor(k / 3) % names.length];
    cues.push(`${ts(t)} --> ${ts(t + 4)}`, `<v ${who}>${speech(r, 1, 1)}`, '');
    t += 5;
  }
  return cues.join('\n');
}

export interface FormatsCorpus {
  dir: string;
  files: number;
  pdf: number;
  docx: number;
  vtt: number;
}

/** `count` files, a third of each format. */
export async function ensureFormatsCorpus(
  count: number,
  seed: number,
  log: (s: string) => void = () => {},
): Promise<FormatsCorpus> {
  const dir = join(benchRoot(), `formats-${count}-${seed}-v${VERSION}`);
  const per = Math.ceil(count / 3);
  const made: FormatsCorpus = { dir, files: per * 3, pdf: per, docx: per, vtt: per };
  if (existsSync(join(dir, 'done'))) return made;
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  log(`generating ${per * 3} PDF, DOCX and VTT sources into ${dir} …`);
  const r = new Rng(seed, 'formats');
  const world = makeWorld(seed);
  for (let i = 0; i < per; i++) {
    const [a, b, c] = [r.pick(world.people), r.pick(world.people), r.pick(world.people)];
    writeFileSync(join(tmp, `release-${i}.pdf`), await pdf(r, a.org, a.name));
    writeFileSync(
      join(tmp, `release-${i}.pdf.yaml`),
      `kind: release\norganization: ${a.org}\ndate: 2025-0${1 + (i % 9)}-1${i % 10}\n`,
    );
    writeFileSync(join(tmp, `interview-${i}.docx`), await docx(r, ['Reporter', b.name]));
    writeFileSync(join(tmp, `meeting-${i}.vtt`), vtt(r, [b.name, c.name, a.name]));
  }
  writeFileSync(join(tmp, 'done'), '');
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
  return made;
}
