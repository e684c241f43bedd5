import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { inTempDir } from "../testing/shared-files.ts";
import { checkDocker, dockerArguments } from "./docker.ts";
import { runProcess } from "./run-process.ts";
import { bwrapArguments, checkSandbox } from "./sandbox.ts";
import { checkSandboxReads, systemViewArguments } from "./sandbox-view.ts";

const t = suite("sandbox");

t("bwrap arguments: only the system view and the job's binds, the root read-only, a clean environment", () => {
  const args = bwrapArguments(
    { command: ["python3", "x.py"], binds: [{ host: "/h/ml", sandbox: "/opt/ml", readOnly: false }], env: { B: "2", A: "1" }, cwd: "/tmp", network: false },
    ["--ro-bind-try", "/usr", "/usr"],
  );
  assert.equal(args, [
    "--ro-bind-try", "/usr", "/usr", "--dev", "/dev", "--proc", "/proc",
    "--bind", "/h/ml", "/opt/ml",
    "--remount-ro", "/", "--unshare-all", "--die-with-parent", "--new-session", "--clearenv",
    "--setenv", "A", "1", "--setenv", "B", "2",
    "--chdir", "/tmp", "--", "python3", "x.py",
  ]);
  assert.ok(bwrapArguments({ command: ["true"], binds: [], env: {}, cwd: "/", network: true }, []).includes("--share-net"));
  const view = systemViewArguments();
  assert.ok(!view.includes("/") && !view.includes("/etc") && !view.includes("/home") && !view.includes("/root"));
  assert.ok(view.includes("/etc/alternatives") && view.includes("/usr"));
});

t("--sandbox-read paths: resolved, must exist, and may not cover the job's own folders", () =>
  inTempDir("reads", async (dir) => {
    await mkdir(join(dir, "data"));
    assert.equal(checkSandboxReads(["data"], dir), { paths: [join(dir, "data")], problems: [] });
    assert.equal(checkSandboxReads(["nope", "/", "/opt"], dir).problems, [
      `--sandbox-read nope: ${join(dir, "nope")} does not exist; name a file or folder jobs should read`,
      "--sandbox-read /: / would cover the job's own /opt/ml; name the folder below it that jobs need",
      "--sandbox-read /opt: /opt would cover the job's own /opt/ml; name the folder below it that jobs need",
    ]);
  }));

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
    await writeFile(join(dir, "secret.txt"), "host file");
    const script = `cat /opt/ml/input/in.txt > /opt/ml/out.txt; echo $HOME; touch /etc/x 2>/dev/null || echo read-only; touch /x 2>/dev/null || echo root-read-only; cat ${join(dir, "secret.txt")} /etc/shadow 2>/dev/null || echo no-host-files`;
    const args = bwrapArguments({ command: ["/bin/sh", "-c", script], binds: [{ host: join(dir, "ml"), sandbox: "/opt/ml", readOnly: false }], env: { HOME: "/tmp", PATH: "/usr/bin:/bin" }, cwd: "/", network: false });
    const result = await runProcess(["bwrap", ...args], { logPath: join(dir, "log.txt") });
    assert.is(result.exitCode, 0);
    assert.is(await readFile(join(dir, "ml", "out.txt"), "utf8"), "hello");
    assert.is(await readFile(join(dir, "log.txt"), "utf8"), "/tmp\nread-only\nroot-read-only\nno-host-files\n");
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
