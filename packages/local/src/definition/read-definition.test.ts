import { suite } from "uvu";
import * as assert from "uvu/assert";
import { buildStepGraph } from "../graph/step-graph.ts";
import { golden } from "../testing/shared-files.ts";
import { readDefinition } from "./read-definition.ts";

const t = suite("readDefinition and buildStepGraph");

t("flattens the Abalone definition, nested branch steps included, and finds every dependency", () => {
  const { plan, problems } = readDefinition(golden("abalone_pipeline_session"));
  assert.equal(problems, []);
  assert.equal(plan!.steps.map((s) => s.step.Name), [
    "AbaloneProcess", "AbaloneTrain", "AbaloneEval", "AbaloneMSECond",
    "AbaloneRegisterModel-RegisterModel", "AbaloneCreateModel-CreateModel", "AbaloneTransform", "AbaloneMSEFail",
  ]);
  assert.equal(plan!.steps[7]!.branch, { condition: "AbaloneMSECond", outcome: false });
  assert.is(plan!.steps[7]!.pointer, "/Steps/3/Arguments/ElseSteps/0");
  const { graph, problems: graphProblems } = buildStepGraph(plan!);
  assert.equal(graphProblems, []);
  const deps = (n: string) => [...graph.get(n)!].sort();
  assert.equal(deps("AbaloneProcess"), []);
  assert.equal(deps("AbaloneEval"), ["AbaloneProcess", "AbaloneTrain"]);
  assert.equal(deps("AbaloneMSECond"), ["AbaloneEval"]);
  assert.equal(deps("AbaloneRegisterModel-RegisterModel"), ["AbaloneEval", "AbaloneMSECond", "AbaloneTrain"]);
  assert.equal(deps("AbaloneTransform"), ["AbaloneCreateModel-CreateModel", "AbaloneMSECond"]);
});

t("lists every shape problem with its pointer", () => {
  const { plan, problems } = readDefinition({
    Version: "2019",
    Parameters: [{ Name: "X", Type: "Text" }],
    Steps: [{ Name: "A", Type: "Fail", Arguments: {} }, { Name: "A", Type: "Fail", Arguments: {} }, { Type: "Fail" }],
  });
  assert.is(plan, undefined);
  assert.equal(problems, [
    '/Version: expected "2020-12-01", found "2019"',
    "/Parameters/0: needs a Name and a Type (String, Integer, Float or Boolean)",
    "/Steps/2: a step needs Name, Type and Arguments",
    "/Steps/1: step name 'A' is used twice (first at /Steps/0); rename one",
  ]);
});

t("reports references to missing steps and circles of dependencies", () => {
  const fail = (name: string, dependsOn: string[]) => ({ Name: name, Type: "Fail", Arguments: {}, DependsOn: dependsOn });
  const missing = readDefinition({ Version: "2020-12-01", Steps: [fail("A", ["Nope"])] });
  assert.equal(buildStepGraph(missing.plan!).problems, ["/Steps/0: step 'A' refers to step 'Nope', which the pipeline does not have"]);
  const circle = readDefinition({ Version: "2020-12-01", Steps: [fail("A", ["C"]), fail("B", ["A"]), fail("C", ["B"])] });
  assert.equal(buildStepGraph(circle.plan!).problems, ["/Steps: the steps depend on each other in a circle: A -> C -> B -> A"]);
});

t.run();
