// Lambda and Callback steps: `lambdaFunction({ functionArn }).invoke({ inputs, outputs })` and
// `callback({ sqsQueueUrl, inputs, outputs })`; `outputs.<name>` are the OutputParameters.
import { valueCode } from "../expressions.ts";
import { CannotImport } from "../import-scope.ts";
import { JsonReader } from "../json-reader.ts";
import type { StepImporter, StepInput } from "../step-importer.ts";
import { call, literal, method, object, type Code } from "../ts-code.ts";
import type { ImportScope } from "../import-scope.ts";

const TYPES = new Set(["String", "Integer", "Boolean", "Float"]);

/** `inputs` and `outputs` of the helper, from Arguments and the envelope's OutputParameters. */
function inputsAndOutputs(step: StepInput, scope: ImportScope, by: string): Code {
  const outputs = step.envelope.list("OutputParameters");
  if (outputs === undefined) throw new CannotImport(step.envelope.at("OutputParameters"), `${by} always writes OutputParameters ([] when none)`);
  const entries = outputs.map((o, i): [string, Code] => {
    const r = JsonReader.of(o, `${step.envelope.at("OutputParameters")}/${i}`, by);
    const name = r.text("OutputName");
    const type = r.text("OutputType");
    r.done();
    if (name === undefined || /^(0|[1-9]\d*)$/.test(name)) throw new CannotImport(r.at("OutputName"), `${by} needs output names that are not numbers`);
    if (!type || !TYPES.has(type)) throw new CannotImport(r.at("OutputType"), `${by} needs each output's type: String, Integer, Boolean or Float`);
    return [name, literal(type)];
  });
  const inputs = Object.keys(step.args.value);
  if (inputs.some((k) => /^(0|[1-9]\d*)$/.test(k))) throw new CannotImport(step.args.pointer, `${by} needs input names that are not numbers (an object's keys keep their order only then)`);
  return object([
    ["inputs", inputs.length ? valueCode(step.args.value, scope, step.args.pointer) : undefined],
    ["outputs", entries.length ? object(entries) : undefined],
  ]);
}

const outputReference: StepImporter["reference"] = (segments, stepCall) => {
  const [only] = segments;
  if (segments.length !== 1 || only?.name !== "OutputParameters" || only.indexes.length !== 1 || typeof only.indexes[0] !== "string") return undefined;
  const name = only.indexes[0];
  return `${stepCall}.outputs${/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`}`;
};

export const lambdaImporter: StepImporter = {
  write(step, scope) {
    const arn = step.envelope.text("FunctionArn");
    if (arn === undefined) throw new CannotImport(step.envelope.at("FunctionArn"), "a Lambda step needs its FunctionArn as text");
    const args = inputsAndOutputs(step, scope, "lambdaFunction().invoke()");
    const invoke = args.kind === "object" && args.entries.length ? [args] : [];
    return { decorator: "Lambda", body: method(call(scope.use("lambdaFunction"), [object([["functionArn", literal(arn)]])]), "invoke", invoke) };
  },
  reference: outputReference,
};

export const callbackImporter: StepImporter = {
  write(step, scope) {
    const queue = step.envelope.text("SqsQueueUrl");
    if (queue === undefined) throw new CannotImport(step.envelope.at("SqsQueueUrl"), "a Callback step needs its SqsQueueUrl as text");
    const args = inputsAndOutputs(step, scope, "callback()");
    const entries = args.kind === "object" ? args.entries : [];
    return { decorator: "Callback", body: call(scope.use("callback"), [object([["sqsQueueUrl", literal(queue)], ...entries])]) };
  },
  reference: outputReference,
};
