// Facts about Verbatim itself that messages and reports cite.
export const VERSION = '0.1.0';
export const README_URL = 'https://github.com/verbatim-checker/verbatim/blob/main/README.md';

/** Link into the README's section on a finding code (its heading anchor). */
export function codeDescription(code: string): string {
  return code ? `${README_URL}#${code.replace(/\./g, '')}` : README_URL;
}
