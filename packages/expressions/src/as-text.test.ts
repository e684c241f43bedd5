import { suite } from "uvu";
import * as assert from "uvu/assert";
import { asText } from "./as-text.ts";
import { PropertyNode, renderValue, str, type PipelineVariable } from "./index.ts";

const t = suite("asText");
const count = PropertyNode.create({ prefix: () => "Steps.CallLambda" }, [{ field: "OutputParameters" }, { index: "count" }]) as unknown as PipelineVariable<number>;

t("renders the variable as is, where str`${x}` renders a Std:Join", () => {
  assert.equal(renderValue([asText(count)]), [{ Get: "Steps.CallLambda.OutputParameters['count']" }]);
  assert.equal(renderValue(str`${count}`), { "Std:Join": { On: "", Values: [{ Get: "Steps.CallLambda.OutputParameters['count']" }] } });
});

t("refuses a plain value, naming it", () => {
  assert.throws(() => asText(3 as never), /asText takes a pipeline variable .* not 3/);
});

t.run();
