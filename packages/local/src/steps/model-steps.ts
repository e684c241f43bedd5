import type { JsonObject } from "../definition/definition-types.ts";
import { stringAt } from "../util/json-access.ts";
import { failed, type StepHandler } from "./step-context.ts";

/** A model name for a Model step that names none: the job-name pattern, within 63 characters. */
function modelName(jobName: string): string {
  return jobName.slice(0, 63).replace(/-+$/, "");
}

/** Runs a Model (CreateModel) step: records the model in the local registry. */
export const runModelStep: StepHandler = async (ctx) => {
  const name = stringAt(ctx.args, "ModelName") ?? modelName(ctx.jobName);
  try {
    const model = await ctx.env.registry.createModel({
      ModelName: name,
      Arguments: ctx.args,
      PipelineName: ctx.env.pipelineName,
      RunId: ctx.env.runId,
      StepName: ctx.planned.step.Name,
      CreationTime: new Date().toISOString(),
    });
    return { status: "Succeeded", properties: { ...ctx.args, ModelName: model.ModelName, ModelArn: model.ModelArn } };
  } catch (e) {
    return failed(`/ModelName: ${(e as Error).message}`);
  }
};

/** Runs a RegisterModel step: adds the group's next version to the local registry. */
export const runRegisterModelStep: StepHandler = async (ctx) => {
  const group = stringAt(ctx.args, "ModelPackageGroupName");
  if (!group) return failed("/ModelPackageGroupName: must resolve to a group name (unversioned packages are not kept locally)");
  const status = stringAt(ctx.args, "ModelApprovalStatus") ?? "PendingManualApproval";
  const allowed = ["Approved", "Rejected", "PendingManualApproval"];
  if (!allowed.includes(status)) return failed(`/ModelApprovalStatus: '${status}' is not one of ${allowed.join(", ")}`);
  try {
    const pkg = await ctx.env.registry.registerModelPackage({
      ModelPackageGroupName: group,
      ModelApprovalStatus: status,
      Arguments: ctx.args,
      PipelineName: ctx.env.pipelineName,
      RunId: ctx.env.runId,
      StepName: ctx.planned.step.Name,
      CreationTime: new Date().toISOString(),
    });
    const properties: JsonObject = {
      ...ctx.args,
      ModelPackageGroupName: group,
      ModelPackageVersion: pkg.ModelPackageVersion,
      ModelPackageArn: pkg.ModelPackageArn,
      ModelPackageName: `${group}/${pkg.ModelPackageVersion}`,
      ModelApprovalStatus: status,
      ModelPackageStatus: "Completed",
    };
    return { status: "Succeeded", properties };
  } catch (e) {
    return failed(`/ModelPackageGroupName: ${(e as Error).message}`);
  }
};
