// An AutoML step's best model imports as `this.<automl>().bestModel({ role })` (then .create() or
// .register()) when the model's container is exactly what bestModel() reads from the step's
// BestCandidate (core's AUTOML_BEST_MODEL_ENV keys, image and artifacts); otherwise, and when the
// AutoML step itself is kept verbatim (no bestModel() then), as model({...}) over its properties.
// Every variant builds back with no difference.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { SHARED } from "../conformance/harness.ts";
import { assertClean, roundTrip } from "./round-trip.ts";

const golden = readFileSync(join(SHARED, "goldens", "automl_step.json"), "utf8");
type Def = { Steps: { Name: string; Arguments: Record<string, unknown> & { PrimaryContainer?: { Environment: Record<string, unknown> }; AutoMLJobConfig?: Record<string, unknown> } }[] };
const variant = (change: (d: Def) => void) => {
  const d = JSON.parse(golden) as Def;
  change(d);
  return JSON.stringify(d, null, 2);
};

const t = suite("sagepipe import: AutoML's best model");

t("the golden's created and registered best model are this.autoML().bestModel({ role })", async () => {
  const r = await roundTrip(golden, "automl_step.json");
  assertClean(r);
  assert.match(r.source, "return this.autoML().bestModel({ role }).create();");
  assert.match(r.source, "return this.autoML().bestModel({ role }).register({");
  assert.not.match(r.source, "model({");
  assert.not.match(r.source, "BestCandidate.InferenceContainers");
});

t("a container with another environment than bestModel()'s stays model({...}) over the step's properties", async () => {
  const text = variant((d) => {
    const env = d.Steps.find((s) => s.Name === "CreateBestModel-CreateModel")!.Arguments.PrimaryContainer!.Environment;
    delete env.SAGEMAKER_PROGRAM;
  });
  const r = await roundTrip(text, "automl_step.json");
  assertClean(r);
  assert.match(r.source, "return model({");
  assert.match(r.source, "image: this.autoML().properties.BestCandidate.InferenceContainers[0].Image");
  assert.match(r.source, "return this.autoML().bestModel({ role }).register({");
});

t("with the AutoML step kept verbatim, its best model is model({...}) over its typed properties", async () => {
  const text = variant((d) => {
    (d.Steps.find((s) => s.Name === "AutoML")!.Arguments.AutoMLJobConfig!).Mode = "HYPERPARAMETER_TUNING";
  });
  const r = await roundTrip(text, "automl_step.json");
  if (!r.imported) return assert.unreachable(r.error);
  assert.is(r.warnings.length, 1);
  assert.match(r.warnings[0]!, /step AutoML is kept verbatim/);
  assert.not.match(r.source, "bestModel(");
  assert.is((r.source.match(/return model\(\{/g) ?? []).length, 2);
  assert.is(r.checkCode, 0, r.checkOutput);
  assert.is(r.buildCode, 0, r.buildOutput);
  assert.equal(r.unexpected, [], r.source);
});

t.run();
