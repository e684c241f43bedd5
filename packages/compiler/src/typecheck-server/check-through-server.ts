import { typeCheckOutcome, type TypeCheckOutcome } from "../cache/typecheck-outcome.ts";
import type { CheckerTypescript } from "../typecheck/checker-typescript.ts";
import { askServer, startServer } from "./client.ts";
import { idleSecondsFrom, serverVersion, type ServerRequest } from "./protocol.ts";
import { projectRootOf, serverFolder, serverSocket } from "./server-address.ts";

/** How a build uses the type-check server. */
export interface TypeCheckServerUse {
  /** The command that runs a server (`node <sagepipe bin> server run`); the socket and idle time are added. */
  readonly command: readonly string[];
  /** Seconds an idle server waits before it exits. @default SAGEPIPE_TYPECHECK_SERVER_IDLE, else 900 */
  readonly idleSeconds?: number;
  /** How long to wait for the server's answer before checking in this process. @default 60000 */
  readonly timeoutMs?: number;
}

/**
 * The entry's type check by the project's server when one answers, else in this process
 * (no server, another version's, one that failed, died or did not answer in time); when no
 * server answered, one is started for the next build, its first check this one (so it holds
 * the parsed program when that build comes).
 */
export async function checkThroughServer(entry: string, userFiles: readonly string[], checker: CheckerTypescript, use: TypeCheckServerUse): Promise<{ outcome: TypeCheckOutcome; checkedBy: "server" | "process" | "process, server started" }> {
  const folder = serverFolder();
  if (!folder) return { outcome: typeCheckOutcome(entry, userFiles, checker), checkedBy: "process" };
  const socket = serverSocket(folder, projectRootOf(entry), checker);
  const request: ServerRequest = { kind: "check", version: serverVersion(), entry, userFiles, checker };
  const answer = await askServer(socket, request, use.timeoutMs ?? 60_000);
  if (answer?.kind === "checked") return { outcome: answer.outcome, checkedBy: "server" };
  const outcome = typeCheckOutcome(entry, userFiles, checker);
  // A server that answered "failed" is running and stays; one that did not answer may be busy.
  if (answer === undefined || answer.kind === "other-version") {
    startServer(use.command, socket, use.idleSeconds ?? idleSecondsFrom(), request);
    return { outcome, checkedBy: "process, server started" };
  }
  return { outcome, checkedBy: "process" };
}
