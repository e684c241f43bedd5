import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { buildPipelines } from "./build.ts";

// Fixtures live inside the repository so they resolve the workspace packages.
const ROOT = new URL("../../../", import.meta.url).pathname;
const t = suite("buildPipelines");
let dir = "";
t.before.each(() => {
  dir = mkdtempSync(join(ROOT, "test", ".tmp-build-"));
});
t.after.each(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = `import { Pipeline, Processing, param, processor } from "@sagepipe/core";\nconst role = "arn:aws:iam::123456789012:role/R";\n`;

t("an Integer parameter where SageMaker wants a string is caught by the validator (tsx does not type-check)", async () => {
  writeFileSync(join(dir, "p.ts"), HEADER + `
@Pipeline({ name: "P", bucket: "my-bucket" })
export class P {
  count = param.integer("Count", 1);
  @Processing() prep() {
    // @ts-ignore: the mistake tsc would catch, run through tsx anyway
    return processor({ role, image: "img", instanceType: this.count, instanceCount: 1 }).run({});
  }
}
`);
  const r = await buildPipelines(join(dir, "p.ts"), { outDir: join(dir, "out") });
  assert.is(r.ok, false);
  const d = r.diagnostics.find((x) => x.code === "SP931");
  assert.ok(d, JSON.stringify(r.diagnostics, null, 1));
  assert.match(d!.message, /InstanceType/);
  // the option that made the value: `instanceType: this.count` (evaluation maps the definition's pointer back to it)
  assert.equal([d!.span.line, d!.span.col], [9, 44]);
  assert.is(existsSync(join(dir, "out")), false);
});

t("a valid pipeline builds and writes the definition and manifest", async () => {
  writeFileSync(join(dir, "p.ts"), HEADER + `
@Pipeline({ name: "P", bucket: "my-bucket" })
export class P {
  @Processing() prep() {
    return processor({ role, image: "img", instanceType: "ml.m5.xlarge", instanceCount: 1 }).run({});
  }
}
`);
  const r = await buildPipelines(join(dir, "p.ts"), { outDir: join(dir, "out") });
  assert.is(r.ok, true, JSON.stringify(r.diagnostics));
  assert.ok(existsSync(join(dir, "out/P.json")));
  assert.ok(existsSync(join(dir, "out/P.assets.json")));
});

t.run();
