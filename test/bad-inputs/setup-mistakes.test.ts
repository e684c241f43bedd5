// Set-up mistakes of a user's project (SP010-SP015): each case makes the broken project in a
// temp folder, runs `sagepipe check` and `sagepipe build` on it, and asserts the code, where
// it points ("SP010 1:23": code line:col, in the file named), that the message names that
// file, and the fix text. A build with a set-up error evaluates nothing and writes nothing.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { bundledTypescriptFile } from "../../packages/compiler/src/extract/typescript.ts";
import { sagepipe } from "../cli/memory-io.ts";
import { asExample, assertDocExample } from "../docs/doc-examples.ts";
import { REPO } from "../support/temp-project.ts";

const t = suite("bad inputs: set-up mistakes");

const PIPELINE = `import { Pipeline, Processing, processor } from "@sagepipe/core";
const p = processor({ role: "arn:aws:iam::123456789012:role/R", image: "img", instanceType: "ml.m5.xlarge", instanceCount: 1 });
@Pipeline({ name: "P", bucket: "my-bucket" })
export class P {
  @Processing() a() { return p.run({ outputs: { o: "/opt/ml/processing/output" } }); }
}
`;

interface SetupCase {
  readonly name: string;
  /** Files of the project; `node_modules` is made by `modules`. */
  readonly files: Readonly<Record<string, string>>;
  /** How node_modules looks: links to the repository's packages, none, or a second copy of core. */
  readonly modules?: "linked" | "none" | "two-cores" | "old-typescript";
  /** "SP010 1:1": the one diagnostic both commands give. */
  readonly expect: string;
  /** The file it points at (relative to the project). */
  readonly file: string;
  /** Text the fix must hold. */
  readonly fix: RegExp;
}

