// Debian's Chromium for the browser tests, and pages that record what goes wrong in them.
import { chromium, type Browser, type Page } from "playwright-core";

/** Headless Chromium from Debian's package; nothing is downloaded. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/**
 * A new page whose `problems` collect console errors (CSP violations are reported there), page
 * errors and failed responses (status 400 and up).
 */
export async function openWatchedPage(browser: Browser, width = 1280): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  return { page, problems };
}
