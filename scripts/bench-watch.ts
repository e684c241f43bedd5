// The rebuild of `sagepipe build --watch` after a one-line edit (docs/benchmarks.md, "Build").
//
//   node --import tsx scripts/bench-watch.ts RUNS [NAME]
//
// Starts `sagepipe build --watch` on a copy of examples/abalone in a temp project, then RUNS
// times changes one line of pipeline.ts (the MSE threshold's default) and waits for the watch's
// status line. Prints one row as scripts/bench's results ("name, mean, σ, median, min, max,
// CPU" in seconds, tab-separated): the rebuild time the watch reports (from its run starting to
// the definition written, diagnostics included), and as CPU the watch process's user+system
// time per rebuild, read from /proc. The first edit is a warm-up and not counted.
import { spawn } from "node:child_process";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { REPO, tempProject } from "../test/support/temp-project.ts";

const runs = Number(process.argv[2] ?? 10);
const name = process.argv[3] ?? "abalone build --watch, one-line edit";
const project = tempProject("bench-watch");
cpSync(join(REPO, "examples/abalone/pipeline.ts"), project.path("pipeline.ts"));
cpSync(join(REPO, "examples/abalone/abalone"), project.path("abalone"), { recursive: true });
const source = readFileSync(project.path("pipeline.ts"), "utf8");
if (!source.includes(`param.float("MseThreshold", 6.0)`)) throw new Error("bench-watch: the Abalone example no longer declares MseThreshold = 6.0; update the edit");

const child = spawn(process.execPath, [join(REPO, "packages/cli/bin/sagepipe.js"), "build", "pipeline.ts", "--watch", "--out", "out"], { cwd: project.dir, stdio: ["ignore", "pipe", "pipe"] });
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
