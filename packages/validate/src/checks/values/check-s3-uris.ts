// S3 URIs: the scheme (`s3://`, once), the bucket name rules, and a local path given where
// SageMaker reads or writes S3. Literals, parameter defaults and the literal start of a
// Std:Join are checked; the rest is known only at run time.
import type { DefinitionContext } from "../../definition/definition-context.ts";
import { forEachStepMember } from "../../definition/step-members.ts";
import { issue, type ValidationIssue } from "../../validation-issue.ts";
import { bucketNameFix, bucketNameProblem, BUCKET_RULES_URL } from "./bucket-name.ts";
import { joinPrefix, knownValue, parameterNote, type KnownValue } from "./literal-value.ts";

/** Members that hold an S3 URI. */
const S3_KEYS = new Set(["S3Uri", "S3OutputPath", "ModelDataUrl", "SamplePayloadUrl"]);
const looksLocal = (v: string) => /^(?:\/|\.{1,2}\/|~|[A-Za-z]:\\)/.test(v) || v.includes("\\");

/** Where a job writes its results: an output's S3Uri, an OutputDataConfig's or TransformOutput's S3OutputPath. */
const isOutput = (key: string, pointer: string) => key === "S3OutputPath" || pointer.includes("/S3Output/");

/** What to do with a local path: upload an input; give an output an S3 location to copy from afterwards. */
function uploadAdvice(v: string, output: boolean): string {
  const key = v.replace(/^(?:\.{1,2}\/|~\/|\/)+/, "");
  if (output) return `SageMaker writes the results to S3, not to this machine: give an s3:// URI ("s3://<bucket>/${key}") and copy them from there afterwards (\`aws s3 cp --recursive s3://<bucket>/${key} ${v}\`).`;
  return `Upload it first (\`aws s3 cp ${v} s3://<bucket>/${key}\`) and give that s3:// URI; a script goes in the step's \`code\` option instead, which sagepipe uploads on deploy.`;
}

/** The problem with one URI text (`complete` is false for the literal start of a Std:Join). */
function uriIssue(key: string, pointer: string, known: KnownValue, complete: boolean): ValidationIssue | undefined {
  const v = String(known.value);
  const note = parameterNote(known);
  if (v.startsWith("s3://s3://") || v.startsWith("s3://s3:/")) {
    const bucket = `s3://${v.slice(10).split("/")[0]}`;
    return { ...issue("SP952", pointer, `${key} ${JSON.stringify(v)}${note} has the scheme twice: "s3://" was given with a bucket that already starts with it.`, 'Give the bucket by its name only (`bucket: "my-bucket"`, not "s3://my-bucket").'), bucket };
  }
  if (v.startsWith("s3://")) {
    const rest = v.slice(5);
    const slash = rest.indexOf("/");
    // The literal start of a Std:Join may end inside the bucket name.
    if (slash < 0 && !complete) return undefined;
    const bucket = slash < 0 ? rest : rest.slice(0, slash);
    const problem = bucketNameProblem(bucket);
    if (!problem) return undefined;
    return { ...issue("SP953", pointer, `${key} ${JSON.stringify(v)}${note}: the bucket name "${bucket}" ${problem}, which S3 does not allow (${BUCKET_RULES_URL}).`, bucketNameFix(bucket)), bucket };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v)) {
    if (key === "ModelDataUrl" && /^https:\/\//.test(v)) return undefined;
    return issue("SP951", pointer, `${key} must be an S3 URI ("s3://<bucket>/<key>"); found ${JSON.stringify(v)}${note}.`, "Copy the data to S3 and give its s3:// URI.");
  }
  if (!complete && v.length < 5 && "s3://".startsWith(v)) return undefined;
  if (looksLocal(v)) {
    return issue("SP954", pointer, `${key} must be an S3 URI; found the local path ${JSON.stringify(v)}${note}. SageMaker jobs read and write S3, not the machine that builds the pipeline.`, uploadAdvice(v, isOutput(key, pointer)));
  }
  return issue("SP951", pointer, `${key} must be an S3 URI ("s3://<bucket>/<key>"); found ${JSON.stringify(v)}${note}, which has no "s3://".`, `If "${v.split("/")[0]}" is a bucket, write "s3://${v}". If it is a local path: ${uploadAdvice(v, isOutput(key, pointer))}`);
}

/** SP951-SP954 on every member that holds an S3 URI. */
export function checkS3Uris(ctx: DefinitionContext): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  forEachStepMember(ctx.steps, ({ key, value, pointer }) => {
    if (!S3_KEYS.has(key)) return;
    const literal = knownValue(ctx, value);
    const known = literal ?? joinPrefix(ctx, value);
    if (!known || typeof known.value !== "string") return;
    const problem = uriIssue(key, pointer, known, literal !== undefined);
    if (problem) out.push(problem);
  });
  return out;
}
