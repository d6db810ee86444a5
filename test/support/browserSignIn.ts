import type { Page } from "playwright-core";
import type { BuiltUser } from "./factories";
import { unusedTotpCode } from "./testClient";

/** Signs a user in through the real pages: password, then a fresh TOTP code; waits for the signed-in header. */
export async function signInInBrowser(page: Page, baseUrl: string, user: Pick<BuiltUser, "email" | "password" | "totpSecret">): Promise<void> {
  await page.goto(baseUrl + "/sign-in");
  await page.getByLabel("E-mail address").fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByLabel("Code").fill(await unusedTotpCode(user.email, user.totpSecret!));
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("button", { name: "Sign out" }).waitFor();
}
