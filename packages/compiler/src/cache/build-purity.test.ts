import { suite } from "uvu";
import * as assert from "uvu/assert";
import { impurity } from "./build-purity.ts";

const t = suite("build purity");

t("a pipeline that imports only sagepipe and its own files, and reads nothing else, is pure", () => {
  const text = `import { Pipeline, Processing, s3 } from "@sagepipe/core";
import { role } from "./settings.js";
// process.env in a comment is fine; so is a method named process
export class P { @Processing() process() { return this.process().outputs; } url = s3\`s3://b/\${"x"}//y\`; }`;
  assert.is(impurity(text), undefined);
});

t("reads of the world are named", () => {
  const cases: [string, string][] = [
    ["const b = process.env.BUCKET;", "uses process"],
    ["const d = new Date();", "uses Date"],
    ["const r = Math.random();", "uses Math.random"],
    ['import { readFileSync } from "node:fs";', "imports node:fs"],
    ['import "dotenv/config";', "imports dotenv/config"],
    ['export { x } from "lodash";', "imports lodash"],
    ['const m = await import("./x.js");', "uses import"],
    ["const u = import.meta.url;", "uses import.meta"],
    ["const x = globalThis.config;", "uses globalThis"],
    ['const c = require("./c.json");', "uses require"],
  ];
  for (const [text, reason] of cases) assert.is(impurity(text), reason, text);
});

t.run();
