import { readFileSync } from "node:fs";
import type { Json } from "../definition/definition-types.ts";
import { plannedStep, type Plan } from "../definition/read-definition.ts";
import type { ExpressionScope, Lookup, ParameterValue } from "../expressions/expression-scope.ts";
import { lookupProperty } from "../expressions/lookup-property.ts";
import { findStepRecord, type RunRecord } from "../record/run-record.ts";
import { LOCAL_ARN_PREFIX } from "../registry/local-registry.ts";
import type { ObjectStore } from "../store/object-store.ts";
import { joinS3Uri } from "../store/s3-uri.ts";

/** What a scope reads from. */
export interface ScopeSources {
  readonly plan: Plan;
  readonly record: RunRecord;
  readonly parameters: ReadonlyMap<string, ParameterValue>;
  readonly store: ObjectStore;
}

function readStoreJson(store: ObjectStore, uri: string): Lookup {
  let text: string;
  try {
    text = readFileSync(store.pathOf(uri), "utf8");
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === "ENOENT" ? `no file ${store.pathOf(uri)}` : (e as Error).message;
    return { error: `cannot read ${uri} from the local store (${why})` };
  }
  try {
    return { value: JSON.parse(text) as Json };
  } catch (e) {
    return { error: `${uri} is not JSON (${(e as Error).message})` };
  }
}

/** The execution variables of a run, as SageMaker names them. */
export function executionVariables(record: RunRecord): Record<string, Json> {
  const pipelineArn = `${LOCAL_ARN_PREFIX}:pipeline/${record.pipelineName.toLowerCase()}`;
  return {
    PipelineName: record.pipelineName,
    PipelineArn: pipelineArn,
    PipelineExecutionId: record.runId,
    PipelineExecutionArn: `${pipelineArn}/execution/${record.runId}`,
    StartDateTime: record.startedAt,
  };
}

/** The scope a step's expressions see: parameters, execution variables, finished steps, property files. */
export function stepScope(sources: ScopeSources, step: { readonly type: string; readonly jobName: string }): ExpressionScope {
  const vars = executionVariables(sources.record);
  const stepProperties = (name: string): Lookup => {
    const rec = findStepRecord(sources.record, name);
    if (!rec) return { error: `there is no step '${name}'` };
    if (rec.status !== "Succeeded" || !rec.properties) return { error: `step '${name}' has not succeeded (it is ${rec.status})` };
    return { value: rec.properties };
  };
  return {
    parameter: (name) => sources.parameters.get(name),
    execution: (name) => {
      if (name === "CurrentDateTime") return new Date().toISOString();
      if (name === "ProcessingJobName") return step.type === "Processing" ? step.jobName : undefined;
      if (name === "TrainingJobName") return step.type === "Training" ? step.jobName : undefined;
      return vars[name];
    },
    stepProperties,
    readPropertyFile: (stepName, fileName) => {
      const planned = plannedStep(sources.plan, stepName);
      const file = planned?.step.PropertyFiles?.find((f) => f.PropertyFileName === fileName);
      if (!file) return { error: `step '${stepName}' declares no property file '${fileName}'` };
      const props = stepProperties(stepName);
      if ("error" in props) return props;
      const path = [{ kind: "field", name: "ProcessingOutputConfig" }, { kind: "field", name: "Outputs" }, { kind: "key", key: file.OutputName }, { kind: "field", name: "S3Output" }, { kind: "field", name: "S3Uri" }] as const;
      const uri = lookupProperty(props.value, path);
      if ("error" in uri || typeof uri.value !== "string") {
        return { error: `property file '${fileName}' of step '${stepName}' names output '${file.OutputName}', which the step does not have` };
      }
      return readStoreJson(sources.store, joinS3Uri(uri.value, file.FilePath));
    },
    readS3Json: (uri) => readStoreJson(sources.store, uri),
  };
}

/** A scope for cache keys: like `stepScope`, but execution variables stay symbolic so reruns match. */
export function cacheKeyScope(sources: ScopeSources, step: { readonly type: string; readonly jobName: string }): ExpressionScope {
  const inner = stepScope(sources, step);
  return { ...inner, execution: (name) => (inner.execution(name) === undefined ? undefined : `{Execution.${name}}`) };
}
