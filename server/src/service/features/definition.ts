// Go to Definition: the source passage a finding or a confirmation cites. (A source read from a
// format the editor cannot open as text would be shown here through a virtual document.)
import type { Location, Position } from 'vscode-languageserver-types';
import type { Citation } from '../../engine/index';
import { citationLocation } from '../convert';
import type { VerbatimService } from '../service';

/** The citation under a position of an open draft. */
export function citationAt(service: VerbatimService, uri: string, position: Position): Citation | undefined {
  const c = service.current(uri);
  if (!c) return undefined;
  const at = c.lines.offset(position);
  const hit = [...c.result.findings, ...c.result.confirmations].find(
    (x) => x.span.start <= at && at <= x.span.end && x.citation,
  );
  return hit?.citation;
}

export function definition(service: VerbatimService, uri: string, position: Position): Location | null {
  const citation = citationAt(service, uri, position);
  return citation ? citationLocation(citation) : null;
}
