import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";

// Users run pipelines through tsx (esbuild), which emits no design:type metadata, and may or
// may not enable experimentalDecorators. Both decorator flavours must give the same definition.
const ROOT = new URL("../../", import.meta.url).pathname;
const t = suite("decorators under tsx");

const PIPELINE = `
import { Pipeline, Processing, Training, estimator, processor, evaluatePipeline } from "@sagepipe/core";
const role = "r";
@Pipeline({ name: "T", bucket: "b" })
export class T {
  @Processing() prep() { return processor({ role, image: "i", instanceType: "t", instanceCount: 1 }).run({ outputs: { d: "/d" } }); }
  @Training({ name: "Fit" }) fit() { return estimator({ role, image: "i", instanceType: "t", instanceCount: 1 }).fit({ train: this.prep().outputs.d }); }
}
console.log(JSON.stringify(evaluatePipeline(T, { sourceDir: "." }).definition));
`;

function runWith(experimentalDecorators: boolean): string {
  const dir = mkdtempSync(join(ROOT, "test", ".tmp-decorators-"));
  try {
    const tsconfig = { compilerOptions: { target: "es2022", module: "esnext", moduleResolution: "bundler", experimentalDecorators } };
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(tsconfig));
    writeFileSync(join(dir, "p.ts"), PIPELINE);
    return execFileSync(join(ROOT, "node_modules/.bin/tsx"), ["p.ts"], { cwd: dir, encoding: "utf8", env: { ...process.env, TSX_TSCONFIG_PATH: join(dir, "tsconfig.json") } });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

t("legacy (experimentalDecorators) and standard decorators give the same definition", () => {
  const legacy = runWith(true);
  const standard = runWith(false);
  const steps = (JSON.parse(legacy) as { Steps: { Name: string }[] }).Steps.map((s) => s.Name);
  assert.equal(steps, ["Prep", "Fit"]);
  assert.is(standard, legacy);
});

t.run();
