import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { inTempDir } from "../testing/shared-files.ts";
import { checkDocker, dockerArguments } from "./docker.ts";
import { runProcess } from "./run-process.ts";
import { bwrapArguments, checkSandbox } from "./sandbox.ts";

const t = suite("sandbox");

t("bwrap arguments: host read-only, /opt replaced, the job's binds, a clean environment", () => {
  const args = bwrapArguments(
    { command: ["python3", "x.py"], binds: [{ host: "/h/ml", sandbox: "/opt/ml", readOnly: false }], env: { B: "2", A: "1" }, cwd: "/tmp", network: false },
    ["pypi"],
  );
  assert.equal(args, [
    "--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc", "--tmpfs", "/opt",
    "--ro-bind", "/opt/pypi", "/opt/pypi",
    "--bind", "/h/ml", "/opt/ml",
    "--unshare-all", "--die-with-parent", "--new-session", "--clearenv",
    "--setenv", "A", "1", "--setenv", "B", "2",
    "--chdir", "/tmp", "--", "python3", "x.py",
  ]);
  assert.ok(bwrapArguments({ command: ["true"], binds: [], env: {}, cwd: "/", network: true }, []).includes("--share-net"));
});

t("says how to install bubblewrap when it is missing", async () => {
  const problem = await checkSandbox("/nonexistent/bwrap");
  assert.match(problem!, "is not installed");
  assert.match(problem!, "apt-get install bubblewrap");
});

t("a job in the sandbox sees its folder at /opt/ml and writes only there (needs bwrap)", () =>
  inTempDir("sandbox", async (dir) => {
    const problem = await checkSandbox();
    assert.is(problem, undefined, `bubblewrap must be installed for local runs: ${problem}`);
    await mkdir(join(dir, "ml", "input"), { recursive: true });
    await writeFile(join(dir, "ml", "input", "in.txt"), "hello");
    const script = "cat /opt/ml/input/in.txt > /opt/ml/out.txt; echo $HOME; touch /etc/x 2>/dev/null || echo read-only";
    const args = bwrapArguments({ command: ["/bin/sh", "-c", script], binds: [{ host: join(dir, "ml"), sandbox: "/opt/ml", readOnly: false }], env: { HOME: "/tmp", PATH: "/usr/bin:/bin" }, cwd: "/", network: false });
    const result = await runProcess(["bwrap", ...args], { logPath: join(dir, "log.txt") });
    assert.is(result.exitCode, 0);
    assert.is(await readFile(join(dir, "ml", "out.txt"), "utf8"), "hello");
    assert.is(await readFile(join(dir, "log.txt"), "utf8"), "/tmp\nread-only\n");
  }));

t("docker arguments mount /opt/ml and replace the entrypoint when asked; a missing docker is explained", async () => {
  assert.equal(dockerArguments({ image: "img:1", entrypoint: ["python3", "/opt/ml/processing/input/code/p.py"], args: ["--k", "v"], mlDir: "/h/ml", env: { X: "1" }, network: false }), [
    "run", "--rm", "-v", "/h/ml:/opt/ml", "-e", "X=1", "--network", "none", "--entrypoint", "python3", "img:1", "/opt/ml/processing/input/code/p.py", "--k", "v",
  ]);
  assert.equal(dockerArguments({ image: "img:1", args: ["train"], mlDir: "/h/ml", env: {}, network: true }), ["run", "--rm", "-v", "/h/ml:/opt/ml", "img:1", "train"]);
  assert.match((await checkDocker("/nonexistent/docker"))!, "--docker: the docker command is not installed");
});

t("runProcess stops a job at its time limit", () =>
  inTempDir("timeout", async (dir) => {
    const result = await runProcess(["/bin/sh", "-c", "echo started; sleep 5"], { logPath: join(dir, "log.txt"), timeoutMs: 200 });
    assert.is(result.timedOut, true);
    assert.ok(result.durationMs < 3000);
    assert.is(await readFile(join(dir, "log.txt"), "utf8"), "started\n");
  }));

t.run();
