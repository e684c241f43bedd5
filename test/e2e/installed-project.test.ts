// sagepipe as a new user gets it, end to end: every package packed into a tarball, a CLI
// installed from them starts a project outside the workspace (`npx sagepipe init`), the
// project installs the tarballs with npm and then, with nothing of this repository in reach
// (no workspace links, no TypeScript loader of ours, a plain strict tsconfig with standard
// decorators): `tsc --noEmit`, `npm run build`, `npx sagepipe check`, `build --watch`, a rename of a processing
// output through the TypeScript language service that builds, and the Abalone example copied
// in builds the same bytes as in the workspace. The README's "Use sagepipe in your project"
// section is these steps. Last, the decorator matrix: the installed declarations type-check
// under each TypeScript a user may have (the newest 5.x, the 6.x ts-morph bundles, the native
// 7), both decorator standards and both module set-ups, typed outputs intact.
import { execFile, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { promisify } from "node:util";
import { buildPipelines } from "@sagepipe/compiler";
import type * as TS from "typescript-5"; // the API of the 5.x the project installs
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { npm, packAll } from "../../scripts/pack-packages.ts";
import { expectedErrors, MISTAKES, PIPELINE, SETTINGS } from "../types/user-project.ts";
import { REPO } from "../support/temp-project.ts";

const exec = promisify(execFile);
const t = suite("an installed sagepipe, in a project of the user's own");
const root = mkdtempSync(join(tmpdir(), "sagepipe-installed-"));
const tarballs = join(root, "tarballs");
const tools = join(root, "tools");
const project = join(root, "my-pipeline");
let packed: string[] = [];

/** The environment of a user's shell: nothing of pnpm's run, of the workspace's bins, or of a loader. */
const userEnv: NodeJS.ProcessEnv = Object.fromEntries(
  Object.entries(process.env)
    .filter(([key]) => !/^npm_/i.test(key) && key !== "NODE_OPTIONS" && key !== "PNPM_SCRIPT_SRC_DIR")
    .map(([key, value]) => [key, key === "PATH" ? value!.split(delimiter).filter((p) => !p.startsWith(REPO)).join(delimiter) : value]),
);
userEnv.FORCE_COLOR = "0";
userEnv.npm_config_update_notifier = "false";

/** Runs a command as the user would; resolves with its exit code and output. */
async function sh(cwd: string, cmd: string, args: string[], env: NodeJS.ProcessEnv = userEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(cmd, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof err.code === "number" ? err.code : 1, stdout: err.stdout ?? "", stderr: err.stderr ?? String(e) };
  }
}

async function ok(cwd: string, cmd: string, args: string[]): Promise<string> {
  const r = await sh(cwd, cmd, args);
  assert.is(r.code, 0, `${cmd} ${args.join(" ")} in ${cwd} exited ${r.code}:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

t.before(async () => {
  mkdirSync(tarballs);
  packed = await packAll(tarballs);
});

t.after(() => rmSync(root, { recursive: true, force: true }));

t("every package packs compiled JavaScript and declarations, no TypeScript sources", async () => {
  assert.ok(packed.length >= 7, `tarballs: ${packed.join(", ")}`);
  for (const tarball of packed) {
    const { stdout } = await exec("tar", ["tzf", tarball]);
    const files = stdout.split("\n").filter(Boolean);
    assert.ok(files.some((f) => /^package\/dist\/.+\.js$/.test(f)), `${tarball} has compiled modules`);
    assert.ok(files.some((f) => /^package\/dist\/.+\.d\.ts$/.test(f)), `${tarball} has declarations`);
    const sources = files.filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts") && !f.includes("/templates/"));
    assert.equal(sources, [], `${tarball} ships no .ts sources to load`);
    const { stdout: manifest } = await exec("tar", ["xzOf", tarball, "package/package.json"]);
    assert.not.ok(manifest.includes("workspace:"), `${tarball}'s dependencies name versions`);
    assert.not.ok(manifest.includes("./src/"), `${tarball}'s exports point into dist/`);
  }
});

