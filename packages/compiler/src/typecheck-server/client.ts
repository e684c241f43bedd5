import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import { createConnection } from "node:net";
import { join } from "node:path";
import { ownSocket, serverFolder } from "./server-address.ts";
import type { ServerAnswer, ServerRequest, ServerStatus } from "./protocol.ts";

/**
 * Sends one request to the server on `socket` and resolves to its answer, or undefined when
 * there is no answer: no server (no socket, or nobody listening), a socket that is not this
 * user's, a server that closed the connection or died mid-request, an unreadable answer, or
 * none within `timeoutMs`. Never rejects: the caller then does the work itself.
 */
export function askServer(socket: string, request: ServerRequest, timeoutMs: number): Promise<ServerAnswer | undefined> {
  if (!ownSocket(socket)) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    let text = "";
    let settled = false;
    const finish = (a: ServerAnswer | undefined) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      conn.destroy();
      resolve(a);
    };
    const conn = createConnection(socket);
    const timer = setTimeout(() => finish(undefined), timeoutMs);
    conn.setEncoding("utf8");
    conn.on("error", () => finish(undefined));
    conn.on("data", (chunk: string) => {
      text += chunk;
      const newline = text.indexOf("\n");
      if (newline < 0) return;
      try {
        finish(JSON.parse(text.slice(0, newline)) as ServerAnswer);
      } catch {
        finish(undefined);
      }
    });
    conn.on("close", () => finish(undefined));
    conn.on("connect", () => conn.write(JSON.stringify(request) + "\n"));
  });
}

/**
 * Starts a server on `socket` in the background, detached from this process (its own session,
 * no standard streams, not waited for), by running `command` (the sagepipe bin's
 * `server run`), with `warm` as its first check.
 */
export function startServer(command: readonly string[], socket: string, idleSeconds: number, warm: ServerRequest | undefined): void {
  const [file, ...args] = command;
  if (!file) return;
  try {
    const child = spawn(file, [...args, "--socket", socket, "--idle", String(idleSeconds), ...(warm ? ["--warm", JSON.stringify(warm)] : [])], {
      detached: true,
      stdio: "ignore",
      env: process.env,
    });
    child.on("error", () => undefined);
    child.unref();
  } catch {
    // The next build checks in its own process again.
  }
}

/** The sockets of this user's servers. */
export function serverSockets(): string[] {
  const folder = serverFolder();
  if (!folder) return [];
  return readdirSync(folder).filter((n) => n.startsWith("tc-") && n.endsWith(".sock")).map((n) => join(folder, n)).filter(ownSocket);
}

/** Every running server of this user, with its status. */
export async function serverStatuses(): Promise<{ socket: string; status: ServerStatus }[]> {
  const found = await Promise.all(serverSockets().map(async (socket) => ({ socket, answer: await askServer(socket, { kind: "status" }, 5000) })));
  return found.flatMap(({ socket, answer }) => (answer?.kind === "status" ? [{ socket, status: answer.status }] : []));
}

/** Asks every server of this user to stop; resolves to the sockets that answered. */
export async function stopServers(): Promise<string[]> {
  const found = await Promise.all(serverSockets().map(async (socket) => ({ socket, answer: await askServer(socket, { kind: "stop" }, 60_000) })));
  return found.filter((f) => f.answer?.kind === "stopping").map((f) => f.socket);
}
