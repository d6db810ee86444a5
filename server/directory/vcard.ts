/**
 * A small vCard 3.0 (RFC 2426) writer. Why 3.0: it is what iOS Contacts itself exports and what
 * Android's contacts importer and Google Contacts read reliably; 4.0 (RFC 6350) is read only in part
 * by phones. Why by hand: the libraries we looked at either write 4.0 only, or follow RFC 6350's text
 * escaping for 3.0 too and leave ";" unescaped where RFC 2426 requires "\;". The rules are few:
 * escape \ ; , and newlines in text, fold lines at 75 octets (never inside a UTF-8 character),
 * CRLF line ends, UTF-8. Tests read the output back with ical.js, an independent parser.
 */

/** A text value: backslash, semicolon, comma and newlines escaped; other control characters dropped. */
export function escapeVcardText(value: string): string {
  return value
    .replace(/\r\n?/g, "\n")
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, "")
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\n/g, "\\n");
}

/** Folds a content line: at most 75 octets per physical line, continuation lines start with a space. */
export function foldVcardLine(line: string): string {
  const out: string[] = [];
  let current = "";
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = Buffer.byteLength(char, "utf8");
    if (octets + size > limit) {
      out.push(current);
      current = " ";
      octets = 1;
      limit = 75;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join("\r\n");
}

export interface VcardProperty {
  name: string;
  /** e.g. ["TYPE=WORK,VOICE"] — only fixed, safe values from our code. */
  params?: string[];
  /** Text, already joined for structured values (use structured()). */
  value: string;
  /** Apple-style group, e.g. "item1", to attach an X-ABLabel. */
  group?: string;
}

/** A structured value (N, ADR, ORG): each component escaped, joined with ";". */
export const structured = (...components: string[]) => components.map(escapeVcardText).join(";");
/** A list value (CATEGORIES): each item escaped, joined with ",". */
export const list = (...items: string[]) => items.map(escapeVcardText).join(",");
export const text = escapeVcardText;

export function vcard(properties: VcardProperty[]): string {
  const lines = ["BEGIN:VCARD", "VERSION:3.0"];
  for (const property of properties) {
    const name = (property.group ? `${property.group}.` : "") + property.name + (property.params?.length ? `;${property.params.join(";")}` : "");
    lines.push(`${name}:${property.value}`);
  }
  lines.push("END:VCARD");
  return lines.map(foldVcardLine).join("\r\n") + "\r\n";
}
