// The whole test suite: type-check (tsc, including type-level tests), then every
// `*.test.ts` under packages/ and test/ in its own process (uvu), two at a time.
// Ends with the line `N passed, N failed`.
import { spawn } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join, relative } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const filter = process.argv[2];

function findTests(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    if (name === "node_modules" || name === "out" || name.startsWith(".")) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) findTests(path, out);
    else if (name.endsWith(".test.ts")) out.push(path);
  }
  return out;
}

interface Outcome { file: string; passed: number; failed: number; skipped: number; code: number; output: string }

function run(cmd: string, args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, env: { ...process.env, FORCE_COLOR: "0", SAGEPIPE_TYPECHECK_SERVER: process.env.SAGEPIPE_TYPECHECK_SERVER ?? "off" } });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

async function runFile(file: string): Promise<Outcome> {
  const { code, output } = await run(process.execPath, ["--import", "tsx", file]);
  const num = (label: string) => Number(new RegExp(`${label}:\\s+(\\d+)`).exec(output)?.[1] ?? 0);
  const total = num("Total");
  let passed = num("Passed");
  const skipped = num("Skipped");
  let failed = total - passed - skipped;
  if (code !== 0 && failed === 0) failed = 1; // crashed before or after its suites
  if (total === 0 && code === 0) passed = 0;
  return { file: relative(root, file), passed, failed, skipped, code, output };
}

const files = [...findTests(join(root, "packages")), ...findTests(join(root, "test"))].filter(
  (f) => !filter || f.includes(filter),
);

let passed = 0;
let failed = 0;
let skipped = 0;

if (!filter) {
  const tsc = await run(join(root, "node_modules/.bin/tsc"), ["-p", "tsconfig.json", "--pretty", "false"]);
  if (tsc.code === 0) {
    passed += 1;
    console.log("ok   tsc -p tsconfig.json (type-level tests included)");
  } else {
    failed += 1;
    console.log("FAIL tsc -p tsconfig.json\n" + tsc.output);
  }
}

const queue = [...files];
const workers = Math.max(1, Math.min(availableParallelism(), 4));
await Promise.all(
  Array.from({ length: workers }, async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const o = await runFile(file);
      passed += o.passed;
      failed += o.failed;
      skipped += o.skipped;
      const mark = o.failed ? "FAIL" : "ok  ";
      console.log(`${mark} ${o.file} (${o.passed} passed${o.skipped ? `, ${o.skipped} skipped` : ""})`);
      if (o.failed) console.log(o.output.replace(/^/gm, "     | "));
    }
  }),
);

console.log(`\n${files.length} test files`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exitCode = failed ? 1 : 0;
