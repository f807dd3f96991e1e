import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES } from '../../../electron/csp.ts';
import { checkCsp, checkRepository, checkSource } from '../../../scripts/check-window-security.ts';

const SAFE = `contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true`;
const windowWith = (prefs: string) =>
  `import { BrowserWindow } from 'electron';\nnew BrowserWindow({ show: false, webPreferences: { preload: p, ${prefs} } });`;

describe('static window security check (scripts/check-window-security.ts)', () => {
  it('passes the real desktop shell', async () => {
    const { files, problems } = await checkRepository(path.resolve(import.meta.dirname, '../../..'));
    expect(problems).toEqual([]);
    expect(files).toBeGreaterThan(5);
  });

  it('accepts a window written out safely, directly or through a same-file options function', () => {
    expect(checkSource('a.ts', windowWith(SAFE))).toEqual([]);
    const viaFunction = `function options() { return { webPreferences: { ${SAFE}, webviewTag: false } }; }\nconst w = new BrowserWindow(options());`;
    expect(checkSource('b.ts', viaFunction)).toEqual([]);
  });

  it.each([
    ['contextIsolation off', SAFE.replace('contextIsolation: true', 'contextIsolation: false'), 'contextIsolation'],
    ['sandbox off', SAFE.replace('sandbox: true', 'sandbox: false'), 'sandbox'],
    ['sandbox left out', SAFE.replace('sandbox: true, ', ''), 'sandbox'],
    ['sandbox from a variable', SAFE.replace('sandbox: true', 'sandbox: isSafe'), 'sandbox'],
    ['nodeIntegration on', SAFE.replace('nodeIntegration: false', 'nodeIntegration: true'), 'nodeIntegration'],
    ['webSecurity off', SAFE.replace('webSecurity: true', 'webSecurity: false'), 'webSecurity'],
    ['Node in workers', `${SAFE}, nodeIntegrationInWorker: true`, 'nodeIntegrationInWorker'],
    ['insecure content', `${SAFE}, allowRunningInsecureContent: true`, 'allowRunningInsecureContent'],
    ['webview tag', `${SAFE}, webviewTag: true`, 'webviewTag'],
    ['a spread', `${SAFE}, ...extra`, 'spread'],
  ])('fails a window with %s', (_label, prefs, mention) => {
    const problems = checkSource('electron/window.ts', windowWith(prefs));
    expect(problems.join('\n')).toContain(mention);
  });

  it('fails windows whose options cannot be read, and options changed afterwards', () => {
    expect(checkSource('x.ts', 'new BrowserWindow(opts);')).toHaveLength(1);
    expect(checkSource('x.ts', 'new BrowserWindow();')).toHaveLength(1);
    expect(checkSource('x.ts', 'new BrowserView({ webPreferences: prefs });').join('\n')).toContain('object literal');
    expect(checkSource('x.ts', `${windowWith(SAFE)}\nopts.webPreferences.sandbox = false;`).join('\n')).toContain('must not be changed');
    expect(checkSource('x.ts', "app.commandLine.appendSwitch('no-sandbox');").join('\n')).toContain('no-sandbox');
    expect(checkSource('x.ts', "const csp = \"script-src 'self' 'unsafe-eval'\";").join('\n')).toContain('unsafe-eval');
  });

  it('passes the shipped CSP and fails eval, remote origins, wildcards, inline script and stray blob:', () => {
    expect(checkCsp(CSP_DIRECTIVES)).toEqual([]);
    const weakened = (directive: string, sources: string[]) => checkCsp({ ...CSP_DIRECTIVES, [directive]: sources });
    expect(weakened('script-src', ["'self'", "'unsafe-eval'"])).not.toEqual([]);
    expect(weakened('script-src', ["'self'", "'unsafe-inline'"])).not.toEqual([]);
    expect(weakened('connect-src', ["'self'", 'https://api.example.com'])).not.toEqual([]);
    expect(weakened('img-src', ['*'])).not.toEqual([]);
    expect(weakened('connect-src', ["'self'", 'wss:'])).not.toEqual([]);
    expect(weakened('script-src', ["'self'", 'blob:'])).not.toEqual([]);
    expect(weakened('default-src', ["'self'", 'data:'])).not.toEqual([]);
  });
});
