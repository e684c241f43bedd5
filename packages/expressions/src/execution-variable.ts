import { ERROR_PLACE } from "./call-site.ts";
import { asVariable, makeNode, type PipelineVariable } from "./variable.ts";

/** The eight execution variables SageMaker resolves when a pipeline runs. */
export const EXECUTION_VARIABLE_NAMES = [
  "CurrentDateTime",
  "StartDateTime",
  "PipelineExecutionId",
  "PipelineExecutionArn",
  "PipelineName",
  "PipelineArn",
  "TrainingJobName",
  "ProcessingJobName",
] as const;

export type ExecutionVariableName = (typeof EXECUTION_VARIABLE_NAMES)[number];

/** `{Get: Execution.<name>}`. */
export interface ExecutionVariableNode {
  readonly kind: "ExecutionVariable";
  readonly name: ExecutionVariableName;
}

export const ExecutionVariableNode = Object.freeze({
  is: (x: unknown): x is ExecutionVariableNode => (x as ExecutionVariableNode | undefined)?.kind === "ExecutionVariable",
  create: (name: ExecutionVariableName): PipelineVariable<string> & ExecutionVariableNode =>
    asVariable(makeNode({ kind: "ExecutionVariable", name })),
});

/** Keys that code inspecting any object may probe (promises, JSON, test frameworks); never a misspelling. */
const PROBED = new Set(["then", "toJSON", "constructor", "asymmetricMatch", "$$typeof", "nodeType", "prototype", "inspect"]);

/** The message for `ExecutionVariables.<name>` with a name SageMaker does not have. */
export function unknownExecutionVariableMessage(name: string): string {
  const near = EXECUTION_VARIABLE_NAMES.find((n) => n.toLowerCase() === name.toLowerCase());
  return `ExecutionVariables.${name} is not an execution variable${near ? `; did you mean ExecutionVariables.${near}?` : "."} They are ${EXECUTION_VARIABLE_NAMES.join(", ")}.`;
}

const variables = Object.freeze(
  Object.fromEntries(EXECUTION_VARIABLE_NAMES.map((n) => [n, ExecutionVariableNode.create(n)])) as {
    [K in ExecutionVariableName]: PipelineVariable<string> & ExecutionVariableNode;
  },
);

/**
 * The execution variables, e.g. `ExecutionVariables.PipelineExecutionId`. Reading a name that
 * is not one (`PipelineExecutionID`) throws instead of building `.../undefined/...`.
 */
export const ExecutionVariables: { readonly [K in ExecutionVariableName]: PipelineVariable<string> & ExecutionVariableNode } =
  new Proxy(variables, {
    get(target, key, receiver) {
      if (typeof key === "string" && !(key in target) && !PROBED.has(key)) {
        throw Object.defineProperty(new TypeError(unknownExecutionVariableMessage(key)), ERROR_PLACE, { value: { member: key }, configurable: true });
      }
      return Reflect.get(target, key, receiver);
    },
  });
