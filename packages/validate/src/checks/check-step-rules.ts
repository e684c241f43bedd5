// Rules inside step arguments that the schema leaves open: a Std:JsonGet reads either a
// property file or an S3 URI, an EMR step runs either on ClusterId or on a new ClusterConfig, and
// an EMR Serverless step either on ApplicationId or on a new ApplicationConfig.
import { capitalize, stepLabel, type DefinitionContext } from "../definition/definition-context.ts";
import { stepAt } from "../definition/collect-steps.ts";
import { childPointer, isObject, toPointer, type PointerSegment } from "../json-pointer.ts";
import { issue, type ValidationIssue } from "../validation-issue.ts";

/** Every Std:JsonGet names exactly one of PropertyFile and S3Uri. */
export function checkJsonGetSources(ctx: DefinitionContext): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  // The path to the value being visited; its pointer is built only for a problem.
  const path: PointerSegment[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        path.push(index);
        visit(item);
        path.pop();
      });
    }
    if (!isObject(value)) return;
    const jsonGet = value["Std:JsonGet"];
    if (isObject(jsonGet)) {
      const sources = ["PropertyFile", "S3Uri"].filter((k) => k in jsonGet);
      if (sources.length !== 1) {
        const found = sources.length ? "both" : "neither";
        const pointer = toPointer(path);
        const step = stepAt(ctx.steps, pointer);
        const where = step ? `In ${stepLabel(step)}, ` : "";
        issues.push(issue("SP934", childPointer(pointer, "Std:JsonGet"), `${where}Std:JsonGet needs exactly one of PropertyFile and S3Uri; found ${found}.`, 'Read a property file ({"Get": "Steps.<step>.PropertyFiles.<name>"}) or a JSON file in S3 (S3Uri), not both.'));
      }
    }
    for (const key of Object.keys(value)) {
      path.push(key);
      visit(value[key]);
      path.pop();
    }
  };
  visit(ctx.definition);
  return issues;
}

/** Every EMR step has exactly one of ClusterId and ClusterConfig. */
export function checkEmrClusters(ctx: DefinitionContext): ValidationIssue[] {
  return ctx.steps.flatMap((step) => {
    const args = step.step.Arguments;
    if (step.type !== "EMR" || !isObject(args)) return [];
    const given = ["ClusterId", "ClusterConfig"].filter((k) => k in args);
    if (given.length === 1) return [];
    return [issue("SP935", childPointer(step.pointer, "Arguments"), `${capitalize(stepLabel(step))} needs exactly one of ClusterId (an existing cluster) and ClusterConfig (a new cluster); found ${given.length ? "both" : "neither"}.`)];
  });
}

/** Every EMRServerless step has exactly one of ApplicationId and ApplicationConfig (as the SDK's EMRServerlessStep requires). */
export function checkEmrServerlessApplications(ctx: DefinitionContext): ValidationIssue[] {
  return ctx.steps.flatMap((step) => {
    const args = step.step.Arguments;
    if (step.type !== "EMRServerless" || !isObject(args)) return [];
    const given = ["ApplicationId", "ApplicationConfig"].filter((k) => k in args);
    if (given.length === 1) return [];
    return [issue("SP936", childPointer(step.pointer, "Arguments"), `${capitalize(stepLabel(step))} needs exactly one of ApplicationId (an existing EMR Serverless application) and ApplicationConfig (a new one); found ${given.length ? "both" : "neither"}.`)];
  });
}
