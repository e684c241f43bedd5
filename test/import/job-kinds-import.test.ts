// `sagepipe import` of the job kinds it maps onto their helpers (issue 15): kept job names as
// definitionConfig, tuners (ranges, bounds from parameters, warm start, limits), AutoML, models
// with several containers and registered framework facts. job-kinds.json was built by sagepipe
// from such a class; its import builds it back with nothing kept verbatim. Each variant below
// changes one value the helper cannot write, and only that step is then kept verbatim.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { importDefinition } from "../../packages/compiler/src/index.ts";
import { REPO } from "../support/temp-project.ts";
import { roundTrip } from "./round-trip.ts";

const FILE = join(REPO, "test/import/job-kinds.json");
const text = readFileSync(FILE, "utf8");
type Step = { Name: string; Arguments: Record<string, any> };
const definition = () => JSON.parse(text) as { Steps: Step[] };
const step = (d: { Steps: Step[] }, name: string) => d.Steps.find((s) => s.Name === name)!;

/** The steps kept verbatim when importing `d`, with their warnings. */
function keptVerbatim(d: unknown): Record<string, string> {
  const r = importDefinition(JSON.stringify(d, null, 2), { file: "job-kinds.json" });
  assert.ok(r.ok, r.ok ? "" : r.error);
  if (!r.ok) return {};
  return Object.fromEntries(r.warnings.map((w) => [/step (\S+) is kept verbatim/.exec(w)?.[1] ?? w, w]));
}

const t = suite("sagepipe import: job kinds as their helpers");

t("imported, checked and built back with no difference, nothing kept verbatim", async () => {
  const r = await roundTrip(text, "job-kinds.json");
  assert.ok(r.imported, r.imported ? "" : r.error);
  if (!r.imported) return;
  assert.equal(r.warnings, []);
  assert.is(r.checkCode, 0, r.checkOutput);
  assert.is(r.buildCode, 0, `${r.buildOutput}\n${r.source}`);
  assert.equal(r.unexpected, [], r.source);
  for (const form of [
    "definitionConfig: { useCustomJobPrefix: true }",
    'baseJobName: "prep-job"',
    'baseTuningJobName: "tune-job"',
    'eta: continuous(0.00001, this.maxEta, { scaling: "ReverseLogarithmic" })',
    'depth: integer(1, 12, { scaling: "Linear" })',
    'warmStart: { type: "IdenticalDataAndAlgorithm", parents: [this.parent] }',
    'name: "multi-model"',
    'framework: "SKLEARN"',
    'baseJobName: "aml"',
  ]) assert.ok(r.source.includes(form), `${form} in\n${r.source}`);
  assert.not.match(r.source, /verbatimStep/);
});

t("a job that leaves its name out where the others keep theirs is kept verbatim", () => {
  const d = definition();
  delete step(d, "Prep").Arguments.ProcessingJobName;
  const kept = keptVerbatim(d);
  assert.equal(Object.keys(kept), ["Prep"]);
  assert.match(kept.Prep!, /the pipeline keeps job names \(definitionConfig\), and processor\(\)\.run\(\) writes ProcessingJobName from its baseJobName, which this step leaves out/);
});

t("a range bound whose text Python's str() does not give back is kept verbatim", () => {
  const d = definition();
  step(d, "Tune").Arguments.HyperParameterTuningJobConfig.ParameterRanges.IntegerParameterRanges[0].MinValue = "01";
  const kept = keptVerbatim(d);
  assert.equal(Object.keys(kept), ["Tune"]);
  assert.match(kept.Tune!, /IntegerParameterRanges\/0\/MinValue: hyperparameterTuner\(\)\.fit\(\) writes a range bound as a number's text/);
});

t("containers with different framework facts are kept verbatim", () => {
  const d = definition();
  step(d, "Reg-RegisterModel").Arguments.InferenceSpecification.Containers[1].Framework = "XGBOOST";
  const kept = keptVerbatim(d);
  assert.equal(Object.keys(kept), ["Reg-RegisterModel"]);
  assert.match(kept["Reg-RegisterModel"]!, /writes the same Framework, FrameworkVersion and NearestModelName in every container/);
});

t("an AutoML job with three channels is kept verbatim", () => {
  const d = definition();
  const inputs = step(d, "Automl").Arguments.InputDataConfig as unknown[];
  inputs.push(inputs[0], inputs[0]);
  const kept = keptVerbatim(d);
  assert.equal(Object.keys(kept), ["Automl"]);
  assert.match(kept.Automl!, /autoML\(\)\.fit\(\) writes one or two channels/);
});

t.run();
