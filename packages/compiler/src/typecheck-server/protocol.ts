import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { TypeCheckOutcome } from "../cache/typecheck-outcome.ts";
import { sourcesVersion } from "../cache/extractor-version.ts";
import type { CheckerTypescript } from "../typecheck/checker-typescript.ts";

/**
 * The type-check server's protocol: one JSON object per line over a Unix socket, a request
 * and then its one answer. The server only type-checks; it never runs the user's code.
 */
export type ServerRequest =
  | { readonly kind: "check"; readonly version: string; readonly entry: string; readonly userFiles: readonly string[]; readonly checker: CheckerTypescript }
  | { readonly kind: "status" }
  | { readonly kind: "stop" };

export type ServerAnswer =
  | { readonly kind: "checked"; readonly outcome: TypeCheckOutcome }
  /** The server is of another sagepipe (version or code); it exits after answering. */
  | { readonly kind: "other-version"; readonly version: string }
  | { readonly kind: "failed"; readonly message: string }
  | { readonly kind: "status"; readonly status: ServerStatus }
  | { readonly kind: "stopping" };

export interface ServerStatus {
  readonly pid: number;
  readonly version: string;
  readonly startedAt: string;
  readonly lastUsedAt: string;
  readonly checks: number;
  readonly idleSeconds: number;
}

let memo: string | undefined;

/**
 * Which sagepipe a server is: the compiler's package version and a hash of the code that type
 * checks (so in the workspace an edit of that code counts as another version too).
 */
export function serverVersion(): string {
  if (memo) return memo;
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version?: string };
  const code = createHash("sha256").update([sourcesVersion("typecheck"), sourcesVersion("cache"), sourcesVersion("typecheck-server")].join("\0")).digest("hex").slice(0, 16);
  return (memo = `${pkg.version ?? "?"}+${code}`);
}

/** `SAGEPIPE_TYPECHECK_SERVER_IDLE` (seconds), else 15 minutes: how long a server waits for a request before it exits. */
export function idleSecondsFrom(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.SAGEPIPE_TYPECHECK_SERVER_IDLE);
  return Number.isFinite(n) && n > 0 ? n : 15 * 60;
}
