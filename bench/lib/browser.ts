import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../playwright.config.ts';

/** The system Chromium, launched exactly as the end-to-end tests launch it. */
export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
}
