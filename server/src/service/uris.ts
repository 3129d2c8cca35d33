// Document URIs as the service reads them. Clients send anything: a URI of another host
// (file://server/share/…), an encoded slash (%2F), a number. fileURLToPath throws on those, so
// every URI is read here, once, and a URI that is no local file path is simply not a draft.
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The local file path of a `file:` URI, or undefined for anything else (never throws). */
export function pathOfUri(uri: unknown): string | undefined {
  if (typeof uri !== 'string' || uri.length > 8192 || !/^file:/i.test(uri)) return undefined;
  try {
    const url = new URL(uri);
    if (url.hostname && url.hostname !== 'localhost' && process.platform !== 'win32') return undefined;
    return fileURLToPath(url);
  } catch {
    return undefined;
  }
}

export const fileUri = (path: string): string => pathToFileURL(path).toString();
