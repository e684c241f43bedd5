import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { bundledTypescriptFile, typescript } from "./typescript.ts";

const t = suite("V8 code cache for TypeScript");
const dir = mkdtempSync(join(tmpdir(), "sagepipe-v8-cache-"));
const cacheDir = join(dir, "cache");
const file = join(dir, "lib.cjs");
writeFileSync(file, `const { basename } = require("node:path");
exports.name = basename(__filename);
exports.add = (a, b) => a + b;
module.exports.self = module.exports === exports;
`);

// Each load runs in its own process, as the cache is written when a process exits.
const loadInChild = (cache: string | undefined): unknown => {
  const code = `import { requireWithCodeCache } from ${JSON.stringify(new URL("./v8-code-cache.ts", import.meta.url).pathname)};
const m = requireWithCodeCache(${JSON.stringify(file)}, ${cache === undefined ? "undefined" : JSON.stringify(cache)});
console.log(JSON.stringify({ name: m.name, sum: m.add(2, 3), self: m.self }));`;
  const out = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], { encoding: "utf8" });
  return JSON.parse(out);
};
const cacheFiles = () => readdirSync(cacheDir).filter((f) => f.endsWith(".bin"));

t.after(() => rmSync(dir, { recursive: true, force: true }));

t("the module loads as with require; the first process saves the code cache, the next reads it", () => {
  const expected = { name: "lib.cjs", sum: 5, self: true };
  assert.equal(loadInChild(cacheDir), expected);
  assert.is(cacheFiles().length, 1);
  const saved = readFileSync(join(cacheDir, cacheFiles()[0]!));
  assert.ok(saved.length > 0);
  assert.equal(loadInChild(cacheDir), expected);
  assert.equal(readFileSync(join(cacheDir, cacheFiles()[0]!)), saved, "an accepted cache is not written again");
});

t("a damaged cache is rejected by V8, the module still loads, and the cache is rewritten", () => {
  const name = cacheFiles()[0]!;
  writeFileSync(join(cacheDir, name), "not V8 code cache data");
  assert.equal(loadInChild(cacheDir), { name: "lib.cjs", sum: 5, self: true });
  assert.is.not(readFileSync(join(cacheDir, name), "utf8"), "not V8 code cache data");
  assert.equal(cacheFiles(), [name], "no temp files are left behind");
});

t("no cache folder: a plain require; an unwritable folder only costs the speed-up", () => {
  assert.equal(loadInChild(undefined), { name: "lib.cjs", sum: 5, self: true });
  assert.equal(loadInChild(join(file, "cache")), { name: "lib.cjs", sum: 5, self: true });
});

t("a file removed while the process ran (its temp project deleted) leaves no cache, and no folders made again", () => {
  const gone = mkdtempSync(join(tmpdir(), "sagepipe-v8-gone-"));
  const lib = join(gone, "node_modules/lib/index.cjs");
  const cache = join(gone, "node_modules/.cache/v8");
  mkdirSync(join(gone, "node_modules/lib"), { recursive: true });
  writeFileSync(lib, "exports.answer = 42;\n");
  const code = `import { rmSync } from "node:fs";
import { requireWithCodeCache } from ${JSON.stringify(new URL("./v8-code-cache.ts", import.meta.url).pathname)};
console.log(requireWithCodeCache(${JSON.stringify(lib)}, ${JSON.stringify(cache)}).answer);
rmSync(${JSON.stringify(gone)}, { recursive: true, force: true });`;
  try {
    assert.is(execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], { encoding: "utf8" }).trim(), "42");
    assert.not.ok(existsSync(gone), "the removed folder stays removed");
  } finally {
    rmSync(gone, { recursive: true, force: true });
  }
});

t("typescript() is ts-morph's own copy of the compiler API", () => {
  const tsMorph = createRequire(import.meta.url)("ts-morph") as typeof import("ts-morph");
  assert.ok(bundledTypescriptFile()?.endsWith("typescript.js"));
  const ts = typescript();
  assert.is(ts.version, tsMorph.ts.version);
  assert.is(ts.SyntaxKind.Decorator, tsMorph.ts.SyntaxKind.Decorator);
  const source = ts.createSourceFile("a.ts", "class A { @x() m() { return this.b(); } }", ts.ScriptTarget.Latest, true);
  assert.is(source.statements.length, 1);
});

t.run();
