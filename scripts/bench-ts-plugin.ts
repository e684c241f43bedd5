// What the editor plugin adds to each keystroke (docs/benchmarks.md, "Editor plugin").
//
//   node --import tsx scripts/bench-ts-plugin.ts RUNS [STEPS] [TYPESCRIPT]
//
// Generates a chain of STEPS (default 100) processing steps (scripts/gen-chain.ts) in a temp
// project whose tsconfig enables @sagepipe/ts-plugin (the bundle an install gets, made into
// the project), starts tsserver (TYPESCRIPT: typescript-5, the default, or typescript-6) on it,
// then RUNS times types one character into a step's output path (an editor's `change`
// request) and asks for the file's semantic diagnostics as editors do after a keystroke. Per
// keystroke it reads from tsserver's log the time the plugin spent adding its diagnostics
// (the plugin times itself when the log is verbose) and tsserver's own elapsed time for the
// request, plugin included. Prints three rows as scripts/bench's results ("name, mean, σ,
// median, min, max, CPU" in seconds, tab-separated): `node -e 1` (the floor the figures are
// read against), the plugin's added time (CPU: its median CPU time per keystroke, from
// process.cpuUsage in tsserver) and the whole request (no CPU figure: "-"). The first edits
// are a warm-up and not counted.
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { bundleTsPlugin } from "../packages/ts-plugin/src/bundle/bundle-plugin.ts";
import { TSCONFIG } from "../packages/ts-plugin/src/testing/fixture-project.ts";
import { TsServer } from "../packages/ts-plugin/src/testing/tsserver-client.ts";
import { REPO, tempProject } from "../test/support/temp-project.ts";

const runs = Number(process.argv[2] ?? 10);
const steps = Number(process.argv[3] ?? 100);
const typescript = process.argv[4] ?? "typescript-5";
const WARM_UP = 3;

const project = tempProject("bench-ts-plugin");
execFileSync(process.execPath, ["--import", "tsx", join(REPO, "scripts/gen-chain.ts"), String(steps), project.path("chain")]);
const dir = project.path("chain");
const plugin = join(dir, "plugin");
mkdirSync(join(plugin, "dist"), { recursive: true });
for (const f of ["package.json", "plugin.cjs"]) writeFileSync(join(plugin, f), readFileSync(join(REPO, "packages/ts-plugin", f)));
await bundleTsPlugin(join(plugin, "dist", "plugin.cjs"));
symlinkSync(plugin, join(dir, "node_modules/@sagepipe/ts-plugin"), "dir");
writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(TSCONFIG));

const file = join(dir, "chain.ts");
let text = readFileSync(file, "utf8");
// The keystroke: a character typed at the end of the middle step's output path.
const middle = `s${String(Math.ceil(steps / 2)).padStart(String(steps).length, "0")}() {`;
const at = text.indexOf('outputs: { data: "/opt/ml/processing/output', text.indexOf(middle)) + 'outputs: { data: "/opt/ml/processing/output'.length;
if (text.indexOf(middle) < 0 || at < 100) throw new Error("bench-ts-plugin: the generated chain has no output path to edit");

const server = TsServer.start(typescript, dir, dir);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const row = (name: string, ms: number[], cpuMs?: number[]) => {
  const s = ms.map((x) => x / 1000);
  const mean = s.reduce((a, b) => a + b, 0) / s.length;
  const sd = Math.sqrt(s.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, s.length - 1));
  const cpu = cpuMs ? (median(cpuMs) / 1000).toFixed(4) : "-";
  return [name, mean, sd, median(s), Math.min(...s), Math.max(...s)].map((v) => (typeof v === "number" ? v.toFixed(4) : v)).join("\t") + `\t${cpu}`;
};
/** Wall times of `node -e 1`, in ms: the floor every figure is read against (the load of the machine moves it). */
const floor = () => Array.from({ length: 5 }, () => {
  const start = performance.now();
  execFileSync(process.execPath, ["-e", "1"]);
  return performance.now() - start;
});
try {
  server.open(file);
  await server.request("semanticDiagnosticsSync", { file });
  const added: number[] = [];
  const addedCpu: number[] = [];
  const total: number[] = [];
  const floorBefore = floor();
  for (let i = 0; i < runs + WARM_UP; i++) {
    const where = { line: text.slice(0, at).split("\n").length, offset: at - text.lastIndexOf("\n", at - 1) };
    server.notify("change", { file, ...where, endLine: where.line, endOffset: where.offset, insertString: "x" });
    text = text.slice(0, at) + "x" + text.slice(at);
    const logged = server.log().length;
    const diagnostics = await server.request<{ source?: string }[]>("semanticDiagnosticsSync", { file });
    if (diagnostics.some((d) => d.source === "sagepipe")) throw new Error("bench-ts-plugin: the chain should have no sagepipe diagnostics");
    await new Promise((r) => setTimeout(r, 50)); // the log is written as the request completes
    const log = server.log().slice(logged);
    const ours = /sagepipe: diagnostics of .* in ([\d.]+) ms \(CPU ([\d.]+) ms\)/.exec(log);
    const request = /semanticDiagnosticsSync: elapsed time \(in milliseconds\) ([\d.]+)/.exec(log);
    if (!ours || !request) throw new Error(`bench-ts-plugin: no timing in tsserver's log:\n${log.slice(-2000)}`);
    if (i >= WARM_UP) {
      added.push(Number(ours[1]));
      addedCpu.push(Number(ours[2]));
      total.push(Number(request[1]));
    }
  }
  console.log(row("node -e 1 (floor, around the ts-plugin case)", [...floorBefore, ...floor()]));
  console.log(row(`ts-plugin, ${steps} steps: added per keystroke (${typescript})`, added, addedCpu));
  console.log(row(`tsserver semantic diagnostics, ${steps} steps, plugin included (${typescript})`, total));
} finally {
  await server.close();
  project.remove();
}
