import { chmodSync, rmSync } from "node:fs";
import { createServer, type Socket } from "node:net";
import { typeCheckOutcome } from "../cache/typecheck-outcome.ts";
import { askServer } from "./client.ts";
import { ownSocket } from "./server-address.ts";
import { serverVersion, type ServerAnswer, type ServerRequest, type ServerStatus } from "./protocol.ts";

export interface ServeOptions {
  readonly socket: string;
  /** Exit after this long without a request. */
  readonly idleSeconds: number;
  /** A check to run first, so the program is parsed before the next build asks (the build that started the server). */
  readonly warm?: ServerRequest;
}

/**
 * The type-check server: holds the parsed and bound program of its project between builds
 * (`runTypeCheck` keeps the last program and the parsed files of the process; staleness is
 * its: user files by content, installed declarations by size and time, the tsconfig and
 * package.json files read again) and answers "type-check this entry" requests one at a time.
 * It never runs the user's code: diagnostics go back as data. It exits when idle for
 * `idleSeconds`, on a `stop` request, when asked by another sagepipe version, or when its
 * socket is taken away. Resolves when it has stopped (false: another server already serves the socket).
 */
export async function serveTypeChecks(o: ServeOptions): Promise<boolean> {
  // A live server on the socket already: this one is not needed. A dead one's socket is removed.
  if (ownSocket(o.socket)) {
    if (await askServer(o.socket, { kind: "status" }, 5000)) return false;
    rmSync(o.socket, { force: true });
  }
  const version = serverVersion();
  const startedAt = new Date();
  let lastUsed = startedAt;
  let checks = 0;
  let queue: Promise<unknown> = Promise.resolve();
  let idleTimer: NodeJS.Timeout | undefined;
  let done!: () => void;
  const finished = new Promise<void>((r) => (done = r));

  const status = (): ServerStatus => ({ pid: process.pid, version, startedAt: startedAt.toISOString(), lastUsedAt: lastUsed.toISOString(), checks, idleSeconds: o.idleSeconds });
  const answer = (req: ServerRequest): ServerAnswer => {
    if (req.kind === "status") return { kind: "status", status: status() };
    if (req.kind === "stop") return { kind: "stopping" };
    if (req.version !== version) return { kind: "other-version", version };
    checks++;
    try {
      return { kind: "checked", outcome: typeCheckOutcome(req.entry, req.userFiles, req.checker) };
    } catch (e) {
      return { kind: "failed", message: e instanceof Error ? e.message : String(e) };
    }
  };
  const stop = () => {
    clearTimeout(idleTimer);
    server.close(() => done());
    // Only our own socket: a server started after this one may have taken the path.
    if (ownSocket(o.socket) && boundHere) rmSync(o.socket, { force: true });
  };
  const armIdle = () => {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(stop, o.idleSeconds * 1000);
  };
  /** Runs requests one at a time, across connections. */
  const serveInTurn = (req: ServerRequest, reply: (a: ServerAnswer) => void) => {
    queue = queue.then(() => {
      clearTimeout(idleTimer);
      const a = answer(req);
      lastUsed = new Date();
      reply(a);
      if (a.kind === "stopping" || a.kind === "other-version") stop();
      else armIdle();
    });
  };

  let boundHere = false;
  const server = createServer((conn: Socket) => {
    let buffer = "";
    conn.setEncoding("utf8");
    conn.on("error", () => conn.destroy());
    conn.on("data", (chunk: string) => {
      buffer += chunk;
      const newline = buffer.indexOf("\n");
      if (newline < 0) return;
      const line = buffer.slice(0, newline);
      buffer = "";
      let req: ServerRequest;
      try {
        req = JSON.parse(line) as ServerRequest;
      } catch {
        conn.end(JSON.stringify({ kind: "failed", message: "unreadable request" }) + "\n");
        return;
      }
      const reply = (a: ServerAnswer) => {
        if (!conn.destroyed) conn.end(JSON.stringify(a) + "\n");
      };
      // A status is answered at once (a new server asks whether this one lives while it checks).
      if (req.kind === "status") reply(answer(req));
      else serveInTurn(req, reply);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    // Made 0600 as it is bound (the bind happens within listen()), not changed after.
    const umask = process.umask(0o177);
    try {
      server.listen(o.socket, () => resolve());
    } finally {
      process.umask(umask);
    }
  }).catch(() => {
    done();
  });
  if (!server.listening) return false;
  boundHere = true;
  chmodSync(o.socket, 0o600);
  armIdle();
  // The socket removed or replaced (a cleaned temp folder, another server): nobody can reach this one.
  const watch = setInterval(() => {
    if (!ownSocket(o.socket)) stop();
  }, 30_000);
  watch.unref();
  if (o.warm) serveInTurn(o.warm, () => undefined);
  await finished;
  clearInterval(watch);
  return true;
}
