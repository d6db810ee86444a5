import type { Page } from "playwright-core";
import type { BuiltUser } from "./factories";
import { unusedTotpCode } from "./testClient";

/**
 * Signs a user in through the real pages: password, then a fresh TOTP code; waits for the signed-in
 * header. `keepOfflineCopies` sets the sign-in page's box (left as the device remembers it otherwise).
 */
export async function signInInBrowser(page: Page, baseUrl: string, user: Pick<BuiltUser, "email" | "password" | "totpSecret">, options: { keepOfflineCopies?: boolean } = {}): Promise<void> {
  await page.goto(baseUrl + "/sign-in");
  await page.getByLabel("E-mail address").fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  if (options.keepOfflineCopies !== undefined) await page.getByLabel("Keep offline copies of documents on this device").setChecked(options.keepOfflineCopies);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByLabel("Code").fill(await unusedTotpCode(user.email, user.totpSecret!));
  await page.getByRole("button", { name: "Continue" }).click();
  try {
    await page.getByRole("button", { name: "Sign out" }).waitFor();
  } catch (error) {
    // Say where it stopped (a refused code, a page error) rather than only that it timed out.
    const text = await page.locator("main").innerText().catch(() => "");
    throw new Error(`sign-in of ${user.email} did not finish at ${page.url()}: ${text.slice(0, 500)}`, { cause: error });
  }
}
