// ARNs SageMaker checks only when the job or the pipeline starts: execution roles, KMS keys,
// Lambda functions. Literals and parameter defaults are checked.
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
};

/** What is wrong with `value` as the ARN member `key` (RoleArn, KmsKeyId, FunctionArn, ...), or undefined. */
export function arnProblem(key: string, value: string, note = ""): { code: DiagnosticCode; message: string; fix: string } | undefined {
  const rule = RULES[key];
  if (!rule || rule.pattern.test(value)) return undefined;
  return { code: rule.code, message: `${key} must be ${rule.what}; found ${JSON.stringify(value)}${note}.`, fix: rule.fix(value) };
}

/** SP941-SP943: role, KMS key and Lambda function ARNs. */
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
