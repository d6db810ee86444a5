import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser } from "./browser";
import { signInInBrowser } from "./browserSignIn";
import type { BuiltUser } from "./factories";
import { startTestServer, type TestServer } from "./testServer";

export interface BrowserSuite {
  readonly server: TestServer;
  readonly browser: Browser;
  /** A page in a fresh context (its own cookies and IndexedDB), closed after the suite. */
  newPage(): Promise<Page>;
  /** newPage(), signed in through the real pages. */
  signedInPage(user: Pick<BuiltUser, "email" | "password" | "totpSecret">, options?: { keepOfflineCopies?: boolean }): Promise<Page>;
}

/** One test server and one Chromium for the e2e tests of a describe block (its before/after hooks). */
export function browserSuite(): BrowserSuite {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  before(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  });
  after(async () => {
    for (const context of contexts) await context.close().catch(() => {});
    await browser?.close();
    await server?.stop();
  });
  const suite: BrowserSuite = {
    get server() {
      return server!;
    },
    get browser() {
      return browser!;
    },
    async newPage() {
      const context = await browser!.newContext({ locale: "en-GB" });
      contexts.push(context);
      return context.newPage();
    },
    async signedInPage(user, options) {
      const page = await suite.newPage();
      await signInInBrowser(page, server!.url, user, options);
      return page;
    },
  };
  return suite;
}
