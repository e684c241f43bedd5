// Type-level test of the decorators as users compile them: a small user project in a temp
// folder, type-checked by each TypeScript a user may have (the newest 5.x, the 6.x ts-morph
// bundles, the native 7), under both decorator standards (TC39, TypeScript 5+'s default, and
// experimentalDecorators) and both module set-ups (nodenext, bundler). The pipeline must
// type-check clean, with typed outputs and properties intact; every deliberate mistake must
// give its TypeScript error, and nothing else may.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { REPO, tempProject } from "../support/temp-project.ts";
import { expectedErrors, MISTAKES, PIPELINE, SETTINGS, type DecoratorMode } from "./user-project.ts";

const run = promisify(execFile);
const t = suite("decorators type-check in a user's project");

/** The TypeScripts of the matrix: devDependencies of the workspace, under aliases. */
const COMPILERS = ["typescript-5", "typescript-6", "typescript"].map((alias) => {
  const version = (JSON.parse(readFileSync(join(REPO, "node_modules", alias, "package.json"), "utf8")) as { version: string }).version;
  return { alias, version, tsc: join(REPO, "node_modules", alias, "bin/tsc") };
});

const MODULES = {
  nodenext: { module: "nodenext", moduleResolution: "nodenext" },
  bundler: { module: "esnext", moduleResolution: "bundler" },
} as const;

const project = tempProject("decorator-matrix", { "pipeline.ts": PIPELINE, "mistakes.ts": MISTAKES, "settings.ts": SETTINGS });

function writeTsconfig(name: string, mode: DecoratorMode, modules: (typeof MODULES)[keyof typeof MODULES]): void {
  const compilerOptions = {
    target: "es2022",
    ...modules,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: ["node"],
    experimentalDecorators: mode === "legacy",
    // Until the packages ship compiled .d.ts, @sagepipe/core resolves to its .ts sources.
    allowImportingTsExtensions: true,
  };
  project.write({ [name]: JSON.stringify({ compilerOptions, files: ["pipeline.ts", "mistakes.ts"] }, null, 2) });
}

/** `file line code` of every error tsc reports, sorted. */
async function typeCheck(tsc: string, tsconfig: string): Promise<string[]> {
  let output: string;
  try {
    output = (await run(process.execPath, [tsc, "-p", tsconfig, "--pretty", "false"], { cwd: project.dir })).stdout;
  } catch (e) {
    output = (e as { stdout: string }).stdout;
  }
  const errors = [...output.matchAll(/^(.+?)\((\d+),\d+\): error (TS\d+)/gm)].map(([, file, line, code]) => `${file} ${line} ${code}`);
  assert.ok(errors.length > 0 || output.trim() === "", `tsc printed something that is not an error list:\n${output}`);
  return errors.sort();
}

for (const compiler of COMPILERS) {
  for (const mode of ["standard", "legacy"] as const) {
    for (const [moduleName, modules] of Object.entries(MODULES)) {
      t(`TypeScript ${compiler.version}, ${mode} decorators, module ${moduleName}`, async () => {
        const tsconfig = `tsconfig.${mode}.${moduleName}.json`;
        writeTsconfig(tsconfig, mode, modules);
        const errors = await typeCheck(compiler.tsc, tsconfig);
        const expected = expectedErrors(MISTAKES, mode).map((e) => `mistakes.ts ${e}`).sort();
        assert.equal(errors, expected);
      });
    }
  }
}

t.after(() => project.remove());
t.run();
