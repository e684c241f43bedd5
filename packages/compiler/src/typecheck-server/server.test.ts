// The type-check server as a process of its own: it answers exactly what the in-process check
// finds, sees every kind of change to what the program read, serves requests one at a time,
// exits on stop and on another version's request; a build whose server dies mid-request, or
// whose socket is someone else's, checks in its own process with the same findings.
import { spawn, type ChildProcess } from "node:child_process";
import { chownSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { tempProject } from "../../../../test/support/temp-project.ts";
import { typeCheckOutcome } from "../cache/typecheck-outcome.ts";
import { findCheckerTypescript } from "../typecheck/checker-typescript.ts";
import { checkThroughServer } from "./check-through-server.ts";
import { askServer } from "./client.ts";
import { serverVersion, type ServerAnswer, type ServerRequest } from "./protocol.ts";
import { ownSocket, projectRootOf, serverFolder, serverSocket } from "./server-address.ts";

const t = suite("type-check server");
const PIPELINE = `import { Pipeline, Processing, processor } from "@sagepipe/core";
import { flavour } from "fake-lib";
@Pipeline({ name: "Typed", bucket: "b" })
export class Typed {
  @Processing()
  a() {
    return processor({ role: "arn:aws:iam::123456789012:role/R", image: flavour, instanceType: "ml.m5.xlarge", instanceCount: "1" }).run({ outputs: { data: "/opt/ml/processing/data" } });
  }
}
`;
const project = tempProject("tc-server", {
  "pipeline.ts": PIPELINE,
  "tsconfig.json": JSON.stringify({ compilerOptions: { target: "es2022", module: "nodenext", strict: true, skipLibCheck: true, allowImportingTsExtensions: true, noEmit: true } }),
  "node_modules/fake-lib/package.json": JSON.stringify({ name: "fake-lib", version: "1.0.0", types: "index.d.ts" }),
  "node_modules/fake-lib/index.d.ts": "export declare const flavour: string;\n",
});
// This test's own temp folder for sockets: os.tmpdir() reads TMPDIR (the servers a developer runs are not touched).
const sockets = mkdtempSync(join(tmpdir(), "sp-sock-"));
process.env.TMPDIR = sockets;
const entry = project.path("pipeline.ts");
const checker = findCheckerTypescript(project.dir);
const checkRequest = (version = serverVersion()): ServerRequest => ({ kind: "check", version, entry, userFiles: [entry], checker });
const codes = (a: ServerAnswer | undefined) => (a?.kind === "checked" ? a.outcome.diagnostics.map((d) => `${d.code} ${d.span.line}:${d.span.col}`) : [`no check: ${JSON.stringify(a)}`]);

/** A server in a process of its own, from the sources. */
function startServer(socket: string): { child: ChildProcess; exited: Promise<number | null> } {
  const code = `import { serveTypeChecks } from ${JSON.stringify(new URL("./serve.ts", import.meta.url).pathname)};
await serveTypeChecks({ socket: ${JSON.stringify(socket)}, idleSeconds: 120 });`;
  const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], { stdio: "ignore" });
  const exited = new Promise<number | null>((r) => child.on("exit", (c) => r(c)));
  return { child, exited };
}

async function until(what: () => boolean | Promise<boolean>, ms = 30_000): Promise<void> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) if (await what()) return;
  throw new Error("timed out");
}

t.after(() => {
  project.remove();
  rmSync(sockets, { recursive: true, force: true });
});

