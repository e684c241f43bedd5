// `sagepipe import` then `sagepipe build` gives every conformance golden back: for the goldens
// the importer writes, the generated file passes `check` with no diagnostics and `build`
// (which type-checks it under strict, standard decorators) gives JSON equal to the golden
// (allow-listed differences only, as in the conformance test). The goldens it does not write
// yet are listed with the reason, and must be refused with one clear error naming the step.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { caseNames, SHARED } from "../conformance/harness.ts";
import { roundTrip } from "./round-trip.ts";

/** Goldens with steps the importer does not write yet: the step kind that stops it. */
const NOT_YET: Readonly<Record<string, string>> = {
  automl_step: "AutoML",
  clarify_check_step: "ClarifyCheck",
  model_package_step: "Containers",
  model_step: "DebugHookConfig",
  notebook_job_step: "TrainingJobName",
  pipeline_definition_config: "ProcessingJobName",
  quality_check_step: "QualityCheck",
  register_model: "DebugHookConfig",
  retry_and_cache: "DebugHookConfig",
  tuning_step: "Tuning",
  tuning_warm_start: "Tuning",
};

/**
 * Goldens the importer writes, but whose file does not type-check, because the definition puts
 * a value where sagepipe's types refuse it: the TypeScript error the build must report.
 */
const TYPE_ERRORS: Readonly<Record<string, RegExp>> = {
  // The SDK passes the Lambda's Integer output 'count' into ContainerArguments (text); sagepipe
  // types it by its OutputType (the conformance case converts it with str`...`, allow-listed).
  lambda_step: /error TS2322: Type .*number.* is not assignable to type 'Value<string>'/,
};

const t = suite("sagepipe import: round trip of the conformance goldens");
const status: string[] = [];

for (const name of caseNames()) {
  const text = readFileSync(join(SHARED, "goldens", `${name}.json`), "utf8");
  const reason = NOT_YET[name];
  if (reason) {
    t(`${name}: not imported yet (${reason}); refused with one clear error`, async () => {
      const r = await roundTrip(text, `${name}.json`, name);
      assert.is(r.imported, false, `${name} now imports: move it to the round-tripping goldens`);
      if (!r.imported) {
        assert.match(r.error, reason);
        assert.match(r.error, new RegExp(`^${name}\\.json:\\d+:\\d+: cannot import /`));
        status.push(`  ${name}: no (${r.error.split("\n")[0]})`);
      }
    });
    continue;
  }
  const typeError = TYPE_ERRORS[name];
  if (typeError) {
    t(`${name}: imported, but the definition does not type-check in sagepipe`, async () => {
      const r = await roundTrip(text, `${name}.json`, name);
      assert.ok(r.imported, r.imported ? "" : r.error);
      if (!r.imported) return;
      assert.is(r.buildCode, 1, `${name} now builds: move it to the round-tripping goldens`);
      assert.match(r.buildOutput, typeError);
      status.push(`  ${name}: no (imported; tsc rejects it: ${typeError.source})`);
    });
    continue;
  }
  t(`${name}: import, check and build give the golden back`, async () => {
    const r = await roundTrip(text, `${name}.json`, name);
    assert.ok(r.imported, r.imported ? "" : r.error);
    if (!r.imported) return;
    assert.is(r.checkCode, 0, `check failed:\n${r.checkOutput}\n${r.source}`);
    // SP105 (a step on no path with any other) describes the definition itself: a golden whose
    // steps are independent gets it, and the import must not invent edges to silence it.
    const diagnostics = r.checkOutput.split("\n").filter((l) => /: (error|warning) /.test(l) && !/warning SP105:/.test(l));
    assert.equal(diagnostics, [], `check reported diagnostics:\n${r.checkOutput}`);
    assert.is(r.buildCode, 0, `build failed:\n${r.buildOutput}\n${r.source}`);
    const shown = r.unexpected.map((d) => `  ${d.pointer}\n    rebuilt: ${JSON.stringify(d.ours)}\n    golden:  ${JSON.stringify(d.theirs)}`).join("\n");
    assert.is(r.unexpected.length, 0, `differences from the golden:\n${shown}\n${r.source}`);
    status.push(`  ${name}: yes`);
  });
}

t.after(() => {
  const yes = status.filter((s) => s.endsWith(": yes")).length;
  console.log(`import round trip: ${yes}/${caseNames().length} goldens\n${status.sort().join("\n")}`);
});

t.run();
