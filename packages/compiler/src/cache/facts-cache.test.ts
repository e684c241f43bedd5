import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { buildPipelines } from "../build.ts";
import { extractProgram } from "../extract/extract.ts";
import { factsCacheDir } from "./cache-location.ts";
import { extractWithCache } from "./cached-extract.ts";
import { cacheFileFor, MAX_ENTRIES } from "./facts-cache.ts";
import { extractorVersion } from "./extractor-version.ts";
import { STEP_KINDS, STEP_TYPES } from "@sagepipe/expressions";

// Fixtures live inside the repository so they resolve the workspace packages when built.
const ROOT = new URL("../../../../", import.meta.url).pathname;
const t = suite("facts cache");
let dir = "";
let cacheDir = "";
t.before.each(() => {
  dir = mkdtempSync(join(ROOT, "test", ".tmp-facts-cache-"));
  cacheDir = join(dir, "cache");
  writeFiles(FIXTURE);
});
t.after.each(() => rmSync(dir, { recursive: true, force: true }));

const FIXTURE: Record<string, string> = {
  "base.ts": `import { Processing, processor } from "@sagepipe/core";
const role = "arn:aws:iam::123456789012:role/R";
export class Base {
  @Processing()
  prep() {
    return processor({ role, image: "img", instanceType: "ml.m5.xlarge", instanceCount: 1 }).run({ outputs: { data: "/opt/ml/processing/data" } });
  }
}
`,
  "pipeline.ts": `import { Pipeline, Processing, param, processor } from "@sagepipe/core";
import { Base } from "./base.ts";
import { role } from "./settings";
@Pipeline({ name: "Cached", bucket: "my-bucket" })
export class Cached extends Base {
  input = param.string("Input", "s3://my-bucket/in");
  @Processing()
  use() {
    return processor({ role, image: "img", instanceType: "ml.m5.xlarge", instanceCount: 1 }).run({
      inputs: [{ source: this.prep().outputs.data, destination: "/opt/ml/processing/in" }, { source: this.input, destination: "/opt/ml/processing/x" }],
    });
  }
}
`,
  "settings/index.ts": `export const role = "arn:aws:iam::123456789012:role/R";\n`,
};

