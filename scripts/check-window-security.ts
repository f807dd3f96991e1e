/**
 * Static check, run by `npm run check:security`: fails when any window in electron/ weakens its isolation, or when
 * the app's Content-Security-Policy allows eval or a remote origin. It reads the source with the TypeScript parser,
 * so the options must be written out literally where windows are made — which is also what keeps them reviewable.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const WINDOW_CLASSES = new Set(['BrowserWindow', 'BrowserView', 'WebContentsView']);
/** Each must be present with exactly this value. */
const REQUIRED: Readonly<Record<string, boolean>> = { contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true };
/** Each may be absent (Electron's default is safe) but never set to true. */
const NEVER_TRUE = [
  'nodeIntegrationInWorker',
  'nodeIntegrationInSubFrames',
  'allowRunningInsecureContent',
  'webviewTag',
  'experimentalFeatures',
];
const NEVER_SET = ['enableBlinkFeatures'];
const DANGEROUS_SWITCHES = [
  'no-sandbox',
  'disable-web-security',
  'disable-site-isolation-trials',
  'ignore-certificate-errors',
  'allow-file-access-from-files',
  'remote-debugging-port',
  'js-flags',
];
const SECURITY_KEYS = new Set([...Object.keys(REQUIRED), ...NEVER_TRUE, ...NEVER_SET]);

function propertyName(name: ts.PropertyName): string | undefined {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;
}

function where(file: ts.SourceFile, node: ts.Node): string {
  const { line, character } = file.getLineAndCharacterOfPosition(node.getStart(file));
  return `${file.fileName}:${line + 1}:${character + 1}`;
}

function checkWebPreferences(file: ts.SourceFile, value: ts.Expression, problems: string[]): void {
  if (!ts.isObjectLiteralExpression(value)) {
    problems.push(`${where(file, value)} webPreferences must be an object literal written out in place, so it can be checked`);
    return;
  }
  const seen = new Map<string, ts.Expression>();
  for (const property of value.properties) {
    if (ts.isSpreadAssignment(property)) {
      problems.push(`${where(file, property)} webPreferences must not spread other options into it`);
      continue;
    }
    if (!ts.isPropertyAssignment(property)) {
      const name = property.name && ts.isIdentifier(property.name) ? property.name.text : '?';
      if (SECURITY_KEYS.has(name)) problems.push(`${where(file, property)} ${name} must be set to a literal value`);
      continue;
    }
    const name = propertyName(property.name);
    if (name) seen.set(name, property.initializer);
  }
  for (const [name, wanted] of Object.entries(REQUIRED)) {
    const given = seen.get(name);
    const literal = given?.kind === ts.SyntaxKind.TrueKeyword ? true : given?.kind === ts.SyntaxKind.FalseKeyword ? false : undefined;
    if (literal !== wanted) problems.push(`${where(file, value)} webPreferences.${name} must be written as ${wanted}`);
  }
  for (const name of NEVER_TRUE) {
    const given = seen.get(name);
    if (given && given.kind !== ts.SyntaxKind.FalseKeyword)
      problems.push(`${where(file, given)} webPreferences.${name} must be false or left out`);
  }
  for (const name of NEVER_SET) {
    const given = seen.get(name);
    if (given) problems.push(`${where(file, given)} webPreferences.${name} must not be used`);
  }
}

/** The options of `new BrowserWindow(x)`: a literal, or a call to a function in the same file returning one. */
function optionsLiteral(file: ts.SourceFile, argument: ts.Expression | undefined): ts.ObjectLiteralExpression | undefined {
  if (!argument) return undefined;
  if (ts.isObjectLiteralExpression(argument)) return argument;
  if (ts.isCallExpression(argument) && ts.isIdentifier(argument.expression)) {
    const name = argument.expression.text;
    let found: ts.ObjectLiteralExpression | undefined;
    file.forEachChild((statement) => {
      if (ts.isFunctionDeclaration(statement) && statement.name?.text === name && statement.body) {
        const returns = statement.body.statements.filter(ts.isReturnStatement);
        if (returns.length === 1 && returns[0]!.expression && ts.isObjectLiteralExpression(returns[0]!.expression)) {
          found = returns[0]!.expression;
        }
      }
    });
    return found;
  }
  return undefined;
}