t("npx sagepipe init starts a project, which installs from the tarballs", async () => {
  mkdirSync(tools);
  writeFileSync(join(tools, "package.json"), JSON.stringify({ name: "tools", private: true }));
  await npm(tools, ["install", ...packed]);
  await ok(tools, "npx", ["sagepipe", "init", project]);
  for (const file of ["package.json", "tsconfig.json", "pipeline.ts", "build-pipeline.ts", ".gitignore", "README.md"]) {
    assert.ok(existsSync(join(project, file)), `init wrote ${file}`);
  }
  const again = await sh(tools, "npx", ["sagepipe", "init", project]);
  assert.is.not(again.code, 0, "init refuses a folder it already wrote");
  // The registry would serve these packages; here the tarballs stand in for it.
  await npm(project, ["install", ...packed]);
  assert.ok(existsSync(join(project, "node_modules/@sagepipe/core/dist/index.js")));
  assert.not.ok(existsSync(join(project, "node_modules/@sagepipe/core/src")), "no sources installed");
});

t("tsc --noEmit passes with init's plain tsconfig (standard decorators)", async () => {
  const tsconfig = readFileSync(join(project, "tsconfig.json"), "utf8");
  assert.not.ok(/experimentalDecorators|allowImportingTsExtensions/.test(tsconfig), "no unusual flags");
  await ok(project, "npx", ["tsc", "--noEmit", "-p", "."]);
});

t("npm run build writes the definition; npx sagepipe check finds nothing", async () => {
  await ok(project, "npm", ["run", "build"]);
  const definition = JSON.parse(readFileSync(join(project, "out/MyPipeline.json"), "utf8")) as { Steps: { Name: string }[] };
  assert.ok(definition.Steps.length >= 4, "the starter pipeline's steps");
  const out = await ok(project, "npx", ["sagepipe", "check", "pipeline.ts"]);
  assert.not.match(out, /error|warning/i);
});

t("a cold build is type-checked by the server the build before started (from the tarballs); server stop ends it", async () => {
  // Its own TMPDIR for the sockets; on, as on a developer's machine (CI and the suite turn it off).
  const env: NodeJS.ProcessEnv = { ...userEnv, TMPDIR: join(root, "tmp"), SAGEPIPE_TYPECHECK_SERVER: "on", SAGEPIPE_TYPECHECK_SERVER_IDLE: "120" };
  mkdirSync(env.TMPDIR!);
  const status = async () => [...(await sh(project, "npx", ["sagepipe", "server", "status"], env)).stdout.matchAll(/^pid (\d+) .* (\d+) checks? /gm)].map((m) => [Number(m[1]), Number(m[2])] as [number, number]);
  const pipeline = readFileSync(join(project, "pipeline.ts"), "utf8");
  try {
    writeFileSync(join(project, "pipeline.ts"), `${pipeline}// edit 1\n`);
    assert.is((await sh(project, "npx", ["sagepipe", "build", "pipeline.ts"], env)).code, 0);
    let started: [number, number][] = [];
    for (const end = Date.now() + 120_000; Date.now() < end && !(started.length === 1 && started[0]![1] === 1); await new Promise((r) => setTimeout(r, 200))) started = await status();
    assert.is(started.length, 1, "the build left one server");
    writeFileSync(join(project, "pipeline.ts"), `${pipeline}// edit 2\n`);
    const built = await sh(project, "npx", ["sagepipe", "build", "pipeline.ts"], env);
    assert.is(built.code, 0, built.stderr);
    assert.equal(await status(), [[started[0]![0], 2]], "the cold build was checked by the server");
    assert.match((await sh(project, "npx", ["sagepipe", "server", "stop"], env)).stdout, "Stopped 1");
    const alive = () => {
      try {
        return process.kill(started[0]![0], 0);
      } catch {
        return false;
      }
    };
    for (const end = Date.now() + 60_000; Date.now() < end && alive(); ) await new Promise((r) => setTimeout(r, 200));
    assert.not.ok(alive(), "the server process is gone");
    assert.equal(await status(), []);
  } finally {
    await sh(project, "npx", ["sagepipe", "server", "stop"], env);
    writeFileSync(join(project, "pipeline.ts"), pipeline);
  }
});

t("the compiler's API works from plain Node, with no TypeScript loader in the process", async () => {
  writeFileSync(join(project, "api-build.mjs"), `import { buildPipelines } from "@sagepipe/compiler";
const result = await buildPipelines(new URL("./pipeline.ts", import.meta.url).pathname, { cacheDir: false });
console.log(JSON.stringify({ ok: result.ok, names: result.pipelines.map((p) => p.name), steps: result.pipelines[0]?.definition.Steps.length }));
`);
  const printed = JSON.parse(await ok(project, "node", ["api-build.mjs"])) as { ok: boolean; names: string[]; steps: number };
  assert.equal(printed, { ok: true, names: ["MyPipeline"], steps: printed.steps });
  assert.ok(printed.steps >= 4);
});

