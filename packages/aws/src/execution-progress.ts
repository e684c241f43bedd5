import {
  DescribePipelineExecutionCommand, ListPipelineExecutionStepsCommand,
  type PipelineExecutionStep, type SageMakerClient,
} from "@aws-sdk/client-sagemaker";
import { callAws } from "./describe-aws-error.ts";

/** One step of a run, as last seen. */
export interface StepProgress {
  readonly name: string;
  /** Starting, Executing, Stopping, Stopped, Failed or Succeeded. */
  readonly status: string;
  readonly startTime: Date | undefined;
  readonly endTime: Date | undefined;
  readonly failureReason: string | undefined;
  /** True when the step's result came from the cache. */
  readonly cached: boolean;
  readonly attempts: number | undefined;
}

/** A run as last seen: its status and each step's. */
export interface ExecutionProgress {
  readonly executionArn: string;
  /** Executing, Stopping, Stopped, Failed or Succeeded. */
  readonly status: string;
  readonly failureReason: string | undefined;
  readonly startTime: Date | undefined;
  readonly lastModifiedTime: Date | undefined;
  /** Steps in the order they started (then by name). */
  readonly steps: readonly StepProgress[];
}

/** Statuses after which a run changes no more. */
export const FINAL_STATUSES: ReadonlySet<string> = new Set(["Succeeded", "Failed", "Stopped"]);

function stepProgress(s: PipelineExecutionStep): StepProgress {
  return {
    name: s.StepName ?? "(unnamed)",
    status: s.StepStatus ?? "Unknown",
    startTime: s.StartTime,
    endTime: s.EndTime,
    failureReason: s.FailureReason || undefined,
    cached: Boolean(s.CacheHitResult?.SourcePipelineExecutionArn),
    attempts: s.AttemptCount,
  };
}

function byStart(a: StepProgress, b: StepProgress): number {
  const ta = a.startTime?.getTime() ?? Number.MAX_SAFE_INTEGER;
  const tb = b.startTime?.getTime() ?? Number.MAX_SAFE_INTEGER;
  return ta - tb || a.name.localeCompare(b.name);
}

/** Every step of a run, following NextToken. */
export async function listExecutionSteps(sagemaker: SageMakerClient, executionArn: string): Promise<StepProgress[]> {
  const steps: PipelineExecutionStep[] = [];
  let token: string | undefined;
  do {
    const page = await callAws({ operation: "ListPipelineExecutionSteps", subject: executionArn }, () =>
      sagemaker.send(new ListPipelineExecutionStepsCommand({ PipelineExecutionArn: executionArn, SortOrder: "Ascending", ...(token ? { NextToken: token } : {}) })),
    );
    steps.push(...(page?.PipelineExecutionSteps ?? []));
    token = page?.NextToken;
  } while (token);
  // A retried step can appear once per attempt; keep the latest entry for each name.
  const latest = new Map<string, StepProgress>();
  for (const step of steps.map(stepProgress)) {
    const seen = latest.get(step.name);
    if (!seen || (step.startTime?.getTime() ?? 0) >= (seen.startTime?.getTime() ?? 0)) latest.set(step.name, step);
  }
  return [...latest.values()].sort(byStart);
}

/** Reads a run's status and its steps once. */
export async function readExecutionProgress(sagemaker: SageMakerClient, executionArn: string): Promise<ExecutionProgress> {
  const notFoundHint = "Check the ARN (see `sagepipe runs <pipeline>`) and the region (--region).";
  const described = await callAws({ operation: "DescribePipelineExecution", subject: executionArn, notFoundHint }, () =>
    sagemaker.send(new DescribePipelineExecutionCommand({ PipelineExecutionArn: executionArn })),
  );
  const steps = await listExecutionSteps(sagemaker, executionArn);
  return {
    executionArn,
    status: described?.PipelineExecutionStatus ?? "Unknown",
    failureReason: described?.FailureReason || undefined,
    startTime: described?.CreationTime,
    lastModifiedTime: described?.LastModifiedTime,
    steps,
  };
}
