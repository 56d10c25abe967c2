// Dates and times as the UX asks: "23 november 2026 14:05" (nl-NL, 24-hour clock, local time).

/**
 * Formats an RFC 3339 timestamp. `timeZone` is for tests; the app uses the computer's zone.
 * Anything unparsable is shown as it came, rather than as "Invalid Date".
 */
export function formatDateTime(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const zone = timeZone === undefined ? {} : { timeZone };
  const day = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', ...zone }).format(date);
  const time = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', ...zone }).format(
    date,
  );
  return `${day} ${time}`;
}

/** The same instant for a `<time datetime>` attribute. */
export function machineDateTime(iso: string): string | undefined {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
