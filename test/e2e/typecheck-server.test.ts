// `sagepipe build` and its type-check server, as a user runs them: the first build checks in
// its own process and leaves a server behind (detached), the next cold build (the pipeline
// edited) is checked by it with the same output as without it, `sagepipe server status` lists
// it and `sagepipe server stop` ends it (the process is gone). With CI set, or --no-server,
// no server is started. Each test's sockets are in its own TMPDIR.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { REPO, tempProject } from "../support/temp-project.ts";

const run = promisify(execFile);
const BIN = join(REPO, "packages/cli/bin/sagepipe.js");
const t = suite("sagepipe build with its type-check server");
const project = tempProject("tc-server-bin");
const sockets = mkdtempSync(join(tmpdir(), "sp-tcs-"));
const PIPELINE = (threshold: number) => `import { Pipeline, Processing, processor } from "@sagepipe/core";
const p = processor({ role: "arn:aws:iam::123456789012:role/R", image: "img", instanceType: "ml.m5.xlarge", instanceCount: ${threshold} });
@Pipeline({ name: "One", bucket: "my-bucket" })
export class One {
  @Processing() a() { return p.run({ outputs: { o: "/opt/ml/processing/output" } }); }
}
`;
project.write({ "p.ts": PIPELINE(1) });

async function sagepipe(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, TMPDIR: sockets, SAGEPIPE_TYPECHECK_SERVER: "on", SAGEPIPE_TYPECHECK_SERVER_IDLE: "120" };
  delete childEnv.CI;
  Object.assign(childEnv, env);
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { cwd: project.dir, env: childEnv });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const failed = e as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** The pids of the running servers, from `sagepipe server status`. */
async function servers(): Promise<{ pid: number; checks: number }[]> {
  const { stdout } = await sagepipe(["server", "status"]);
  return [...stdout.matchAll(/^pid (\d+) .* (\d+) checks? /gm)].map((m) => ({ pid: Number(m[1]), checks: Number(m[2]) }));
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until<T>(what: () => Promise<T | undefined> | T | undefined, ms = 60_000): Promise<T> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
    const found = await what();
    if (found !== undefined) return found;
  }
  throw new Error("timed out");
}

t.after(async () => {
  await sagepipe(["server", "stop"]);
  project.remove();
  rmSync(sockets, { recursive: true, force: true });
});

t("the first build starts a server, the next cold build is checked by it alike, server stop ends it", async () => {
  const first = await sagepipe(["build", "p.ts", "--out", "out"]);
  assert.is(first.code, 0, first.stderr);
  // The server's first check is the build's own, run again so the next build finds the program parsed.
  const [started] = await until(async () => {
    const s = await servers();
    return s.length === 1 && s[0]!.checks === 1 ? s : undefined;
  });
  project.write({ "p.ts": PIPELINE(2) });
  const second = await sagepipe(["build", "p.ts", "--out", "out"]);
  assert.is(second.code, 0, second.stderr);
  assert.equal(await servers(), [{ pid: started!.pid, checks: 2 }], "the cold build asked the server");
  assert.is((await sagepipe(["build", "p.ts", "--out", "out"])).code, 0);
  assert.equal(await servers(), [{ pid: started!.pid, checks: 2 }], "a warm build (nothing changed) did not even ask");
  const built = readFileSync(project.path("out/One.json"), "utf8");
  project.write({ "p.ts": PIPELINE(3) });
  const mistake = PIPELINE(3).replace("instanceCount: 3", 'instanceCount: "3"');
  project.write({ "p.ts": mistake });
  const viaServer = await sagepipe(["build", "p.ts", "--out", "out"]);
  project.write({ "p.ts": `${mistake}// again\n` });
  const inProcess = await sagepipe(["build", "p.ts", "--out", "out", "--no-server"]);
  assert.is(viaServer.code, 1);
  assert.match(viaServer.stderr, "TS2322");
  assert.is(viaServer.stderr, inProcess.stderr, "the same diagnostics with and without the server");
  assert.equal((await servers())[0]?.checks, 3, "--no-server did not ask it");
  assert.is(readFileSync(project.path("out/One.json"), "utf8"), built, "a failed build wrote nothing");
  const stop = await sagepipe(["server", "stop"]);
  assert.match(stop.stdout, "Stopped 1 type-check server.");
  await until(() => (alive(started!.pid) ? undefined : true));
  assert.equal(await servers(), []);
});

t("with CI set, or --no-server, a build starts no server", async () => {
  project.write({ "p.ts": PIPELINE(4) });
  assert.is((await sagepipe(["build", "p.ts", "--out", "out"], { CI: "true", SAGEPIPE_TYPECHECK_SERVER: "" })).code, 0);
  project.write({ "p.ts": PIPELINE(5) });
  assert.is((await sagepipe(["build", "p.ts", "--out", "out", "--no-server"])).code, 0);
  project.write({ "p.ts": PIPELINE(6) });
  assert.is((await sagepipe(["build", "p.ts", "--out", "out"], { SAGEPIPE_TYPECHECK_SERVER: "off" })).code, 0);
  await new Promise((r) => setTimeout(r, 1000));
  assert.equal(await servers(), []);
});

t("server --help says what runs, where, and how to stop it; it is in sagepipe --help", async () => {
  const help = await sagepipe(["server", "--help"]);
  assert.match(help.stdout, "sagepipe server status | stop");
  assert.match(help.stdout, "SAGEPIPE_TYPECHECK_SERVER=off");
  assert.match((await sagepipe(["--help"])).stdout, /server\s+Show or stop the background type-check servers/);
});

t.run();
