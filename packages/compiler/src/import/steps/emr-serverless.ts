// EMRServerless steps: `emrServerless({ applicationId or applicationConfig, jobConfig })`. The
// job's driver, overrides and the new application's request are EMR Serverless's own
// (camelCase) shapes, written as they are.
import { valueCode } from "../expressions.ts";
import { CannotImport } from "../import-scope.ts";
import type { StepImporter } from "../step-importer.ts";
import { call, object } from "../ts-code.ts";

const BY = "emrServerless()";

export const emrServerlessImporter: StepImporter = {
  write(step, scope) {
    const a = step.args;
    const job = a.object("JobConfig");
    if (!job) throw new CannotImport(a.at("JobConfig"), `${BY} always writes JobConfig`);
    const role = a.take("ExecutionRoleArn");
    const jobRole = job.take("executionRoleArn");
    if (role === undefined || JSON.stringify(role) !== JSON.stringify(jobRole)) {
      throw new CannotImport(a.at("ExecutionRoleArn"), `${BY} writes the job's executionRoleArn as the step's ExecutionRoleArn too`);
    }
    const applicationId = a.take("ApplicationId");
    if (JSON.stringify(job.take("applicationId")) !== JSON.stringify(applicationId)) {
      throw new CannotImport(job.at("applicationId"), `${BY} writes the step's ApplicationId in JobConfig too`);
    }
    const application = a.take("ApplicationConfig");
    if ((applicationId === undefined) === (application === undefined)) {
      throw new CannotImport(a.pointer, `${BY} runs on an existing application (ApplicationId) or a new one (ApplicationConfig): one of them`);
    }
    if (!job.has("jobDriver")) throw new CannotImport(job.at("jobDriver"), `${BY} needs the job's jobDriver`);
    const v = (key: string) => (job.has(key) ? valueCode(job.take(key), scope, job.at(key)) : undefined);
    const jobConfig = object([
      ["executionRoleArn", valueCode(role, scope, a.at("ExecutionRoleArn"))],
      ["jobDriver", v("jobDriver")],
      ["configurationOverrides", v("configurationOverrides")],
      ["executionTimeoutMinutes", v("executionTimeoutMinutes")],
      ["name", v("name")],
      ["tags", v("tags")],
    ]);
    job.done();
    a.done();
    const props = object([
      ["applicationId", applicationId === undefined ? undefined : valueCode(applicationId, scope, a.at("ApplicationId"))],
      ["applicationConfig", application === undefined ? undefined : valueCode(application, scope, a.at("ApplicationConfig"))],
      ["jobConfig", jobConfig],
    ]);
    return { decorator: "EMRServerless", body: call(scope.use("emrServerless"), [props]) };
  },
};