export function checkSource(fileName: string, text: string): string[] {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const problems: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAssignment(node) && propertyName(node.name) === 'webPreferences') {
      checkWebPreferences(file, node.initializer, problems);
    }
    if (ts.isShorthandPropertyAssignment(node) && node.name.text === 'webPreferences') {
      problems.push(`${where(file, node)} webPreferences must be an object literal written out in place, so it can be checked`);
    }
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && WINDOW_CLASSES.has(node.expression.text)) {
      const literal = optionsLiteral(file, node.arguments?.[0]);
      const hasPreferences = literal?.properties.some(
        (p) => ts.isPropertyAssignment(p) && p.name && propertyName(p.name) === 'webPreferences',
      );
      if (!literal || !hasPreferences) {
        problems.push(
          `${where(file, node)} new ${node.expression.text}(…) needs literal options with webPreferences (or a same-file function returning them)`,
        );
      }
    }
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const target = node.left.getText(file);
      const last = ts.isPropertyAccessExpression(node.left)
        ? node.left.name.text
        : ts.isElementAccessExpression(node.left)
          ? 'computed'
          : '';
      if (/webPreferences/.test(target) || SECURITY_KEYS.has(last)) {
        problems.push(`${where(file, node)} window security options must not be changed after they are written (${target})`);
      }
    }
    if (ts.isCallExpression(node) && /appendSwitch|appendArgument/.test(node.expression.getText(file))) {
      const argument = node.arguments[0];
      if (argument && ts.isStringLiteralLike(argument) && DANGEROUS_SWITCHES.includes(argument.text.replace(/^--/, ''))) {
        problems.push(`${where(file, node)} the "${argument.text}" switch weakens Chromium's security`);
      }
    }
    if (ts.isStringLiteralLike(node) && /unsafe-eval/.test(node.text)) {
      problems.push(`${where(file, node)} 'unsafe-eval' must never appear in the desktop shell`);
    }
    node.forEachChild(visit);
  };
  visit(file);
  return problems;
}

/** Keywords and schemes the policy may use; anything else (a host, *, http:, ws:…) is a remote origin. */
const LOCAL_SOURCES = new Set(["'self'", "'none'", "'unsafe-inline'", 'data:', 'blob:']);
const BLOB_ALLOWED = new Set(['img-src', 'connect-src', 'media-src']);

export function checkCsp(directives: Readonly<Record<string, readonly string[]>>): string[] {
  const problems: string[] = [];
  const say = (message: string) => problems.push(`CSP: ${message}`);
  if (directives['default-src']?.join(' ') !== "'self'") say("default-src must be exactly 'self'");
  if (directives['object-src']?.join(' ') !== "'none'") say("object-src must be 'none'");
  const scripts = directives['script-src'] ?? directives['default-src'] ?? [];
  if (scripts.some((s) => s !== "'self'")) say(`script-src may only be 'self' (has ${scripts.join(' ')})`);
  for (const [directive, sources] of Object.entries(directives)) {
    for (const source of sources) {
      if (!LOCAL_SOURCES.has(source))
        say(`${directive} allows "${source}": only the app itself may be a source (no eval, no remote origins)`);
      if (source === 'blob:' && !BLOB_ALLOWED.has(directive)) say(`${directive} must not allow blob:`);
      if (source === "'unsafe-inline'" && directive !== 'style-src') say(`${directive} must not allow 'unsafe-inline'`);
    }
  }
  return problems;
}

async function typescriptFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && /\.(c|m)?ts$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

export async function checkRepository(root: string): Promise<{ files: number; problems: string[] }> {
  const files = await typescriptFiles(path.join(root, 'electron'));
  const problems: string[] = [];
  let windows = 0;
  for (const file of files) {
    const text = await readFile(file, 'utf8');
    windows += (text.match(/new (BrowserWindow|BrowserView|WebContentsView)\(/g) ?? []).length;
    problems.push(...checkSource(path.relative(root, file), text));
  }
  if (windows === 0) problems.push('electron/: no window found to check (has the shell moved?)');
  const { CSP_DIRECTIVES } = (await import(pathToFileURL(path.join(root, 'electron/csp.ts')).href)) as typeof import('../electron/csp.ts');
  problems.push(...checkCsp(CSP_DIRECTIVES));
  const server = await readFile(path.join(root, 'electron/serve-renderer.ts'), 'utf8');
  if (!/'Content-Security-Policy':\s*CONTENT_SECURITY_POLICY/.test(server)) {
    problems.push('electron/serve-renderer.ts must send CONTENT_SECURITY_POLICY as the Content-Security-Policy header');
  }
  return { files: files.length, problems };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const { files, problems } = await checkRepository(root);
  if (problems.length) {
    console.error(`Window security check failed (${problems.length}):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    process.exit(1);
  }
  console.log(`Window security check passed: ${files} files in electron/, every window isolated and sandboxed, CSP strict.`);
}
