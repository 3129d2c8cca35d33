// Saved web pages through Mozilla's Readability (the Firefox reader view) over
// linkedom's DOM: the article's main text, title, byline and publication date
// (article:published_time, JSON-LD datePublished, or the first <time>). Read as
// an article: its narration is nobody's words, its quotations are attributed.
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { BodyBuilder } from './body';
import type { Extraction } from './types';

// The few DOM members used here (the project compiles without the DOM library's types).
interface El {
  tagName: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelector(sel: string): El | null;
}
interface Doc {
  querySelector(sel: string): El | null;
  querySelectorAll(sel: string): Iterable<El>;
}
const domOf = (html: string) => (parseHTML(html) as unknown as { document: Doc }).document;

/** A page with less main text than this is not an article (a menu, an error page, a page built by scripts). */
const MIN_ARTICLE_WORDS = 15;

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, dd, dt, figcaption';

/** A calendar date YYYY-MM-DD from the start of a timestamp, as written (no time-zone shift). */
export function datePart(s: unknown): string | undefined {
  const m = typeof s === 'string' ? /^\s*(\d{4}-\d{2}-\d{2})(?:$|[T\s])/.exec(s) : null;
  return m ? m[1] : undefined;
}

function metaDate(document: Doc): string | undefined {
  const meta = (sel: string) => document.querySelector(sel)?.getAttribute('content') ?? undefined;
  const fromMeta = datePart(
    meta('meta[property="article:published_time"]') ??
      meta('meta[name="article:published_time"]') ??
      meta('meta[itemprop="datePublished"]'),
  );
  if (fromMeta) return fromMeta;
  for (const s of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const found = jsonLdDate(JSON.parse(s.textContent ?? ''));
      if (found) return found;
    } catch {
      /* a broken JSON-LD block says nothing */
    }
  }
  return datePart(document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined);
}

function jsonLdDate(v: unknown, depth = 0): string | undefined {
  if (!v || typeof v !== 'object' || depth > 5) return undefined;
  if (Array.isArray(v)) {
    for (const x of v) {
      const d = jsonLdDate(x, depth + 1);
      if (d) return d;
    }
    return undefined;
  }
  const o = v as Record<string, unknown>;
  return datePart(o.datePublished) ?? jsonLdDate(o['@graph'], depth + 1);
}

export function readHtml(html: string): Extraction {
  const out = new BodyBuilder();
  const document = domOf(html);
  const date = metaDate(document);
  const pageTitle = document.querySelector('title')?.textContent?.trim();
  let article: ReturnType<Readability['parse']>;
  try {
    article = new Readability(document as never, { charThreshold: 200 }).parse();
  } catch {
    article = null;
  }
  const meta: Extraction['meta'] = {
    kind: 'article',
    title: article?.title?.trim() || pageTitle || undefined,
    date: datePart(article?.publishedTime) ?? date,
  };
  if (article?.byline?.trim()) meta.byline = article.byline.trim();
  if (article?.content) {
    const body = domOf(`<!doctype html><html><body>${article.content}</body></html>`);
    for (const el of body.querySelectorAll(BLOCKS)) {
      if (el.querySelector(BLOCKS)) continue; // its inner blocks are read on their own
      // Preformatted text (a text file saved as a page) keeps its paragraphs apart.
      if (el.tagName.toLowerCase() === 'pre') for (const p of (el.textContent ?? '').split(/\n\s*\n/)) out.paragraph(p);
      else out.paragraph(el.textContent ?? '');
    }
    if (!out.hasWords()) out.paragraph(article.textContent ?? '');
  }
  const x = out.done(meta);
  const words = x.body.match(/\p{L}+/gu)?.length ?? 0;
  if (words < MIN_ARTICLE_WORDS) {
    const why = words ? `only ${words} words of main text` : 'Readability found no main text';
    x.problems.push({
      code: 'corpus.html',
      severity: 'warning',
      message: `no article text found on the page (${why}); skipped`,
    });
    x.body = '';
  }
  return x;
}
