// Rules inside step arguments that the schema leaves open: a Std:JsonGet reads either a
// property file or an S3 URI, and an EMR step runs either on ClusterId or on a new ClusterConfig.
import { capitalize, stepLabel, type DefinitionContext } from "../definition/definition-context.ts";
import { stepAt } from "../definition/collect-steps.ts";
import { childPointer, isObject } from "../json-pointer.ts";
import { issue, type ValidationIssue } from "../validation-issue.ts";

/** Every Std:JsonGet names exactly one of PropertyFile and S3Uri. */
export function checkJsonGetSources(ctx: DefinitionContext): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const visit = (value: unknown, pointer: string) => {
    if (Array.isArray(value)) value.forEach((item, index) => visit(item, childPointer(pointer, index)));
    if (!isObject(value)) return;
    const jsonGet = value["Std:JsonGet"];
    if (isObject(jsonGet)) {
      const sources = ["PropertyFile", "S3Uri"].filter((k) => k in jsonGet);
      if (sources.length !== 1) {
        const found = sources.length ? "both" : "neither";
        const step = stepAt(ctx.steps, pointer);
        const where = step ? `In ${stepLabel(step)}, ` : "";
        issues.push(issue("json-get-source", childPointer(pointer, "Std:JsonGet"), `${where}Std:JsonGet needs exactly one of PropertyFile and S3Uri; found ${found}. Read a property file ({"Get": "Steps.<step>.PropertyFiles.<name>"}) or a JSON file in S3.`));
      }
    }
    for (const [key, child] of Object.entries(value)) visit(child, childPointer(pointer, key));
  };
  visit(ctx.definition, "");
  return issues;
}

/** Every EMR step has exactly one of ClusterId and ClusterConfig. */
export function checkEmrClusters(ctx: DefinitionContext): ValidationIssue[] {
  return ctx.steps.flatMap((step) => {
    const args = step.step.Arguments;
    if (step.type !== "EMR" || !isObject(args)) return [];
    const given = ["ClusterId", "ClusterConfig"].filter((k) => k in args);
    if (given.length === 1) return [];
    return [issue("emr-cluster", childPointer(step.pointer, "Arguments"), `${capitalize(stepLabel(step))} needs exactly one of ClusterId (an existing cluster) and ClusterConfig (a new cluster); found ${given.length ? "both" : "neither"}.`)];
  });
}
