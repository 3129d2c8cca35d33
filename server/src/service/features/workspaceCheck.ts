// Check every draft of the workspace folders: diagnostics for each, open or not.
import { sep } from 'node:path';
import type { CheckWorkspaceResult } from '../../../../protocol/index';
import { findDrafts, languageOfFile } from '../globs';
import type { ProgressReporter, VerbatimService } from '../service';
import { fileUri, pathOfUri } from '../uris';

export async function checkWorkspace(
  service: VerbatimService,
  progress: ProgressReporter | undefined,
  cancelled: () => boolean,
): Promise<CheckWorkspaceResult> {
  const started = service.host.clock.now();
  const { workspace } = service;
  const files: { uri: string; languageId: string }[] = [];
  let truncated = false;
  for (const root of workspace.roots) {
    const s = workspace.folderSettings.get(root) ?? workspace.settings;
    const corpusDirs = workspace.corpusDirsOfRoot(root);
    const isCorpus = (dir: string) => corpusDirs.some((d) => dir === d || dir.startsWith(d + sep));
    const isDraft = (p: string) => !!workspace.draftPathOf(fileUri(p), languageOfFile(p));
    const found = findDrafts(service.host.fs, root, s.languages, isCorpus, isDraft);
    truncated ||= found.truncated;
    for (const p of found.files) files.push({ uri: fileUri(p), languageId: languageOfFile(p)! });
  }
  const result: CheckWorkspaceResult = {
    drafts: 0,
    findings: 0,
    draftsWithFindings: 0,
    unreadable: 0,
    ms: 0,
    truncated,
    cancelled: false,
  };
  const now = new Set(files.map((f) => f.uri));
  for (const uri of [...service.diskChecked.keys()]) {
    if (now.has(uri)) continue;
    service.diskChecked.delete(uri);
    service.events.publishDiagnostics(uri, []);
  }
  service.workspaceChecked.clear();
  for (let i = 0; i < files.length; i++) {
    if (cancelled()) {
      result.cancelled = true;
      break;
    }
    const { uri, languageId } = files[i];
    const path = pathOfUri(uri)!;
    progress?.report(Math.round((i / files.length) * 100), `${i + 1}/${files.length} ${workspace.relative(path)}`);
    await service.prepare(path);
    let findings: number | undefined;
    const open = service.documents.get(uri);
    if (open) {
      await service.checkDocument(open, false);
      findings = service.checked.get(uri)?.result.findings.length;
    } else findings = await service.checkDisk(uri, languageId);
    service.workspaceChecked.add(uri);
    if (findings === undefined) {
      result.unreadable++;
      continue;
    }
    result.drafts++;
    result.findings += findings;
    if (findings) result.draftsWithFindings++;
    await new Promise((r) => setImmediate(r));
  }
  result.ms = service.host.clock.now() - started;
  progress?.done();
  const notes = `${truncated ? ' (stopped at the limit of drafts)' : ''}${result.cancelled ? ' (cancelled)' : ''}`;
  service.log(`workspace check: ${result.drafts} drafts, ${result.findings} findings in ${result.ms} ms${notes}`);
  const first = files[0] && pathOfUri(files[0].uri);
  if (first) service.events.status(service.statusFor(first));
  return result;
}
