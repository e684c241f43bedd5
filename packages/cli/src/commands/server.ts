import { parseCommandArgs } from "../args.ts";
import { UsageError, type Command } from "../command.ts";

const usage = `usage: sagepipe server status | stop

A cold \`sagepipe build\` (the pipeline just edited) asks the project's type-check server,
which keeps TypeScript's parsed declarations between builds, so only the edited files are
checked again. The first build of a project starts it in the background (one per project and
TypeScript, for this user; its socket is in the temp folder, sagepipe-<uid>/). It runs no
pipeline code, and exits after 15 idle minutes (SAGEPIPE_TYPECHECK_SERVER_IDLE=seconds), when
another sagepipe version asks, or on \`sagepipe server stop\`. Off with \`build --no-server\`,
SAGEPIPE_TYPECHECK_SERVER=off, and when CI is set.

  status   list this user's running servers
  stop     stop them all (each finishes the check it is doing first)

(\`sagepipe server run --socket <path> [--idle seconds]\` is how a build starts one.)
Exit codes: 0 done, 2 usage error.`;

export const server: Command = {
  name: "server",
  summary: "Show or stop the background type-check servers that make cold builds fast",
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs("server", args, {
      socket: { type: "string" },
      idle: { type: "string" },
      warm: { type: "string" },
    });
    const [action, ...rest] = positionals;
    if (rest.length || !action) throw new UsageError(`sagepipe server: expected status or stop.\nRun \`sagepipe server --help\`.`);
    const compiler = await import("@sagepipe/compiler");
    if (action === "status") {
      const found = await compiler.serverStatuses();
      if (!found.length) io.out("No type-check server is running.");
      for (const { socket, status } of found) {
        io.out(`pid ${status.pid}  ${socket}  started ${status.startedAt}  last used ${status.lastUsedAt}  ${status.checks} check${status.checks === 1 ? "" : "s"}  exits after ${status.idleSeconds} s idle  (sagepipe ${status.version})`);
      }
      return 0;
    }
    if (action === "stop") {
      const stopped = await compiler.stopServers();
      io.out(stopped.length ? `Stopped ${stopped.length} type-check server${stopped.length === 1 ? "" : "s"}.` : "No type-check server was running.");
      return 0;
    }
    if (action === "run") {
      if (!values.socket) throw new UsageError("sagepipe server run: --socket <path> is required.");
      const idle = values.idle === undefined ? compiler.idleSecondsFrom(io.env) : Number(values.idle);
      if (!Number.isFinite(idle) || idle <= 0) throw new UsageError(`sagepipe server run: --idle is a number of seconds, not '${values.idle}'.`);
      let warm: import("@sagepipe/compiler").ServerRequest | undefined;
      try {
        warm = values.warm ? (JSON.parse(values.warm) as import("@sagepipe/compiler").ServerRequest) : undefined;
      } catch {
        throw new UsageError("sagepipe server run: --warm is a JSON request.");
      }
      await compiler.serveTypeChecks({ socket: values.socket, idleSeconds: idle, ...(warm ? { warm } : {}) });
      return 0;
    }
    throw new UsageError(`sagepipe server: unknown action '${action}'; expected status or stop.\nRun \`sagepipe server --help\`.`);
  },
};
