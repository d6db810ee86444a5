// E-mail addresses: local part (letters, digits, . _ % + -, no leading, trailing or double dot),
// "@", then at least two dot-separated DNS labels ending in an alphabetic top-level domain.
// ASCII only. "@handles" and "user@localhost" are not addresses for our purpose.
import type { PersonalDataFinding } from "./types";
import { finding } from "./text";

const EMAIL =
  /(?<![A-Za-z0-9._%+\-@])[A-Za-z0-9_%+\-]+(?:\.[A-Za-z0-9_%+\-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![A-Za-z0-9\-@_]|\.[A-Za-z0-9])/g;

export function findEmails(text: string): PersonalDataFinding[] {
  const found: PersonalDataFinding[] = [];
  for (const match of text.matchAll(EMAIL)) {
    const start = match.index;
    found.push(finding("email", text, start, start + match[0].length, match[0].toLowerCase(), "email_format"));
  }
  return found;
}
