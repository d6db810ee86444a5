import { hashPassword } from "../../server/auth/passwordHashing";
import { Setting } from "../../server/models/Setting";
import { User } from "../../server/models/User";

const PASSWORD = "benchmark wachtwoord voor de werkgroep";

/** Members without two-factor sign-in (the switch is turned off for the benchmark's own database). */
export async function createBenchUsers(count: number): Promise<string[]> {
  await Setting.updateOne({ _id: "workspace" }, { $set: { require2faForAll: false } }, { upsert: true });
  const passwordHash = await hashPassword(PASSWORD);
  const emails = Array.from({ length: count }, (_, i) => `bench${i}@greychair.example`);
  await User.insertMany(emails.map((email, i) => ({ name: `Bench editor ${i}`, email, role: "member", language: "en", passwordHash })));
  return emails;
}

/** Signs in over HTTP (CSRF included) and returns the session cookie and a CSRF token. */
export async function signIn(baseUrl: string, email: string): Promise<{ cookie: string; csrf: string }> {
  const first = await fetch(baseUrl + "/api/auth/session");
  let cookie = first.headers.getSetCookie()[0]!.split(";")[0]!;
  const { csrfToken } = (await first.json()) as { csrfToken: string };
  const response = await fetch(baseUrl + "/api/auth/sign-in", {
    method: "POST",
    headers: { "Content-Type": "application/json", cookie, origin: baseUrl, "X-CSRF-Token": csrfToken },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status}`);
  cookie = response.headers.getSetCookie()[0]!.split(";")[0]!;
  const state = (await response.json()) as { csrfToken: string };
  return { cookie, csrf: state.csrfToken };
}

export async function createDocument(baseUrl: string, session: { cookie: string; csrf: string }, title: string): Promise<string> {
  const response = await fetch(baseUrl + "/api/documents", {
    method: "POST",
    headers: { "Content-Type": "application/json", cookie: session.cookie, origin: baseUrl, "X-CSRF-Token": session.csrf },
    body: JSON.stringify({ title, language: "en", template: "blank" }),
  });
  if (response.status !== 201) throw new Error(`create failed: ${response.status}`);
  return ((await response.json()) as { id: string }).id;
}
