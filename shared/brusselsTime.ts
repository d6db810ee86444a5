/**
 * Meetings happen in Brussels time whatever the device says. These convert between an instant and
 * Brussels wall-clock time ("2026-03-14T09:30") without a time-zone library, using Intl.
 */
export const BRUSSELS = "Europe/Brussels";

const parts = new Intl.DateTimeFormat("en-GB", {
  timeZone: BRUSSELS,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

function wallClock(instant: Date): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  const values = Object.fromEntries(parts.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    year: Number(values.year),
    month: Number(values.month),
    day: Number(values.day),
    hour: Number(values.hour),
    minute: Number(values.minute),
    second: Number(values.second),
  };
}

/** Brussels offset from UTC at that instant, in milliseconds (+1 h in winter, +2 h in summer). */
function offsetAt(instant: Date): number {
  const w = wallClock(instant);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** "2026-03-14T09:30" in Brussels → the instant. */
export function brusselsLocalToInstant(local: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) throw new Error(`not a local date-time: ${local}`);
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const guess = Date.UTC(y, mo - 1, d, h, mi);
  // Two passes settle the offset also right after a daylight-saving change.
  let instant = guess - offsetAt(new Date(guess));
  instant = guess - offsetAt(new Date(instant));
  return new Date(instant);
}

/** The instant → "2026-03-14T09:30" in Brussels (for form fields). */
export function instantToBrusselsLocal(instant: Date | string): string {
  const w = wallClock(new Date(instant));
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

/** The calendar year in Brussels (archive numbers use it). */
export function brusselsYear(instant: Date): number {
  return wallClock(instant).year;
}

/** Today's date in Brussels, "2026-03-14" (due dates compare with it). */
export function brusselsToday(now = new Date()): string {
  return instantToBrusselsLocal(now).slice(0, 10);
}
