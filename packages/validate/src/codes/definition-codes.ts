// Codes of mistakes found in a pipeline definition JSON (`sagepipe validate`, and `build` on the
// definition it emits). Part of the one table of diagnostic codes (./index.ts).
import type { CodeInfo } from "./code-info.ts";

export const DEFINITION_CODES = [
  // The file and the schema
  { code: "SP900", severity: "error", phases: ["validate"], title: "a definition nested too deep", fix: "flatten it: a `Not` of a `Not` is the inner condition, an `Or` takes any number of conditions, and a condition step's `Conditions` must all hold." },
  { code: "SP901", severity: "error", phases: ["validate"], title: "the file is not JSON", fix: "correct the JSON syntax at the line and column shown (a missing comma or quote, a trailing comma)." },
  { code: "SP902", severity: "error", phases: ["validate"], title: "a key the API does not have", fix: "rename the key to the one the message suggests, or remove it." },
  { code: "SP903", severity: "error", phases: ["validate"], title: "a required key is missing", fix: "add the key the message names." },
  { code: "SP904", severity: "error", phases: ["validate"], title: "a value of the wrong JSON type", fix: "give a value of the type the message names (e.g. `30`, not `\"30\"`)." },
  { code: "SP905", severity: "error", phases: ["validate"], title: "a value outside the API's enum", fix: "use one of the values the message lists (it suggests the closest)." },
  { code: "SP906", severity: "error", phases: ["validate"], title: "a value outside the API's format or length", fix: "change the value to the format the message gives." },
  { code: "SP907", severity: "error", phases: ["validate"], title: "an unknown step type", fix: "use one of the step types the message lists (it suggests the closest)." },
  { code: "SP908", severity: "error", phases: ["validate"], title: "an unknown condition type", fix: "use one of the condition types the message lists (it suggests the closest)." },
  { code: "SP909", severity: "error", phases: ["validate"], title: "an unknown parameter type", fix: "use `String`, `Integer`, `Float` or `Boolean`." },
  { code: "SP910", severity: "error", phases: ["validate"], title: "an object where a value or expression belongs", fix: 'give a literal, or an expression: `{"Get": ...}`, `{"Std:Join": ...}` or `{"Std:JsonGet": ...}`.' },
  // References
  { code: "SP911", severity: "error", phases: ["validate"], title: "a `Get` that is not well formed", fix: "write `Parameters.<name>`, `Execution.<variable>`, `Steps.<step>.<property>` or `PipelineExperimentConfig.<name>`, as the message says." },
  { code: "SP912", severity: "error", phases: ["validate"], title: "a `Get` of an undeclared parameter", fix: "declare the parameter under `Parameters`, or use the name the message suggests." },
  { code: "SP913", severity: "error", phases: ["validate"], title: "a `Get` of a step the definition does not have", fix: "use the name of a step of the definition (the message suggests the closest)." },
  { code: "SP914", severity: "error", phases: ["validate"], title: "an unknown execution variable", fix: "use one of the execution variables the message lists, e.g. `Execution.PipelineExecutionId`." },
  { code: "SP915", severity: "error", phases: ["validate"], title: "a step property the step type does not have", fix: "use the property path the message suggests (it names the step type's properties)." },
  { code: "SP916", severity: "error", phases: ["validate"], title: "a property file the step does not declare", fix: "read a property file the step declares in `PropertyFiles`, or declare it." },
  { code: "SP917", severity: "error", phases: ["validate"], title: "an output the step does not declare", fix: "use the name of one of the step's outputs (the message suggests the closest)." },
  { code: "SP918", severity: "error", phases: ["validate"], title: "`DependsOn` names a step the definition does not have", fix: "name a step of the definition (the message suggests the closest)." },
  { code: "SP919", severity: "error", phases: ["validate"], title: "a property file in an output the step does not have", fix: "set `OutputName` to one of the step's processing outputs." },
  // Graph and names
  { code: "SP921", severity: "error", phases: ["validate"], title: "steps form a cycle", fix: "remove one of the `DependsOn` entries or references on the cycle." },
  { code: "SP922", severity: "error", phases: ["validate"], title: "two things with one name", fix: "give each step, parameter or output its own name." },
  { code: "SP923", severity: "error", phases: ["validate"], title: "a name SageMaker rejects", fix: "use letters, digits, `-` and `_` only, within the length the message gives." },
  // Types and rules
  { code: "SP931", severity: "error", phases: ["validate"], title: "a parameter of the wrong type for its field", fix: "use a parameter of the field's type, or turn it into a string with `Std:Join`." },
  { code: "SP932", severity: "error", phases: ["validate"], title: "an expression of the wrong type for its field", fix: "use a parameter or literal of the field's type." },
  { code: "SP933", severity: "error", phases: ["validate"], title: "a parameter default outside its `EnumValues`", fix: "change the default to one of the `EnumValues`, or add it to them." },
  { code: "SP934", severity: "error", phases: ["validate"], title: "`Std:JsonGet` with both or neither of `PropertyFile` and `S3Uri`", fix: "give exactly one: a property file (`{\"Get\": \"Steps.<step>.PropertyFiles.<name>\"}`) or an S3 URI." },
  { code: "SP935", severity: "error", phases: ["validate"], title: "an EMR step with both or neither of `ClusterId` and `ClusterConfig`", fix: "give exactly one: `ClusterId` (an existing cluster) or `ClusterConfig` (a new one)." },
  { code: "SP936", severity: "error", phases: ["validate"], title: "an EMR Serverless step with both or neither of `ApplicationId` and `ApplicationConfig`", fix: "give exactly one: `ApplicationId` (an existing application) or `ApplicationConfig` (a new one)." },
] as const satisfies readonly CodeInfo[];
