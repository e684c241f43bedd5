// The rebuild of `sagepipe build --watch` after a one-line edit (docs/benchmarks.md, "Build").
//
//   node --import tsx scripts/bench-watch.ts RUNS [NAME] [--installed DIR]
//
// Starts `sagepipe build --watch` on a copy of examples/abalone in a temp project, then RUNS
// times changes one line of pipeline.ts (the MSE threshold's default) and waits for the watch's
// status line. With --installed, the copy goes into a folder of DIR, a project where sagepipe
// was installed from its packed tarballs (scripts/bench makes one), and the watch is that
// project's `sagepipe`: as a user has it, @sagepipe/core's declarations type-checked against
// rather than its TypeScript sources (whose return types TypeScript must infer). Prints one row as scripts/bench's results ("name, mean, σ, median, min, max,
// CPU" in seconds, tab-separated): the rebuild time the watch reports (from its run starting to
// the definition written, diagnostics included), and as CPU the watch process's user+system
// time per rebuild, read from /proc. The first edit is a warm-up and not counted.
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { REPO, tempProject } from "../test/support/temp-project.ts";

const args = process.argv.slice(2);
const at = args.indexOf("--installed");
const installed = at >= 0 ? args.splice(at, 2)[1] : undefined;
if (at >= 0 && !installed) throw new Error("bench-watch: --installed needs the folder of a project sagepipe is installed in");
const runs = Number(args[0] ?? 10);
const name = args[1] ?? "abalone build --watch, one-line edit";
const project = installed ? installedCopy(installed) : tempProject("bench-watch");
const bin = installed ? join(installed, "node_modules/sagepipe/bin/sagepipe.js") : join(REPO, "packages/cli/bin/sagepipe.js");
cpSync(join(REPO, "examples/abalone/pipeline.ts"), project.path("pipeline.ts"));
cpSync(join(REPO, "examples/abalone/abalone"), project.path("abalone"), { recursive: true });

/** A fresh folder inside the installed project (its node_modules resolve from there), removed at the end. */
function installedCopy(dir: string): { dir: string; path: (p: string) => string; remove: () => void } {
  const folder = mkdtempSync(join(dir, "bench-watch-"));
  return { dir: folder, path: (p) => join(folder, p), remove: () => rmSync(folder, { recursive: true, force: true }) };
}
const source = readFileSync(project.path("pipeline.ts"), "utf8");
if (!source.includes(`param.float("MseThreshold", 6.0)`)) throw new Error("bench-watch: the Abalone example no longer declares MseThreshold = 6.0; update the edit");

const child = spawn(process.execPath, [bin, "build", "pipeline.ts", "--watch", "--out", "out"], { cwd: project.dir, stdio: ["ignore", "pipe", "pipe"] });
let text = "";
child.stdout.on("data", (d) => (text += d));
child.stderr.on("data", (d) => (text += d));

/** Clock ticks of CPU the watch process has used (user + system). */
function cpuTicks(): number {
  const fields = readFileSync(`/proc/${child.pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return Number(fields[11]) + Number(fields[12]);
}
const TICK = 0.01; // USER_HZ is 100 on Linux

async function waitFor(re: RegExp, from: number): Promise<RegExpExecArray> {
  for (let i = 0; i < 2400; i++) {
    const m = re.exec(text.slice(from));
    if (m) return m;
    if (child.exitCode !== null) break;
    await sleep(5);
  }
  throw new Error(`bench-watch: no line matching ${re}; output:\n${text}`);
}

const times: number[] = [];
const cpus: number[] = [];
try {
  await waitFor(/watching \d+ files/, 0);
  for (let i = 0; i <= runs; i++) {
    const from = text.length;
    const cpu = cpuTicks();
    writeFileSync(project.path("pipeline.ts"), source.replace(`param.float("MseThreshold", 6.0)`, `param.float("MseThreshold", 6.${i + 1})`));
    const m = await waitFor(/changed: (\w+) in (\d+) ms/, from);
    if (m[1] !== "built") throw new Error(`bench-watch: the rebuild failed:\n${text.slice(from)}`);
    if (i > 0) {
      times.push(Number(m[2]) / 1000);
      cpus.push((cpuTicks() - cpu) * TICK);
    }
  }
} finally {
  child.kill("SIGINT");
  await new Promise((r) => child.on("close", r));
  project.remove();
}
const sorted = [...times].sort((a, b) => a - b);
const mean = times.reduce((a, b) => a + b, 0) / times.length;
const sd = Math.sqrt(times.reduce((a, b) => a + (b - mean) ** 2, 0) / times.length);
const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
const cpu = cpus.reduce((a, b) => a + b, 0) / cpus.length;
console.log([name, mean, sd, median, sorted[0], sorted[sorted.length - 1], cpu].join("\t"));
