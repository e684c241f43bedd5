import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../packages/cli/src/main.ts";
import { jsonDifferences, type JsonDifference } from "./json-diff.ts";

/** Where the SDK's goldens are (../shared beside the repository). */
export const SHARED = new URL("../../../shared/conformance/", import.meta.url).pathname;
export const HERE = new URL(".", import.meta.url).pathname;

interface Allowed { readonly case: string; readonly pointer: string; readonly reason: string }

export function allowList(): readonly Allowed[] {
  return (JSON.parse(readFileSync(join(HERE, "allowed-differences.json"), "utf8")) as { entries: Allowed[] }).entries;
}

/** The conformance cases of ../shared (names of the goldens). */
export function caseNames(): string[] {
  return readdirSync(join(SHARED, "goldens")).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -5)).sort();
}

/** What comparing one case gave. */
export interface CaseOutcome {
  readonly name: string;
  readonly built: boolean;
  readonly buildOutput: string;
  /** Differences not on the allow-list. */
  readonly unexpected: readonly JsonDifference[];
  /** Allow-list entries of this case that matched no difference (stale). */
  readonly stale: readonly Allowed[];
  readonly allowed: number;
  /** Our JSON, as written. */
  readonly ours?: string;
}

/** Builds test/conformance/<name>.ts with `sagepipe build --out <tmp>` and compares it with the golden. */
export async function runCase(name: string): Promise<CaseOutcome> {
  const out = mkdtempSync(join(tmpdir(), `sagepipe-conf-${name}-`));
  let log = "";
  const io = { out: (t: string) => (log += t + "\n"), err: (t: string) => (log += t + "\n"), isTTY: false, cwd: HERE, env: process.env };
  try {
    const code = await main(["build", join(HERE, `${name}.ts`), "--out", out], io);
    const golden = JSON.parse(readFileSync(join(SHARED, "goldens", `${name}.json`), "utf8")) as object;
    if (code !== 0) return { name, built: false, buildOutput: log, unexpected: [], stale: [], allowed: 0 };
    const pipelineName = /built (\S+) ->/.exec(log)?.[1] ?? "";
    const ours = readFileSync(join(out, `${pipelineName}.json`), "utf8");
    const diffs = jsonDifferences(JSON.parse(ours), golden);
    const entries = allowList().filter((e) => e.case === name);
    const unexpected = diffs.filter((d) => !entries.some((e) => e.pointer === d.pointer));
    const stale = entries.filter((e) => !diffs.some((d) => d.pointer === e.pointer));
    return { name, built: true, buildOutput: log, unexpected, stale, allowed: diffs.length - unexpected.length, ours };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
