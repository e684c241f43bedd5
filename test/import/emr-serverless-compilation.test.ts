// EMRServerless and Compilation steps, which no conformance golden holds: hand-made definitions
// (fixtures/) that `sagepipe validate` accepts import and build back with no difference.
// EMRServerless is written with its helper, emrServerless(); Compilation, which sagepipe has no
// helper for, verbatim under @Compilation, with the comment and the warning.
import { readFileSync } from "node:fs";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { parseJson, validateDefinition } from "../../packages/validate/src/index.ts";
import { assertClean, roundTrip } from "./round-trip.ts";

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), "utf8");
const t = suite("sagepipe import: EMRServerless and Compilation steps");

for (const name of ["emr-serverless.json", "compilation.json"]) {
  t(`${name} is a definition validate accepts`, () => {
    const parsed = parseJson(fixture(name));
    assert.ok(parsed.ok);
    if (parsed.ok) assert.equal(validateDefinition(parsed.value).filter((i) => i.severity === "error"), []);
  });
}

t("EMRServerless steps (an existing application, a new one) become emrServerless({...}) and build back equal", async () => {
  const r = await roundTrip(fixture("emr-serverless.json"), "emr-serverless.json");
  assertClean(r);
  assert.is((r.source.match(/return emrServerless\(\{/g) ?? []).length, 2);
  assert.match(r.source, `entryPointArguments: ["--after", this.sparkOnExisting().properties.jobRun.jobRunId]`);
  assert.not.match(r.source, "verbatimStep");
});

t("a Compilation step is kept verbatim under @Compilation, says so, and builds back equal", async () => {
  const r = await roundTrip(fixture("compilation.json"), "compilation.json");
  assert.ok(r.imported, r.imported ? "" : r.error);
  if (!r.imported) return;
  assert.is(r.warnings.length, 1);
  assert.match(r.warnings[0]!, /^compilation\.json:\d+:\d+: step CompileForJetson is kept verbatim \(verbatimStep\("Compilation", \.\.\.\)\): Compilation steps have no importer yet \(sagepipe has no helper for the SDK v1's CompilationStep/);
  assert.is(r.checkCode, 0, r.checkOutput);
  assert.is(r.buildCode, 0, r.buildOutput);
  assert.equal(r.unexpected, [], r.source);
  assert.match(r.source, `// Kept verbatim (the definition's Arguments as written): Compilation steps have no importer yet`);
  assert.match(r.source, `@Compilation({\n    cache: { enabled: true, expireAfter: "PT12H" },`);
  assert.match(r.source, `return verbatimStep("Compilation", {`);
  assert.match(r.source, "this.compileForJetson().properties.ModelArtifacts.S3ModelArtifacts");
});

t.run();