function makeProject(c: SetupCase): string {
  const dir = mkdtempSync(join(tmpdir(), "sagepipe-setup-"));
  for (const [name, text] of Object.entries(c.files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  const modules = c.modules ?? "linked";
  if (modules === "none") return dir;
  mkdirSync(join(dir, "node_modules", "@sagepipe"), { recursive: true });
  for (const name of ["core", "expressions", "compiler"]) symlinkSync(join(REPO, "packages", name), join(dir, "node_modules", "@sagepipe", name), "dir");
  if (modules === "two-cores") {
    // A pipeline in a folder with a node_modules of its own holding another @sagepipe/core.
    const nested = join(dir, "pipelines", "node_modules", "@sagepipe", "core");
    mkdirSync(nested, { recursive: true });
    writeFileSync(join(nested, "package.json"), JSON.stringify({ name: "@sagepipe/core", version: "0.0.9", type: "module" }));
  }
  if (modules === "old-typescript") {
    // The project's TypeScript says 4.9.5 (its compiler API is the bundled one: the check reads the version).
    const ts = join(dir, "node_modules", "typescript");
    mkdirSync(join(ts, "lib"), { recursive: true });
    writeFileSync(join(ts, "package.json"), JSON.stringify({ name: "typescript", version: "4.9.5", main: "./lib/typescript.js" }));
    writeFileSync(join(ts, "lib", "typescript.js"), `module.exports = require(${JSON.stringify(bundledTypescriptFile())});\n`);
  }
  return dir;
}

const MODULE = JSON.stringify({ name: "p", private: true, type: "module" });

const CASES: readonly SetupCase[] = [
  {
    name: "package.json without \"type\": \"module\"",
    files: { "package.json": `{\n  "name": "p",\n  "private": true\n}\n`, "pipeline.ts": PIPELINE },
    expect: "SP010 1:1",
    file: "package.json",
    fix: /Add "type": "module" to .*package\.json/,
  },
  {
    name: "package.json with \"type\": \"commonjs\"",
    files: { "package.json": `{\n  "name": "p",\n  "type": "commonjs"\n}\n`, "pipeline.ts": PIPELINE },
    expect: "SP010 3:3",
    file: "package.json",
    fix: /Add "type": "module" to .*package\.json/,
  },
  {
    name: "@sagepipe/core not installed",
    files: { "package.json": MODULE, "pipeline.ts": PIPELINE },
    modules: "none",
    expect: "SP011 1:49",
    file: "pipeline.ts",
    fix: /npm install @sagepipe\/core in .*, which adds it to the dependencies of .*package\.json/,
  },
  {
    name: "two copies of @sagepipe/core",
    files: { "package.json": MODULE, "pipelines/pipeline.ts": PIPELINE },
    modules: "two-cores",
    expect: "SP012 1:49",
    file: "pipelines/pipeline.ts",
    fix: /Keep one copy: .*npm dedupe.*remove the nested node_modules\/@sagepipe\/core/,
  },
  {
    name: "a tsconfig.json that is not JSON",
    files: { "package.json": MODULE, "pipeline.ts": PIPELINE, "tsconfig.json": `{\n  "compilerOptions": {\n    "strict": true,\n    "module": nodenext\n  }\n}\n` },
    expect: "SP013 4:15",
    file: "tsconfig.json",
    fix: /Correct .*tsconfig\.json/,
  },
  {
    name: "a tsconfig.json extending a file that does not exist",
    files: { "package.json": MODULE, "pipeline.ts": PIPELINE, "tsconfig.json": `{\n  "extends": "./tsconfig.base.json",\n  "compilerOptions": { "strict": true }\n}\n` },
    expect: "SP013 2:3",
    file: "tsconfig.json",
    fix: /every file it extends must exist/,
  },
  {
    name: "a tsconfig.json with module commonjs",
    files: { "package.json": MODULE, "pipeline.ts": PIPELINE, "tsconfig.json": `{\n  "compilerOptions": {\n    "strict": true,\n    "module": "commonjs"\n  }\n}\n` },
    expect: "SP014 4:5",
    file: "tsconfig.json",
    fix: /set "module": "nodenext"/,
  },
  {
    name: "TypeScript 4 without experimentalDecorators",
    files: { "package.json": MODULE, "pipeline.ts": PIPELINE, "tsconfig.json": `{\n  "compilerOptions": {\n    "strict": true,\n    "module": "nodenext"\n  }\n}\n` },
    modules: "old-typescript",
    expect: "SP015 2:3",
    file: "tsconfig.json",
    fix: /Add "experimentalDecorators": true .* or install TypeScript 5 or later/,
  },
];

for (const c of CASES) {
  t(`${c.name}: ${c.expect} in ${c.file}`, async () => {
    const dir = makeProject(c);
    try {
      const entry = Object.keys(c.files).find((f) => f.endsWith(".ts"))!;
      for (const command of [["check", entry], ["build", entry, "--out", "out"]]) {
        const run = await sagepipe([...command, "--format", "json"], dir);
        const out = JSON.parse(run.stdout) as { ok: boolean; diagnostics: { code: string; file: string; line: number; column: number; message: string; fix: string; source: string | null }[] };
        assert.is(run.code, 1, `${command[0]} exits 1`);
        assert.equal(out.diagnostics.map((d) => `${d.code} ${d.line}:${d.column}`), [c.expect], `${command[0]}: ${run.stdout}`);
        const d = out.diagnostics[0]!;
        assert.is(d.file, c.file);
        assert.ok(d.message.includes(c.file === entry ? "@sagepipe/core" : join(dir, c.file)) || d.message.includes(join(dir, c.file)), `the message names the file: ${d.message}`);
        assert.match(d.fix, c.fix);
        assert.ok(d.source !== null, "the diagnostic shows its source line");
      }
      const text = await sagepipe(["build", entry], dir);
      assert.match(text.stderr, `${c.file}:${c.expect.split(" ")[1]}: error ${c.expect.split(" ")[0]}`);
      assert.match(text.stderr, "fix: ");
      assert.not.match(text.stderr, "SP801", "nothing was evaluated");
      assertDocExample(c.name, [{ code: c.expect.split(" ")[0]!, text: asExample(text.stderr, dir) }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

t("--no-typecheck skips the tsconfig (read only by the type check); the project's other set-up is still checked", async () => {
  const c = CASES.find((x) => x.expect.startsWith("SP014"))!;
  const dir = makeProject(c);
  try {
    const run = await sagepipe(["build", "pipeline.ts", "--no-typecheck", "--out", "out"], dir);
    assert.is(run.code, 0, run.stderr);
    assert.match(run.stdout, "built P");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

t.run();
