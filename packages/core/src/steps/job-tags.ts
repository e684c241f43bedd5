import type { PipelineVariable, Value } from "@sagepipe/expressions";

/** Tags of a job, by key: `{ team: "ml" }` (the definition's `[{ Key, Value }]`, in this order). */
export type JobTags = Readonly<Record<string, Value<string>>>;

/** Environment variables of a job's container; any pipeline variable is accepted (it becomes text at run time). */
export type JobEnvironment = Readonly<Record<string, Value<string> | PipelineVariable>>;

/** `Tags` as the job requests hold them. */
export function renderTags(tags: JobTags): { Key: string; Value: Value<string> }[] {
  return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
}
