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
  // Values SageMaker rejects when a job or run starts, or that are almost surely wrong
  { code: "SP941", severity: "error", phases: ["build", "validate"], title: "a role that is not an IAM role ARN", fix: 'give the role\'s ARN, not its name: `"arn:aws:iam::<account>:role/<name>"`.' },
  { code: "SP942", severity: "error", phases: ["validate"], title: "a KMS key that is not a key ID, alias or ARN", fix: 'give a key ID, an alias (`"alias/my-key"`) or a key ARN (`"arn:aws:kms:<region>:<account>:key/<id>"`).' },
  { code: "SP943", severity: "error", phases: ["validate"], title: "a Lambda function that is not a function ARN", fix: 'give the function\'s ARN: `"arn:aws:lambda:<region>:<account>:function:<name>"`.' },
  { code: "SP944", severity: "error", phases: ["build", "validate"], title: "a model package or package group that is not its ARN or name", fix: 'give the package\'s ARN (`"arn:aws:sagemaker:<region>:<account>:model-package/<group>/<version>"`) or name, or the group\'s name (letters, digits and `-`) or ARN.' },
  { code: "SP951", severity: "error", phases: ["validate"], title: "an S3 URI without `s3://`", fix: 'write `"s3://<bucket>/<key>"`; a local file is uploaded first (`aws s3 cp data/raw.csv s3://<bucket>/data/raw.csv`).' },
  { code: "SP952", severity: "error", phases: ["build", "validate"], title: "an S3 URI with `s3://` twice", fix: 'give the bucket by its name only (`bucket: "my-bucket"`, not `"s3://my-bucket"`).' },
  { code: "SP953", severity: "error", phases: ["build", "validate"], title: "a bucket name S3 rejects", fix: "use the name of an existing bucket: 3 to 63 lower-case letters, digits, `.` and `-`, starting and ending with a letter or digit (`my-bucket`)." },
  { code: "SP954", severity: "error", phases: ["validate"], title: "a local path where an S3 URI belongs", fix: "upload it first (`aws s3 cp ./data/raw.csv s3://<bucket>/data/raw.csv`) and give that `s3://` URI; a script goes in the step's `code` option, which sagepipe uploads on deploy." },
  { code: "SP955", severity: "error", phases: ["validate"], title: "a processing container path outside `/opt/ml/processing/`", fix: 'use a path under `/opt/ml/processing/`, e.g. `destination: "/opt/ml/processing/input"`, and read (or write) that folder in the script.' },
  { code: "SP961", severity: "error", phases: ["validate"], title: "a parameter's default outside the values of the field it fills", fix: 'change the default to one the field takes (e.g. an instance type such as `"ml.m5.xlarge"`; the message suggests the closest).' },
  { code: "SP962", severity: "error", phases: ["validate"], title: "a count, size or run time outside what the API accepts", fix: "give a value in the range the message gives (e.g. `instanceCount: 1`)." },
  { code: "SP971", severity: "error", phases: ["validate"], title: "a condition compares values of different types", fix: 'compare values of one type: a number with a number (`0.9`, not `"0.9"`), or use an Integer or Float parameter.' },
  { code: "SP972", severity: "warning", phases: ["validate"], title: "a `JsonGet` compared in order with a string", fix: "compare the value read from JSON with a number, or with an Integer or Float parameter." },
  { code: "SP981", severity: "error", phases: ["validate"], title: "a step reads a step of a branch it is not in", fix: "put both steps in the same branch, or move the step that is used out of the branch (before the condition)." },
  { code: "SP982", severity: "error", phases: ["validate"], title: "`DependsOn` names a step of a branch the step is not in", fix: "put both steps in the same branch, or move the step that is used out of the branch (before the condition)." },
] as const satisfies readonly CodeInfo[];
