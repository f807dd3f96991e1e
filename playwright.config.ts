import { defineConfig } from '@playwright/test';

// No browser download here: drive the system Chromium (Debian's /usr/bin/chromium by default).
export const chromiumPath = process.env.PR_CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // A British consultant's laptop: dates read dd/mm/yyyy in date fields.
  '--lang=en-GB',
];
const port = Number(process.env.PR_WEB_PORT ?? 4317);
// The default run builds the app where the desktop CSP test (tests/electron) serves it from; a run on another port
// builds into its own folder.
const webOut = process.env.PR_WEB_PORT ? `../dist/e2e-${port}` : '../dist/renderer';

export default defineConfig({
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: process.env.CI ? 2 : undefined,
  reporter: 'list',
  use: { baseURL: `http://127.0.0.1:${port}`, locale: 'en-GB', trace: 'retain-on-failure' },
  projects: [
    {
      name: 'web',
      testDir: 'tests/e2e',
      use: { browserName: 'chromium', launchOptions: { executablePath: chromiumPath, args: chromiumArgs } },
    },
    { name: 'electron', testDir: 'tests/electron' },
  ],
  webServer: {
    // Two runs on one machine (two developers, or a run beside the benchmark) must not overwrite each other's files.
    command: `npx vite build --logLevel warn --outDir ${webOut} --emptyOutDir && npx vite preview --outDir ${webOut} --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