t("build --watch from the tarballs rebuilds on an edit, and sees a declaration of an installed package edited in place", async () => {
  // A team's settings package, installed (its files real, under node_modules): the watch reuses
  // installed files without a stat while their folders are quiet (InstalledFilesWatch).
  const lib = join(project, "node_modules/team-settings");
  mkdirSync(lib, { recursive: true });
  writeFileSync(join(lib, "package.json"), JSON.stringify({ name: "team-settings", version: "1.0.0", type: "module", main: "index.js", types: "index.d.ts" }));
  writeFileSync(join(lib, "index.js"), `export const role = "arn:aws:iam::123456789012:role/TeamRole";\n`);
  writeFileSync(join(lib, "index.d.ts"), "export declare const role: string;\n");
  const file = join(project, "pipeline.ts");
  const original = readFileSync(file, "utf8");
  const roleLine = /^const role = .*$/m;
  assert.match(original, roleLine, "the starter pipeline declares its role in one line");
  const edited = (n: number) => original.replace(roleLine, `import { role } from "team-settings";`) + `// edit ${n}\n`;
  writeFileSync(file, edited(0));
  const child = spawn(process.execPath, [join(project, "node_modules/sagepipe/bin/sagepipe.js"), "build", "pipeline.ts", "--watch", "--out", "out"], { cwd: project, env: userEnv, stdio: ["ignore", "pipe", "pipe"] });
  let text = "";
  let seen = 0;
  child.stdout.on("data", (d) => (text += d));
  child.stderr.on("data", (d) => (text += d));
  const next = async (re: RegExp): Promise<string> => {
    for (const end = Date.now() + 60_000; Date.now() < end && child.exitCode === null; await new Promise((r) => setTimeout(r, 50))) {
      const m = re.exec(text.slice(seen));
      if (m) {
        const upTo = text.slice(seen, seen + m.index + m[0].length);
        seen += upTo.length;
        return upTo;
      }
    }
    return assert.unreachable(`no line matching ${re}; output:\n${text}`) as never;
  };
  try {
    await next(/watching \d+ files/);
    for (let n = 1; n <= 3; n++) {
      writeFileSync(file, edited(n));
      assert.match(await next(/changed: \w+ in \d+ ms/), /pipeline\.ts changed: built/);
    }
    writeFileSync(join(lib, "index.d.ts"), "export declare const role: number;\n");
    await new Promise((r) => setTimeout(r, 300));
    writeFileSync(file, edited(4));
    const failed = await next(/changed: \w+ in \d+ ms/);
    assert.match(failed, /error TS2322/);
    assert.match(failed, /note: team-settings changed in node_modules since this watch loaded it/);
    assert.match(failed, /pipeline\.ts changed: failed/);
    writeFileSync(join(lib, "index.d.ts"), "export declare const role: string;\n");
    await new Promise((r) => setTimeout(r, 300));
    writeFileSync(file, edited(5));
    assert.match(await next(/changed: \w+ in \d+ ms/), /pipeline\.ts changed: built/);
  } finally {
    const closed = new Promise<number | null>((r) => child.on("close", r));
    child.kill("SIGINT");
    assert.is(await closed, 0, text);
    writeFileSync(file, original);
    rmSync(lib, { recursive: true, force: true });
  }
});

