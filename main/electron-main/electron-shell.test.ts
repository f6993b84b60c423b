// The built Electron shell (dist/main/electron-main.cjs, preload.cjs) run on the stand-in Electron
// (stand-in/electron-stand-in.ts): the lifecycle, the window, the app:// protocol, IPC, the menu
// and PDF export, wired as a learner's app wires them. The helpers have unit tests of their own;
// these prove main.ts, pdf-printer.ts, protocol.ts and ipc.ts put them together right.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { COMMAND_EVENT, COMMANDS } from '../common/commands';
import { API_CALL_NAMES, IPC_CHANNEL } from '../common/contract/call-names';
import { APP_CSP } from '../common/security-policy';
import type { StandInWindow } from './stand-in/electron-stand-in';
import { type LoadedShell, type LoadOptions, loadElectronShell, loadPreload, requiresBy } from './stand-in/load-shell';

const APP_PAGE = { url: 'app://bundle/index.html', parent: null };
let shell: LoadedShell | undefined;
afterEach(() => {
  shell?.stop();
  shell = undefined;
});

/** Loads the shell, lets Electron become ready, and returns the first window once it has loaded. */
async function launch(options: LoadOptions = {}): Promise<{ shell: LoadedShell; win: StandInWindow }> {
  shell = loadElectronShell(options);
  const first = shell.standIn.nextWindow();
  shell.standIn.becomeReady();
  const win = await first;
  return { shell, win };
}

/** Settles pending promise callbacks and I/O once (the shell's start-up is asynchronous). */
const settle = () => new Promise((resolve) => setImmediate(resolve));

type Result = { ok: boolean; value?: unknown; error?: { code: string; message: string } };
const call = (s: LoadedShell, name: string, input: unknown = {}, frame: { url: string; parent: unknown } | null = APP_PAGE) =>
  s.standIn.invoke(IPC_CHANNEL, frame, name, input) as Promise<Result>;

describe('Electron shell on the stand-in: start-up', () => {
  it('sets the profile folder before taking the single-instance lock, and a second copy quits without starting', async () => {
    shell = loadElectronShell({ singleInstanceLock: false });
    const { calls } = shell.standIn.record;
    // Electron keys the lock on userData: it must already be the app's folder when the lock is taken.
    expect(calls.indexOf('setPath:userData')).toBeGreaterThanOrEqual(0);
    expect(calls.indexOf('setPath:userData')).toBeLessThan(calls.indexOf('requestSingleInstanceLock'));
    expect(shell.standIn.record.quitCalls).toBe(1);
    shell.standIn.becomeReady();
    await settle();
    await settle();
    expect(shell.standIn.record.windows).toHaveLength(0);
    expect(shell.standIn.record.ipcHandlers.size).toBe(0);
    expect(shell.standIn.record.schemes).toHaveLength(0);
    expect(fs.existsSync(path.join(shell.dataDir, 'companion.sqlite3'))).toBe(false);
  });

  it('keeps the learner\'s data in the app\'s own profile folder even when Electron calls itself "Electron"', async () => {
    const { shell: s } = await launch({ useDefaultProfile: true, appName: 'Electron', platform: 'linux' });
    const userData = s.standIn.app.getPath('userData');
    expect(userData).toBe(path.join(s.home, 'config', 'DevOps Pro Companion'));
    expect(fs.existsSync(path.join(userData, 'companion.sqlite3'))).toBe(true);
    expect(fs.existsSync(path.join(s.home, 'config', 'Electron'))).toBe(false);
  });

  it('opens one locked-down window on app://bundle with the preload, and hardens its web contents', async () => {
    const { shell: s, win } = await launch();
    const prefs = win.options.webPreferences ?? {};
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(prefs.preload).toBe(path.join(s.appRoot, 'dist', 'main', 'preload.cjs'));
    expect(fs.existsSync(String(prefs.preload))).toBe(true);
    expect(win.loadedUrl).toBe('app://bundle/index.html');
    await settle();
    expect(win.shown).toBe(true);
    expect(s.standIn.record.schemes).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }) },
    ]);
    // Navigation away is stopped; https links go to the OS browser and no window opens.
    expect(win.webContents.tryNavigate('https://evil.example/')).toBe(true);
    expect(win.webContents.tryNavigate('app://bundle/index.html#/quiz')).toBe(false);
    expect(win.webContents.windowOpenHandler?.({ url: 'https://docs.aws.amazon.com/' })).toEqual({ action: 'deny' });
    expect(win.webContents.windowOpenHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(s.standIn.record.openedExternally).toEqual(['https://docs.aws.amazon.com/']);
  });

  it('grants the clipboard write of copy buttons to the app page only, and no other permission', async () => {
    const { shell: s } = await launch();
    const request = s.standIn.record.permissionRequest as unknown as (
      c: unknown,
      p: string,
      cb: (granted: boolean) => void,
      d: { requestingUrl: string },
    ) => void;
    const ask = (permission: string, requestingUrl: string) =>
      new Promise<boolean>((resolve) => request({ getURL: () => requestingUrl }, permission, resolve, { requestingUrl }));
    expect(await ask('clipboard-sanitized-write', 'app://bundle/index.html')).toBe(true);
    expect(await ask('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(await ask('media', 'app://bundle/index.html')).toBe(false);
    expect(await ask('notifications', 'app://bundle/index.html')).toBe(false);
  });
});

