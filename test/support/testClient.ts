import { totpCode } from "../../server/auth/totp";
import { Claim } from "../../server/db/claims";
import { User } from "../../server/models/User";
import type { SessionState } from "../../shared/types";

export interface TestResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/**
 * A browser-like HTTP client for the API: keeps cookies, sends the same Origin a browser would and
 * the CSRF token from the last session state it saw.
 */
export class TestClient {
  private cookies = new Map<string, string>();
  csrfToken = "";

  constructor(readonly baseUrl: string) {}

  /** The same browser talking to another server (e.g. after a restart on a new port). */
  static sameBrowser(other: TestClient, baseUrl: string): TestClient {
    const client = new TestClient(baseUrl);
    client.cookies = new Map(other.cookies);
    client.csrfToken = other.csrfToken;
    return client;
  }

  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  async request<T = any>(
    method: string,
    path: string,
    body?: unknown,
    options: { csrf?: boolean; origin?: string | null; headers?: Record<string, string> } = {},
  ): Promise<TestResponse<T>> {
    const headers: Record<string, string> = { Accept: "application/json", ...options.headers };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    if (this.cookies.size > 0) headers.Cookie = this.cookieHeader();
    const origin = options.origin === undefined ? this.baseUrl : options.origin;
    if (origin !== null && method !== "GET") headers.Origin = origin;
    if (options.csrf !== false && method !== "GET" && this.csrfToken) headers["X-CSRF-Token"] = this.csrfToken;
    const response = await fetch(this.baseUrl + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const [name, ...rest] = pair!.split("=");
      const value = rest.join("=");
      if (/expires=Thu, 01 Jan 1970/i.test(cookie) || value === "") this.cookies.delete(name!.trim());
      else this.cookies.set(name!.trim(), value);
    }
    const text = await response.text();
    const parsed = text ? JSON.parse(text) : undefined;
    if (parsed && typeof parsed === "object" && typeof parsed.csrfToken === "string") this.csrfToken = parsed.csrfToken;
    return { status: response.status, body: parsed as T, headers: response.headers };
  }

  get<T = any>(path: string) {
    return this.request<T>("GET", path);
  }
  post<T = any>(path: string, body?: unknown) {
    return this.request<T>("POST", path, body ?? {});
  }
  patch<T = any>(path: string, body: unknown) {
    return this.request<T>("PATCH", path, body);
  }
  delete<T = any>(path: string) {
    return this.request<T>("DELETE", path);
  }

  async session(): Promise<SessionState> {
    return (await this.get<SessionState>("/api/auth/session")).body;
  }

  /** Signs in with password and, when the account has one, a fresh TOTP code. */
  async signIn(email: string, password: string, totpSecret?: string | null): Promise<SessionState> {
    await this.session();
    const first = await this.post<SessionState>("/api/auth/sign-in", { email, password });
    if (first.status !== 200) throw new Error(`sign-in failed: ${first.status} ${JSON.stringify(first.body)}`);
    if (first.body.stage !== "second_factor") return first.body;
    if (!totpSecret) throw new Error("this account needs a TOTP secret");
    const code = await unusedTotpCode(email, totpSecret);
    const second = await this.post<SessionState>("/api/auth/second-factor", { code });
    if (second.status !== 200) throw new Error(`second factor failed: ${second.status} ${JSON.stringify(second.body)}`);
    return second.body;
  }
}

/**
 * A valid code whose time step this user has not used yet. Tests sign in the same user more often
 * than a person could; when the window is used up we move the user's last-used step back, which is
 * what waiting 30 seconds would do. The step is the current one or the next, never the previous:
 * a step boundary passing before the server checks the code must not make it stale.
 */
export async function unusedTotpCode(email: string, secret: string): Promise<string> {
  const now = Math.floor(Date.now() / 30_000);
  const user = await User.findOne({ email }).lean();
  let last = user?.totp?.lastUsedStep ?? 0;
  if (last >= now + 1) {
    last = now - 1;
    await User.updateOne({ email }, { $set: { "totp.lastUsedStep": last } });
    await Claim.deleteMany({ _id: { $regex: `^totp:${String(user!._id)}:` } });
  }
  const step = Math.max(now, last + 1);
  return totpCode(secret, step * 30_000);
}

/** A six-digit code that is not valid for this secret anywhere in the accepted window. */
export function wrongTotpCode(secret: string): string {
  const valid = new Set([-1, 0, 1].map((step) => totpCode(secret, Date.now() + step * 30_000)));
  return ["000000", "111111", "222222", "333333"].find((candidate) => !valid.has(candidate))!;
}
