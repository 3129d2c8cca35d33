// What the .vsix browser test reads of the workbench page: the editor's text and where words and
// error squiggles are drawn on screen, the Problems panel, screenshots. Monaco's DOM, read as shown.
import path from 'node:path';
import { ARTIFACTS, REPO, say } from './steps.mjs';

/** The readers of one page. */
export function workbench(page) {
  const shot = async (name) => {
    const file = path.join(ARTIFACTS, name);
    await page.screenshot({ path: file });
    say(`screenshot ${path.relative(REPO, file)}`);
  };
  /** The editor's text as shown, whitespace collapsed: Monaco renders spaces as U+00A0 and
   *  word wrap may split a line into several rows (.view-line), so line breaks are not kept. */
  const editorText = () =>
    page.evaluate(() => {
      const lines =
        document.querySelector('.editor-group-container.active .monaco-editor .view-lines') ??
        document.querySelector('.monaco-editor .view-lines');
      if (!lines) return '';
      return [...lines.querySelectorAll('.view-line')]
        .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
        .map((l) => l.textContent)
        .join(' ')
        .replace(/[\s\u00a0]+/g, ' ');
    });
  /** Screen rectangle of `needle` in the editor's rendered lines (null when not shown). */
  const textRect = (needle) =>
    page.evaluate((needle) => {
      for (const line of document.querySelectorAll('.monaco-editor .view-lines .view-line')) {
        const text = line.textContent.replace(/\u00a0/g, ' ');
        const at = text.indexOf(needle);
        if (at < 0) continue;
        // Walk the line's text nodes to the needle's first and last characters.
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        let offset = 0,
          started = false,
          node;
        while ((node = walker.nextNode())) {
          const len = node.textContent.length;
          if (!started && at < offset + len) {
            range.setStart(node, at - offset);
            started = true;
          }
          if (started && at + needle.length <= offset + len) {
            range.setEnd(node, at + needle.length - offset);
            break;
          }
          offset += len;
        }
        const r = range.getBoundingClientRect();
        const l = line.getBoundingClientRect();
        return { x: r.left, y: l.top, width: r.width, height: l.height };
      }
      return null;
    }, needle);
  /** The error squiggles drawn on the rendered line that shows `needle`. */
  const squigglesOn = (needle) =>
    page.evaluate((needle) => {
      const line = [...document.querySelectorAll('.monaco-editor .view-lines .view-line')].find((l) =>
        l.textContent.replace(/\u00a0/g, ' ').includes(needle),
      );
      if (!line) return [];
      const lr = line.getBoundingClientRect();
      return [...document.querySelectorAll('.monaco-editor .squiggly-error')]
        .map((s) => s.getBoundingClientRect())
        .filter((r) => r.width > 0 && r.top + r.height / 2 >= lr.top && r.top + r.height / 2 <= lr.bottom)
        .map((r) => ({ x: r.left, y: r.top, width: r.width, height: r.height }));
    }, needle);
  /** Moves the mouse off the editor, in steps so that the editor sees it leave (no hover, no link). */
  const parkMouse = () => page.mouse.move(150, 600, { steps: 8 });
  const problemsText = () => page.evaluate(() => document.querySelector('.markers-panel')?.textContent ?? '');
  return { shot, editorText, textRect, squigglesOn, parkMouse, problemsText };
}