describe('Electron shell on the stand-in: app:// protocol', () => {
  it('serves the page with its CSP, and answers every path outside the bundle or missing with a 404', async () => {
    const { shell: s } = await launch();
    const page = await s.standIn.fetchApp('app://bundle/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(APP_CSP);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<div id="root">');
    for (const url of [
      'app://bundle/../package.json',
      'app://bundle/%2e%2e/package.json',
      'app://bundle/%2e%2e%2f%2e%2e%2fpackage.json',
      'app://bundle/..%5c..%5cpackage.json',
      'app://bundle/..\\..\\package.json',
      'app://bundle//etc/passwd',
      'app://bundle/%2fetc%2fpasswd',
      'app://bundle/no-such-file.js',
      'app://bundle/assets/',
      'app://bundle/%00index.html',
      'app://elsewhere/index.html',
      'app://print/no-such-job.html',
    ]) {
      const response = await s.standIn.fetchApp(url);
      expect(response.status, url).toBe(404);
    }
  });
});

describe('Electron shell on the stand-in: IPC', () => {
  it("answers an API call from the app's own page, and refuses foreign, framed, print and missing senders", async () => {
    const { shell: s } = await launch();
    const info = await call(s, 'app.getInfo');
    expect(info.ok).toBe(true);
    expect(info.value).toMatchObject({ shell: 'electron' });
    for (const frame of [
      { url: 'https://evil.example/', parent: null },
      { url: 'app://bundle/index.html', parent: {} },
      { url: 'app://print/job.html', parent: null },
      null,
    ]) {
      const refused = await call(s, 'app.getInfo', {}, frame);
      expect(refused).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    }
    // Input is validated by the contract before any service sees it.
    expect(await call(s, 'notes.get', { id: 'not-a-uuid' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await call(s, 'no.such.call')).toMatchObject({ ok: false });
  });

  it('loads the built preload, which exposes exactly the API over one channel and requires only electron', async () => {
    const { shell: s } = await launch();
    loadPreload(s.standIn, s.appRoot);
    const bridge = s.standIn.record.exposed.get('companion') as {
      shell: string;
      api: Record<string, (input: unknown) => Promise<unknown>>;
    };
    expect([...s.standIn.record.exposed.keys()]).toEqual(['companion']);
    expect(Object.keys(bridge.api).sort()).toEqual([...API_CALL_NAMES].sort());
    await bridge.api['notes.list']?.({});
    expect(s.standIn.record.invoked).toEqual([[IPC_CHANNEL, 'notes.list', {}]]);
    expect([...(requiresBy.get('preload.cjs') ?? [])]).toEqual(['electron']);
    expect(fs.statSync(path.join(s.appRoot, 'dist', 'main', 'preload.cjs')).size).toBeLessThan(20_000);
  });
});

describe('Electron shell on the stand-in: menu and windows', () => {
  it("builds the menu from the command registry, and a menu command runs in the page's window", async () => {
    const { shell: s, win } = await launch();
    const template = (s.standIn.record.menu?.template ?? []) as { label?: string; submenu?: { id?: string; click?: () => void }[] }[];
    const go = template.find((m) => m.label === 'Go');
    const first = COMMANDS.find((c) => c.group === 'Go to');
    const item = go?.submenu?.find((i) => i.id === first?.id);
    expect(item).toBeDefined();
    item?.click?.();
    expect(win.webContents.scripts.at(-1)).toContain(COMMAND_EVENT);
    expect(win.webContents.scripts.at(-1)).toContain(JSON.stringify(first?.id));
  });

  it('quits when its window closes on Linux and Windows', async () => {
    const { shell: s, win } = await launch({ platform: 'linux' });
    win.close();
    expect(s.standIn.record.quitCalls).toBe(1);
  });

  it('macOS: stays open without a window; the dock icon reopens it after every close; a second launch shows it', async () => {
    const { shell: s, win } = await launch({ platform: 'darwin' });
    win.close();
    expect(s.standIn.record.quitCalls).toBe(0);
    for (let reopen = 1; reopen <= 2; reopen++) {
      s.standIn.app.emit('activate');
      const windows = s.standIn.record.windows.filter((w) => !w.destroyed);
      expect(windows, `reopen ${reopen}`).toHaveLength(1);
      windows[0]?.close();
    }
    // No window now: a second launch must open one, not touch the destroyed one.
    expect(() => s.standIn.app.emit('second-instance')).not.toThrow();
    expect(s.standIn.record.windows.filter((w) => !w.destroyed)).toHaveLength(1);
  });

  it('a second launch restores and focuses the window', async () => {
    const { shell: s, win } = await launch();
    win.minimized = true;
    s.standIn.app.emit('second-instance');
    expect(win.minimized).toBe(false);
    expect(win.focused).toBeGreaterThan(0);
    expect(s.standIn.record.windows).toHaveLength(1);
  });
});

describe('Electron shell on the stand-in: PDF export', () => {
  async function withNote(s: LoadedShell): Promise<void> {
    const created = await call(s, 'notes.create', { title: 'Blue/green', body: '# Blue/green\n\nShift traffic in steps.' });
    expect(created.ok).toBe(true);
  }

  it('prints in a hidden, sandboxed window without preload and saves where the learner chose', async () => {
    const target = path.join(process.cwd(), 'never-written.pdf');
    const { shell: s } = await launch({
      saveDialog: (options) => ({ canceled: false, filePath: path.join(path.dirname(String(options.defaultPath)), 'notes.pdf') }),
    });
    await withNote(s);
    const printed = s.standIn.nextWindow();
    const result = await call(s, 'notes.exportPdf', { all: true, pageSize: 'Letter' });
    const printWindow = await printed;
    expect(result).toMatchObject({ ok: true, value: { kind: 'saved' } });
    const saved = (result.value as { path: string }).path;
    expect(saved).toBe(path.join(s.home, 'Documents', 'notes.pdf'));
    expect(fs.readFileSync(saved, 'latin1').startsWith('%PDF')).toBe(true);
    expect(fs.existsSync(target)).toBe(false);
    // The print window: no preload, sandboxed, hidden, on app://print, gone afterwards.
    expect(printWindow.options.show).toBe(false);
    expect(printWindow.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(printWindow.options.webPreferences?.preload).toBeUndefined();
    expect(printWindow.loadedUrl).toMatch(/^app:\/\/print\/[0-9a-f-]+\.html$/);
    expect(printWindow.destroyed).toBe(true);
    expect((await s.standIn.fetchApp(printWindow.loadedUrl ?? '')).status).toBe(404);
    expect(printWindow.webContents.pdfOptions).toEqual([
      expect.objectContaining({ pageSize: 'Letter', printBackground: true, generateTaggedPDF: true, generateDocumentOutline: true }),
    ]);
    const margins = (printWindow.webContents.pdfOptions[0] as { margins: Record<string, number> }).margins;
    // Electron takes margins in inches: every one is a sensible fraction of an inch.
    for (const side of ['top', 'bottom', 'left', 'right']) expect(margins[side]).toBeGreaterThan(0.2);
    for (const side of ['top', 'bottom', 'left', 'right']) expect(margins[side]).toBeLessThan(1.5);
  });

  it('reports a cancelled save dialog as cancelled, writing nothing', async () => {
    const { shell: s } = await launch();
    await withNote(s);
    expect(await call(s, 'notes.exportPdf', { all: true })).toMatchObject({ ok: true, value: { kind: 'cancelled' } });
    expect(s.standIn.record.saveDialogs).toHaveLength(1);
    expect(fs.readdirSync(path.join(s.home, 'Documents'))).toEqual([]);
  });

  it('a cancelled export ends at once, even while the print page never answers', async () => {
    const { shell: s } = await launch({
      // The print page never reports ready (a huge export still rendering).
      executeJavaScript: (_code, w) => (w.loadedUrl?.startsWith('app://print/') ? new Promise(() => {}) : Promise.resolve(true)),
    });
    await withNote(s);
    const jobId = '4f3c2a1b-0d9e-4c8b-a7f6-5e4d3c2b1a09';
    const printing = s.standIn.nextWindow();
    const exported = call(s, 'notes.exportPdf', { all: true, jobId });
    const printWindow = await printing;
    await settle();
    expect(await call(s, 'export.cancel', { jobId })).toMatchObject({ ok: true, value: { cancelled: true } });
    const hung = Symbol('hung');
    const outcome = await Promise.race([exported, new Promise((resolve) => setTimeout(resolve, 3000, hung))]);
    expect(outcome, 'the export never settled after the cancel').not.toBe(hung);
    expect(outcome).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(printWindow.destroyed).toBe(true);
  });
});
