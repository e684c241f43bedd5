import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { checkEntry } from "../build.ts";
import { entryFileFor } from "./cache-entry.ts";
import { typeCheckWithCache } from "./cached-typecheck.ts";

// Fixtures live inside the repository (its tsconfig.json applies, and @sagepipe/core resolves).
const ROOT = new URL("../../../../", import.meta.url).pathname;
const t = suite("type check cache");
let dir = "";
let cacheDir = "";

const PIPELINE = `import { Pipeline, Processing, processor } from "@sagepipe/core";
import { role } from "./settings";
import { flavour } from "fake-lib";
@Pipeline({ name: "Typed", bucket: "b" })
export class Typed {
  @Processing()
  a() {
    return processor({ role, image: flavour, instanceType: "ml.m5.xlarge", instanceCount: 1 }).run({ outputs: { data: "/opt/ml/processing/data" } });
  }
}
`;

t.before.each(() => {
  dir = mkdtempSync(join(ROOT, "test", ".tmp-typecheck-cache-"));
  cacheDir = join(dir, "cache");
  write({
    "pipeline.ts": PIPELINE,
    "settings/index.ts": `export const role = "arn:aws:iam::123456789012:role/R";\n`,
    "node_modules/fake-lib/package.json": JSON.stringify({ name: "fake-lib", version: "1.0.0", types: "index.d.ts" }),
    "node_modules/fake-lib/index.d.ts": "export declare const flavour: string;\n",
  });
});
t.after.each(() => rmSync(dir, { recursive: true, force: true }));

function write(files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

const entry = () => join(dir, "pipeline.ts");
const userFiles = () => [entry(), join(dir, "settings/index.ts")];
const check = () => typeCheckWithCache(entry(), userFiles(), { cacheDir });
const codes = (r: { diagnostics: readonly { code: string; span: { line: number; col: number } }[] }) => r.diagnostics.map((d) => `${d.code} ${d.span.line}:${d.span.col}`);

t("a warm check returns what the cold one found; touching a file without changing it still hits", () => {
  write({ "pipeline.ts": PIPELINE.replace("instanceCount: 1", 'instanceCount: "1"') });
  const cold = check();
  assert.is(cold.cache, "miss");
  assert.equal(codes(cold), ["TS2322 8:76"]);
  const warm = check();
  assert.is(warm.cache, "hit");
  assert.equal(warm.diagnostics, cold.diagnostics);
  utimesSync(entry(), new Date(), new Date(Date.now() + 5000));
  assert.is(check().cache, "hit", "same content, new time: hashed again, still a hit");
});

t("editing the pipeline invalidates the entry and the new result is stored", () => {
  assert.equal(codes(check()), []);
  write({ "pipeline.ts": PIPELINE.replace("outputs: { data:", "outputs: { data: 3, other:") });
  const after = check();
  assert.is(after.cache, "miss");
  assert.match(after.reason!, "pipeline.ts changed");
  assert.equal(codes(after), ["TS2322 8:113"]);
  assert.is(check().cache, "hit");
});

t("a reinstalled package (another version) invalidates the entry", () => {
  assert.equal(codes(check()), []);
  write({
    "node_modules/fake-lib/index.d.ts": "export declare const flavour: number;\n",
    "node_modules/fake-lib/package.json": JSON.stringify({ name: "fake-lib", version: "2.0.0", types: "index.d.ts" }),
  });
  const after = check();
  assert.is(after.cache, "miss");
  assert.match(after.reason!, "fake-lib/package.json changed");
  assert.equal(codes(after), ["TS2322 8:30"]);
});

t("a new file where an import looked first invalidates the entry", () => {
  check();
  write({ "settings.ts": "export const role = 42;\n" });
  const after = check();
  assert.is(after.cache, "miss");
  assert.match(after.reason!, "settings.ts now exists");
});

t("a damaged entry is ignored and rewritten", () => {
  check();
  const file = entryFileFor(cacheDir, entry(), "typecheck");
  const good = readFileSync(file, "utf8");
  for (const damaged of ["", "{", good.slice(0, good.length - 3), `${good} `]) {
    writeFileSync(file, damaged);
    assert.is(check().cache, "miss");
    assert.is(readFileSync(file, "utf8"), good);
  }
});

t("checkEntry reports type errors after the checks, and not with typecheck: false", () => {
  write({ "pipeline.ts": PIPELINE.replace("instanceCount: 1", 'instanceCount: "1"') });
  const on = checkEntry(entry(), { cacheDir });
  assert.not.ok(on.ok);
  assert.equal(on.diagnostics.map((d) => d.code), ["TS2322"]);
  assert.is(on.diagnostics[0]!.span.file, entry());
  const off = checkEntry(entry(), { cacheDir, typecheck: false });
  assert.ok(off.ok);
  assert.equal(readdirSync(cacheDir).length, 2, "the facts' entry and the type check's");
});

t.run();