t("answers what the in-process check finds, sees each change, serves two at once, stops and exits", async () => {
  const socket = join(sockets, "a.sock");
  const server = startServer(socket);
  try {
    await until(() => ownSocket(socket));
    assert.is(statSync(socket).mode & 0o777, 0o600, "the socket is the user's alone");
    const same = async (label: string, expected: string[]) => {
      const answer = await askServer(socket, checkRequest(), 60_000);
      assert.equal(codes(answer), expected, label);
      // The in-process check (in this process) finds the very same: diagnostics, sources and all.
      assert.equal(answer?.kind === "checked" && answer.outcome, JSON.parse(JSON.stringify(typeCheckOutcome(entry, [entry], checker))), label);
    };
    await same("first check", ["TS2322 7:112"]);
    project.write({ "pipeline.ts": PIPELINE.replace('instanceCount: "1"', "instanceCount: 1") });
    await same("the user's file edited", []);
    project.write({ "node_modules/fake-lib/index.d.ts": "export declare const flavour: number;\n" });
    await same("a declaration under node_modules changed (size)", ["TS2322 7:66"]);
    project.write({ "node_modules/fake-lib/index.d.ts": "export declare const flavour: string;\n", "pipeline.ts": PIPELINE.replace('instanceCount: "1"', "instanceCount: 1").replace("@Pipeline", "const unused = 1;\n@Pipeline") });
    await same("back to a string; an unused local", []);
    project.write({ "tsconfig.json": JSON.stringify({ compilerOptions: { target: "es2022", module: "nodenext", strict: true, skipLibCheck: true, noUnusedLocals: true, noEmit: true } }) });
    await same("the tsconfig changed", ["TS6133 3:7"]);
    project.write({ "node_modules/fake-lib/package.json": JSON.stringify({ name: "fake-lib", version: "2.0.0", types: "other.d.ts" }), "node_modules/fake-lib/other.d.ts": "export declare const flavour: boolean;\n" });
    await same("a package.json changed", ["TS6133 3:7", "TS2322 8:66"]);
    const [a, b] = await Promise.all([askServer(socket, checkRequest(), 60_000), askServer(socket, checkRequest(), 60_000)]);
    assert.equal(codes(a), ["TS6133 3:7", "TS2322 8:66"]);
    assert.equal(a, b, "two requests at once both answered, alike");
    const status = await askServer(socket, { kind: "status" }, 5000);
    assert.ok(status?.kind === "status" && status.status.pid === server.child.pid && status.status.checks === 8, JSON.stringify(status));
    assert.equal(await askServer(socket, { kind: "stop" }, 60_000), { kind: "stopping" });
    assert.is(await server.exited, 0, "the server exited");
    assert.not.ok(existsSync(socket), "its socket is removed");
  } finally {
    server.child.kill();
  }
});

t("a request of another sagepipe version is refused and the server exits", async () => {
  const socket = join(sockets, "b.sock");
  const server = startServer(socket);
  try {
    await until(() => ownSocket(socket));
    const answer = await askServer(socket, checkRequest("0.0.0+other"), 60_000);
    assert.equal(answer, { kind: "other-version", version: serverVersion() });
    assert.is(await server.exited, 0);
    assert.not.ok(existsSync(socket));
  } finally {
    server.child.kill();
  }
});

t("a server that dies mid-request: the build checks in its own process, finds the same, and starts another", async () => {
  const folder = serverFolder()!;
  assert.ok(folder.startsWith(sockets), folder);
  assert.is(statSync(folder).mode & 0o777, 0o700);
  const socket = serverSocket(folder, projectRootOf(entry), checker);
  const dying = createServer((conn) => conn.on("data", () => conn.destroy()));
  await new Promise<void>((r) => dying.listen(socket, r));
  const marker = join(sockets, "started");
  try {
    const { outcome, checkedBy } = await checkThroughServer(entry, [entry], checker, { command: [process.execPath, "-e", `require("fs").writeFileSync(${JSON.stringify(marker)}, process.argv.slice(1).join(" "))`, "--"] });
    assert.is(checkedBy, "process, server started");
    assert.equal(outcome, typeCheckOutcome(entry, [entry], checker));
    await until(() => existsSync(marker));
    assert.match(readFileSync(marker, "utf8"), `--socket ${socket} --idle 900 --warm {"kind":"check"`);
  } finally {
    dying.close();
  }
});

t("a socket that is not the user's own is never talked to", async () => {
  const socket = join(sockets, "c.sock");
  const other = createServer((conn) => conn.end(JSON.stringify({ kind: "stopping" }) + "\n"));
  await new Promise<void>((r) => other.listen(socket, r));
  try {
    const x = await askServer(socket, { kind: "stop" }, 5000);
    assert.equal(x, { kind: "stopping" }, "its own: talked to");
    if (process.getuid?.() === 0) chownSync(socket, 1, 1);
    else {
      // Not root: a plain file where the socket should be stands for a socket the user cannot own.
      other.close();
      rmSync(socket, { force: true });
      writeFileSync(socket, "");
    }
    assert.not.ok(ownSocket(socket));
    assert.is(await askServer(socket, { kind: "stop" }, 5000), undefined);
    assert.ok(dirname(socket) === sockets);
  } finally {
    if (other.listening) other.close();
  }
});

t.run();