function writeFiles(files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

const entry = () => join(dir, "pipeline.ts");
const lookup = () => extractWithCache(entry(), { cacheDir });

t("a warm lookup returns exactly the facts a fresh extraction gives", () => {
  const cold = lookup();
  assert.is(cold.cache, "miss");
  const warm = lookup();
  assert.is(warm.cache, "hit");
  assert.equal(warm.facts, extractProgram(entry()));
  assert.equal(warm.facts, cold.facts);
  assert.is(warm.facts.pipelines[0]!.steps.length, 2);
});

t("editing an imported file invalidates the entry, and the new facts are cached", () => {
  lookup();
  writeFiles({ "base.ts": FIXTURE["base.ts"]!.replace("@Processing()", '@Processing({ name: "Prepare" })') });
  const after = lookup();
  assert.is(after.cache, "miss");
  assert.match(after.reason!, "base.ts changed");
  assert.is(after.facts.pipelines[0]!.steps.find((s) => s.method === "prep")!.name!.value, "Prepare");
  assert.is(lookup().cache, "hit");
});

t("a new file that an import now resolves to invalidates the entry", () => {
  lookup();
  writeFiles({ "settings.ts": `export const role = "arn:aws:iam::123456789012:role/Other";\n` });
  const after = lookup();
  assert.is(after.cache, "miss");
  assert.match(after.reason!, "import './settings'");
  assert.ok(after.facts.files.includes(join(dir, "settings.ts")));
});

t("a deleted source invalidates the entry", () => {
  lookup();
  rmSync(join(dir, "settings"), { recursive: true });
  const after = lookup();
  assert.is(after.cache, "miss");
  assert.equal(after.facts, extractProgram(entry()));
});

t("a damaged cache file is ignored and rebuilt, never trusted or fatal", () => {
  lookup();
  const file = cacheFileFor(cacheDir, entry());
  const good = readFileSync(file, "utf8");
  const damages = [
    "",
    "not json at all",
    good.slice(0, good.length / 2),
    good.replace('"method":"use"', '"method":"usf"'),
    good.replace(/^\{/, "["),
    good.split("\n")[0]!,
  ];
  for (const damaged of damages) {
    writeFileSync(file, damaged);
    const r = lookup();
    assert.is(r.cache, "miss", `damaged: ${JSON.stringify(damaged.slice(0, 40))}`);
    assert.equal(r.facts, extractProgram(entry()));
    assert.is(readFileSync(file, "utf8"), good, "the entry is written again");
  }
  assert.is(lookup().cache, "hit");
});

t("an entry made by another extractor is ignored", () => {
  lookup();
  const file = cacheFileFor(cacheDir, entry());
  writeFileSync(file, readFileSync(file, "utf8").replace(/"producer":"[0-9a-f]+"/, `"producer":"${"0".repeat(64)}"`));
  const r = lookup();
  assert.is(r.cache, "miss");
  assert.match(r.reason!, "another version of the extractor");
});

t("with a TypeScript 5 in the project, extraction parses with it: the same facts, and the entry says which TypeScript made it", () => {
  // The project's own TypeScript, where a user's project installs it (node_modules/typescript).
  // Linked before the first lookup: Node remembers how "typescript" resolved from a folder.
  mkdirSync(join(dir, "node_modules"));
  symlinkSync(join(ROOT, "node_modules", "typescript-5"), join(dir, "node_modules", "typescript"));
  const own = lookup();
  assert.is(own.cache, "miss");
  assert.equal(own.facts, extractProgram(entry()), "ts-morph's TypeScript extracts the same facts");
  assert.is(lookup().cache, "hit");
  const header = JSON.parse(readFileSync(cacheFileFor(cacheDir, entry()), "utf8").split("\n")[0]!) as { producer: string };
  assert.is.not(header.producer, extractorVersion(), "an entry made with ts-morph's TypeScript is not taken for it");
});

t("the step-kind table is part of the extractor's version: a new kind or decorator makes a new key", () => {
  const now = extractorVersion();
  assert.is(extractorVersion({ STEP_KINDS, STEP_TYPES }), now, "the same table gives the same key");
  assert.is.not(extractorVersion({ STEP_KINDS: { ...STEP_KINDS, TestOnlyKind: { decorator: "TestOnlyKind" } }, STEP_TYPES }), now);
  assert.is.not(extractorVersion({ STEP_KINDS, STEP_TYPES: { ...STEP_TYPES, TestOnlyType: { sdk: "TestOnlyStep", features: [] } } }), now);
});

t("a cache folder that cannot be written does not stop extraction", () => {
  writeFileSync(join(dir, "blocker"), "a file where the cache folder would be");
  const r = extractWithCache(entry(), { cacheDir: join(dir, "blocker", "cache") });
  assert.is(r.cache, "miss");
  assert.equal(r.facts, extractProgram(entry()));
});

t("the cache folder is kept bounded: old entries go, the new one stays", () => {
  mkdirSync(cacheDir, { recursive: true });
  for (let i = 0; i <= MAX_ENTRIES; i++) {
    const old = join(cacheDir, `old-${i}.json`);
    writeFileSync(old, "{}");
    utimesSync(old, new Date(1_000_000 + i * 1000), new Date(1_000_000 + i * 1000));
  }
  lookup();
  const left = readdirSync(cacheDir);
  assert.ok(left.length <= MAX_ENTRIES / 2 + 1, `${left.length} entries left`);
  assert.ok(existsSync(cacheFileFor(cacheDir, entry())));
  assert.ok(left.includes(`old-${MAX_ENTRIES}.json`), "the newest old entries stay");
  assert.is(lookup().cache, "hit");
});

t("cacheDir false turns the cache off", () => {
  const r = extractWithCache(entry(), { cacheDir: false });
  assert.is(r.cache, "off");
  assert.equal(r.facts, extractProgram(entry()));
});

t("the build output is byte-identical without the cache, cold and warm", async () => {
  const outputs: Record<string, string>[] = [];
  for (const [label, options] of [["no cache", { cacheDir: false as const }], ["cold", { cacheDir }], ["warm", { cacheDir }]] as const) {
    const out = join(dir, `out-${label.replace(" ", "-")}`);
    const r = await buildPipelines(entry(), { ...options, outDir: out });
    assert.ok(r.ok, `${label}: ${JSON.stringify(r.diagnostics)}`);
    outputs.push(Object.fromEntries(readdirSync(out).sort().map((f) => [f, readFileSync(join(out, f), "utf8")])));
  }
  assert.equal(Object.keys(outputs[0]!), ["Cached.assets.json", "Cached.json"]);
  assert.equal(outputs[1], outputs[0]);
  assert.equal(outputs[2], outputs[0]);
});

t("the default folder is node_modules/.cache/sagepipe in the nearest folder with node_modules", () => {
  mkdirSync(join(dir, "node_modules"));
  mkdirSync(join(dir, "deep", "er"), { recursive: true });
  const nested = join(dir, "deep", "er", "p.ts");
  assert.is(factsCacheDir(nested, {}, {}), join(dir, "node_modules", ".cache", "sagepipe", "facts"));
  assert.is(factsCacheDir(nested, {}, { SAGEPIPE_CACHE_DIR: join(dir, "c") }), join(dir, "c"));
  assert.is(factsCacheDir(nested, {}, { SAGEPIPE_CACHE: "off" }), undefined);
  assert.is(factsCacheDir(nested, { cacheDir: false }, {}), undefined);
  assert.is(factsCacheDir(nested, { cacheDir: join(dir, "x") }, { SAGEPIPE_CACHE: "off" }), join(dir, "x"));
  assert.is(factsCacheDir("/p.ts", {}, {}), undefined, "no node_modules anywhere above: no cache");
});

t.run();
