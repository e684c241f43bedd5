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

/** The execution variables, e.g. `ExecutionVariables.PipelineExecutionId`. */
export const ExecutionVariables: { readonly [K in ExecutionVariableName]: PipelineVariable<string> & ExecutionVariableNode } =
  Object.freeze(
    Object.fromEntries(EXECUTION_VARIABLE_NAMES.map((n) => [n, ExecutionVariableNode.create(n)])) as {
      [K in ExecutionVariableName]: PipelineVariable<string> & ExecutionVariableNode;
    },
  );