/** The project's own TypeScript (5.x), as an editor's language service uses it. */
function languageService(): { ts: typeof TS; service: TS.LanguageService } {
  const ts = createRequire(join(project, "package.json"))("typescript") as typeof TS;
  const config = ts.getParsedCommandLineOfConfigFile(join(project, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
  const host: TS.LanguageServiceHost = {
    getCompilationSettings: () => config.options,
    getScriptFileNames: () => config.fileNames,
    getScriptVersion: () => "0",
    getScriptSnapshot: (f) => (ts.sys.fileExists(f) ? ts.ScriptSnapshot.fromString(ts.sys.readFile(f)!) : undefined),
    getCurrentDirectory: () => project,
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  return { ts, service: ts.createLanguageService(host) };
}

t("renaming a processing output with the language service changes every use, and the project builds", async () => {
  const file = join(project, "pipeline.ts");
  const text = readFileSync(file, "utf8");
  const key = text.indexOf('train: "/opt/ml/processing/train"');
  assert.ok(key > 0, "the starter's prepare step has a train output");
  const { ts, service } = languageService();
  assert.is(ts.version.split(".")[0], "5", "the project's TypeScript is the 5.x a user most likely has");
  const places = service.findRenameLocations(file, key, false, false, { providePrefixAndSuffixTextForRename: false }) ?? [];
  const code = (source: string) => source.split("\n").filter((line) => !line.trimStart().startsWith("//")).join("\n");
  const uses = code(text).split("outputs.train").length - 1;
  assert.is(places.length, 1 + uses, "the key and every `outputs.train`");
  let renamed = text;
  for (const place of [...places].sort((a, b) => b.textSpan.start - a.textSpan.start)) {
    assert.is(place.fileName, file);
    renamed = renamed.slice(0, place.textSpan.start) + "trainingData" + renamed.slice(place.textSpan.start + place.textSpan.length);
  }
  writeFileSync(file, renamed);
  assert.not.match(code(renamed), /outputs\.train\b/, "no use of the old name is left in the code");
  await ok(project, "npx", ["tsc", "--noEmit", "-p", "."]);
  await ok(project, "npm", ["run", "build"]);
  const definition = readFileSync(join(project, "out/MyPipeline.json"), "utf8");
  assert.match(definition, /Outputs\['trainingData'\]/);
  assert.not.match(definition, /Outputs\['train'\]/);
});

t("the Abalone example copied in builds the same bytes as in the workspace", async () => {
  const example = join(REPO, "examples/abalone");
  const copy = join(project, "abalone-example");
  for (const entry of ["pipeline.ts", "build-pipeline.ts", "abalone"]) cpSync(join(example, entry), join(copy, entry), { recursive: true });
  await ok(copy, "npx", ["tsx", "build-pipeline.ts"]);
  const inWorkspace = await buildPipelines(join(example, "pipeline.ts"));
  assert.ok(inWorkspace.ok, "the example builds in the workspace");
  const expected = inWorkspace.pipelines[0]!;
  assert.is(readFileSync(join(copy, `out/${expected.name}.json`), "utf8"), expected.definitionJson);
});

/** The TypeScripts of the matrix: devDependencies of the workspace, under aliases. */
const COMPILERS = ["typescript-5", "typescript-6", "typescript"].map((alias) => {
  const version = (JSON.parse(readFileSync(join(REPO, "node_modules", alias, "package.json"), "utf8")) as { version: string }).version;
  return { version, tsc: join(REPO, "node_modules", alias, "bin/tsc") };
});
const MODULES = {
  nodenext: { module: "nodenext", moduleResolution: "nodenext" },
  bundler: { module: "esnext", moduleResolution: "bundler" },
} as const;

for (const compiler of COMPILERS) {
  for (const mode of ["standard", "legacy"] as const) {
    for (const [moduleName, modules] of Object.entries(MODULES)) {
      t(`decorators type-check: TypeScript ${compiler.version}, ${mode} decorators, module ${moduleName}`, async () => {
        const dir = join(project, "matrix");
        mkdirSync(dir, { recursive: true });
        const tsconfig = `tsconfig.${mode}.${moduleName}.json`;
        const compilerOptions = { target: "es2022", ...modules, strict: true, noEmit: true, skipLibCheck: true, types: ["node"], experimentalDecorators: mode === "legacy" };
        writeFileSync(join(dir, tsconfig), JSON.stringify({ compilerOptions, files: ["pipeline.ts", "mistakes.ts"] }));
        for (const [name, text] of Object.entries({ "pipeline.ts": PIPELINE, "mistakes.ts": MISTAKES, "settings.ts": SETTINGS })) writeFileSync(join(dir, name), text);
        const r = await sh(dir, process.execPath, [compiler.tsc, "-p", tsconfig, "--pretty", "false"]);
        const errors = [...r.stdout.matchAll(/^(.+?)\((\d+),\d+\): error (TS\d+)/gm)].map(([, file, line, code]) => `${file} ${line} ${code}`);
        assert.ok(errors.length > 0 || r.stdout.trim() === "", `tsc printed something that is not an error list:\n${r.stdout}${r.stderr}`);
        assert.equal(errors.sort(), expectedErrors(MISTAKES, mode).map((e) => `mistakes.ts ${e}`).sort());
      });
    }
  }
}

t.run();
