/** A duration for people: `0s`, `45s`, `3m 02s`, `1h 04m`. Negative values read as 0. */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m ${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(m / 60)}h ${String(m % 60).padStart(2, "0")}m`;
}

/** The time between two instants, or from `start` to `now` while still running; undefined if not started. */
export function elapsed(start: Date | undefined, end: Date | undefined, now: Date): number | undefined {
  if (!start) return undefined;
  return (end ?? now).getTime() - start.getTime();
}
