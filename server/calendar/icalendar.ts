/**
 * RFC 5545 iCalendar, written by hand because it is small: CRLF line ends, TEXT values escaped,
 * lines folded at 75 octets (never inside a UTF-8 character), times in UTC ("…Z"), which every
 * calendar converts to its own zone — so no VTIMEZONE is needed. Feeds are METHOD:PUBLISH; e-mailed
 * invitations are iTIP (RFC 5546) METHOD:REQUEST and METHOD:CANCEL, with an organizer and the
 * attendee, the same UID for the life of the meeting and a SEQUENCE that only grows.
 */
export type CalendarMethod = "PUBLISH" | "REQUEST" | "CANCEL";

export interface CalendarPerson {
  email: string;
  name?: string | null;
}
export interface CalendarEvent {
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  location?: string;
  description?: string;
  url?: string;
  sequence: number;
  cancelled?: boolean;
  updatedAt: Date;
  /** iTIP messages (REQUEST, CANCEL) name who sends them and to whom. */
  organizer?: CalendarPerson;
  attendees?: CalendarPerson[];
}

export function escapeText(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}

export function utcStamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/** Folds one content line into pieces of at most 75 octets; continuation lines start with a space. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const pieces: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = pieces.length === 0 ? 75 : 74; // the leading space counts
    if (octets + size > limit) {
      pieces.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.join("\r\n ");
}

/** A parameter value (CN=…): quoted, without the characters a quoted value cannot hold. */
function paramValue(value: string): string {
  return `"${value.replace(/["\r\n\x00-\x1f]/g, "").trim()}"`;
}

function person(property: "ORGANIZER" | "ATTENDEE", who: CalendarPerson): string {
  const params = [property, ...(who.name ? [`CN=${paramValue(who.name)}`] : [])];
  if (property === "ATTENDEE") params.push("ROLE=REQ-PARTICIPANT", "PARTSTAT=NEEDS-ACTION", "RSVP=FALSE");
  return `${params.join(";")}:mailto:${who.email}`;
}

export function buildCalendar(name: string, events: CalendarEvent[], options: { method?: CalendarMethod } = {}): string {
  const method = options.method ?? "PUBLISH";
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Greychair//Benelux working group//EN", "CALSCALE:GREGORIAN", `METHOD:${method}`];
  if (method === "PUBLISH") lines.push(`X-WR-CALNAME:${escapeText(name)}`, "X-WR-TIMEZONE:Europe/Brussels");
  for (const event of events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${event.uid}`,
      `DTSTAMP:${utcStamp(event.updatedAt)}`,
      `DTSTART:${utcStamp(event.start)}`,
      `DTEND:${utcStamp(event.end)}`,
      `SEQUENCE:${event.sequence}`,
      `SUMMARY:${escapeText(event.summary)}`,
      ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
      ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
      ...(event.url ? [`URL:${event.url}`] : []),
      ...(event.organizer ? [person("ORGANIZER", event.organizer)] : []),
      ...(event.attendees ?? []).map((attendee) => person("ATTENDEE", attendee)),
      `STATUS:${event.cancelled || method === "CANCEL" ? "CANCELLED" : "CONFIRMED"}`,
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
