import { suite } from "uvu";
import * as assert from "uvu/assert";
import { readDefinition } from "../definition/read-definition.ts";
import { buildStepGraph } from "./step-graph.ts";

const t = suite("step graph");

/** A definition of `n` Fail steps, each depending on the next; with `ring`, the last depends on the first. */
function chain(n: number, ring: boolean): unknown {
  const steps = Array.from({ length: n }, (_, i) => ({
    Name: `S${i}`,
    Type: "Fail",
    Arguments: { ErrorMessage: "x" },
    ...(i + 1 < n ? { DependsOn: [`S${i + 1}`] } : ring ? { DependsOn: ["S0"] } : {}),
  }));
  return { Version: "2020-12-01", Metadata: {}, Parameters: [], Steps: steps };
}

t("20,000 steps in a chain: read and graphed without recursion; the same chain closed into a ring is named as a cycle", () => {
  const { plan, problems } = readDefinition(chain(20000, false));
  assert.equal(problems, []);
  const open = buildStepGraph(plan!);
  assert.equal(open.problems, []);
  assert.is(open.graph.size, 20000);
  assert.equal([...open.graph.get("S0")!], ["S1"]);
  const ring = buildStepGraph(readDefinition(chain(20000, true)).plan!);
  assert.is(ring.problems.length, 1);
  assert.match(ring.problems[0]!, /^\/Steps: the steps depend on each other in a circle: S0 -> S1 -> S2 -> .* -> S19999 -> S0$/);
});

t.run();
