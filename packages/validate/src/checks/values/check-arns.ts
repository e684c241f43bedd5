// ARNs SageMaker checks only when the job or the pipeline starts: execution roles, KMS keys,
// Lambda functions, model packages and their groups. Literals and parameter defaults are checked.
import type { DefinitionContext } from "../../definition/definition-context.ts";
import { forEachStepMember } from "../../definition/step-members.ts";
import { issue, type ValidationIssue } from "../../validation-issue.ts";
import type { DiagnosticCode } from "../../codes/index.ts";
import { knownValue, parameterNote } from "./literal-value.ts";

const PARTITION = "aws(?:-[a-z]+)*";
const ROLE = new RegExp(`^arn:${PARTITION}:iam::\\d{12}:role/[\\w+=,.@/-]{1,64}$`);
const LAMBDA = new RegExp(`^arn:${PARTITION}:lambda:[a-z0-9-]+:\\d{12}:function:[\\w-]{1,64}(?::[\\w$-]+)?$`);
// A key ID, an alias, or the ARN of either (KmsKeyId takes all four).
const KMS = new RegExp(`^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32}|alias/[\\w/-]+|arn:${PARTITION}:kms:[a-z0-9-]+:\\d{12}:(?:key|alias)/[\\w/-]+)$`);

// The API's patterns (DescribeModelPackage's and CreateModelPackage's): a name of letters, digits
// and "-" (at most 63, not ending in "-"), a package with its version, or the ARN of either. The
// API takes any resource type in the ARN; only a model package's (group's) can be meant here.
const NAME = "[a-zA-Z0-9](?:[a-zA-Z0-9-]){0,62}(?<!-)";
const SAGEMAKER_ARN = `arn:${PARTITION}:sagemaker:[a-z0-9-]*:\\d{12}`;
const MODEL_PACKAGE = new RegExp(`^(?:${SAGEMAKER_ARN}:model-package/)?${NAME}(?:/\\d{1,9})?$`);
const MODEL_PACKAGE_GROUP = new RegExp(`^(?:${SAGEMAKER_ARN}:model-package-group/)?${NAME}$`);

interface Rule {
  readonly code: DiagnosticCode;
  readonly pattern: RegExp;
  readonly what: string;
  readonly fix: (value: string) => string;
}

const ROLE_RULE: Rule = {
  code: "SP941",
  pattern: ROLE,
  what: "the ARN of an IAM role",
  fix: (v) => (/^[\w+=,.@-]{1,64}$/.test(v) ? `Give the role's ARN, not its name: "arn:aws:iam::<account>:role/${v}" (the account is the 12 digits of your AWS account).` : 'Give an IAM role ARN: "arn:aws:iam::<account>:role/<name>".'),
};

const RULES: Readonly<Record<string, Rule>> = {
  RoleArn: ROLE_RULE,
  ExecutionRoleArn: ROLE_RULE,
  KmsKeyId: { code: "SP942", pattern: KMS, what: "a KMS key (a key ID, an alias/..., or the ARN of either)", fix: () => 'Give a key ID ("1234abcd-12ab-34cd-56ef-1234567890ab"), an alias ("alias/my-key") or a key ARN ("arn:aws:kms:<region>:<account>:key/<id>").' },
  VolumeKmsKeyId: { code: "SP942", pattern: KMS, what: "a KMS key (a key ID, an alias/..., or the ARN of either)", fix: () => 'Give a key ID, an alias ("alias/my-key") or a key ARN ("arn:aws:kms:<region>:<account>:key/<id>").' },
  FunctionArn: { code: "SP943", pattern: LAMBDA, what: "the ARN of a Lambda function", fix: (v) => `Give the function's ARN: "arn:aws:lambda:<region>:<account>:function:${/^[\w-]{1,64}$/.test(v) ? v : "<name>"}".` },
  ModelPackageName: { code: "SP944", pattern: MODEL_PACKAGE, what: "a model package: its ARN (\"arn:aws:sagemaker:<region>:<account>:model-package/<group>/<version>\") or its name", fix: packageFix },
  ModelPackageGroupName: { code: "SP944", pattern: MODEL_PACKAGE_GROUP, what: "a model package group: its name (letters, digits and \"-\") or its ARN", fix: groupFix },
};

/** `value` as a name SageMaker takes ("fraud detector" -> "fraud-detector"), or undefined. */
function nameLike(value: string): string | undefined {
  const name = value.trim().replace(/[^A-Za-z0-9-]+/g, "-").replace(/^-+|-+$/g, "");
  return new RegExp(`^${NAME}$`).test(name) ? name : undefined;
}

/** `; the ARN given names a "role" of iam` for an ARN of another kind of resource, or "". */
function otherArn(value: string): string {
  const m = /^arn:[^:]*:([^:]+):[^:]*:[^:]*:([a-z-]+)[/:]/.exec(value);
  return m ? `; the ARN given names a "${m[2]}" of ${m[1]}` : "";
}

function packageFix(value: string): string {
  const group = /:model-package-group\/([A-Za-z0-9-]+)$/.exec(value)?.[1];
  const name = value.startsWith("arn:") ? undefined : nameLike(value.replace(/\/\d+$/, ""));
  const arn = `"arn:aws:sagemaker:<region>:<account>:model-package/${group ?? name ?? "<group>"}/<version>"`;
  const or = name ? `, or its name with letters, digits and "-" only ("${name}")` : group ? "; a group's ARN names no package: add the version" : otherArn(value);
  return `Give the model package's ARN, ${arn} (the model registry shows it)${or}.`;
}

function groupFix(value: string): string {
  // A package version ("fraud-detector/7", or its ARN) in place of its group.
  const ofPackage = /^(?:arn:[^/]*:model-package\/)?([A-Za-z0-9-]+)\/\d+$/.exec(value)?.[1];
  const name = ofPackage ?? (value.startsWith("arn:") ? undefined : nameLike(value));
  const arn = '"arn:aws:sagemaker:<region>:<account>:model-package-group/<name>"';
  return `Give the model package group's name with letters, digits and "-" only (${name ? `"${name}"` : 'e.g. "fraud-detector"'}; at most 63, not ending in "-"), or its ARN (${arn})${ofPackage ? "; the value given is a package version of that group" : otherArn(value)}.`;
}

/** What is wrong with `value` as the ARN member `key` (RoleArn, KmsKeyId, FunctionArn, ...), or undefined. */
export function arnProblem(key: string, value: string, note = ""): { code: DiagnosticCode; message: string; fix: string } | undefined {
  const rule = RULES[key];
  if (!rule || rule.pattern.test(value)) return undefined;
  return { code: rule.code, message: `${key} must be ${rule.what}; found ${JSON.stringify(value)}${note}.`, fix: rule.fix(value) };
}

/** SP941-SP944: role, KMS key, Lambda function and model package (group) ARNs. */
export function checkArns(ctx: DefinitionContext): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  forEachStepMember(ctx.steps, ({ key, value, pointer }) => {
    if (!RULES[key]) return;
    const known = knownValue(ctx, value);
    const problem = known && typeof known.value === "string" ? arnProblem(key, known.value, parameterNote(known)) : undefined;
    if (problem) out.push(issue(problem.code, pointer, problem.message, problem.fix));
  });
  return out;
}
