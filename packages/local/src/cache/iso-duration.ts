const UNIT_MS: Readonly<Record<string, number>> = {
  Y: 365 * 86_400_000,
  M: 30 * 86_400_000,
  W: 7 * 86_400_000,
  D: 86_400_000,
  H: 3_600_000,
  TM: 60_000,
  S: 1000,
};

/**
 * Parses a CacheConfig `ExpireAfter` (ISO 8601 duration as SageMaker takes it: `P30D`, `PT1H`,
 * and the short forms `30d`, `T16m`, `30dT5h`) into milliseconds; undefined when it does not parse.
 * A month counts as 30 days and a year as 365.
 */
export function parseIsoDuration(text: string): number | undefined {
  const m = /^P?((?:\d+(?:\.\d+)?[YMWD])*)(?:T((?:\d+(?:\.\d+)?[HMS])+))?$/i.exec(text.trim());
  if (!m || (!m[1] && !m[2])) return undefined;
  let total = 0;
  for (const [part, time] of [[m[1] ?? "", false], [m[2] ?? "", true]] as const) {
    for (const unit of part.matchAll(/(\d+(?:\.\d+)?)([A-Z])/gi)) {
      const key = unit[2]!.toUpperCase();
      total += Number(unit[1]) * UNIT_MS[time && key === "M" ? "TM" : key]!;
    }
  }
  return total;
}
