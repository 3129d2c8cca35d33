// The `verbatim` settings from the editor: pulled per workspace folder (workspace/configuration)
// when the editor can answer, else taken from initializationOptions or didChangeConfiguration.
import type { Connection } from 'vscode-languageserver/node';
import { readSettings } from '../service/settings';
import type { VerbatimService } from '../service/service';
import { fileUri } from '../service/uris';

export class SettingsSync {
  canConfigure = false;

  constructor(
    private readonly connection: Connection,
    private readonly service: VerbatimService,
  ) {}

  fromInitializationOptions(options: unknown): void {
    this.service.workspace.settings = readSettings(options);
  }

  /** Pulls the settings of every workspace folder (and the global ones) from the client. */
  async refresh(): Promise<void> {
    if (!this.canConfigure) return;
    const { workspace } = this.service;
    try {
      const items = [
        { section: 'verbatim' },
        ...workspace.roots.map((r) => ({ scopeUri: fileUri(r), section: 'verbatim' })),
      ];
      const [global, ...perFolder] = await this.connection.workspace.getConfiguration(items);
      workspace.settings = readSettings(global);
      workspace.folderSettings.clear();
      workspace.roots.forEach((r, i) => workspace.folderSettings.set(r, readSettings(perFolder[i] ?? global)));
    } catch {
      /* keep the last good settings */
    }
  }

  /** workspace/didChangeConfiguration: read the settings again, then re-check. */
  async changed(pushed: unknown): Promise<void> {
    const { service } = this;
    if (this.canConfigure) await this.refresh();
    else if (pushed && typeof pushed === 'object' && 'verbatim' in pushed) {
      service.workspace.settings = readSettings((pushed as { verbatim: unknown }).verbatim);
    }
    service.workspace.clearGlobs();
    service.watching.watchWorkspace();
    service.log('settings changed; re-checking');
    service.scheduler.recheckAll();
  }
}
