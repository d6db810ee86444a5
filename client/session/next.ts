/** Where to go after signing in: only paths on this site, never back to the sign-in pages. */
export function safeNext(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return "/";
  if (raw === "/sign-in" || raw.startsWith("/sign-in/") || raw.startsWith("/sign-in?")) return "/";
  return raw;
}

/** "/sign-in/code" + "?next=…" when there is somewhere to go back to. */
export function withNext(path: string, next: string): string {
  return next === "/" ? path : `${path}?next=${encodeURIComponent(next)}`;
}
