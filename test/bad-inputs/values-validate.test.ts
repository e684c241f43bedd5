// `sagepipe validate` on definition JSON with values SageMaker would reject (SP941-SP982): each
// case edits the text of a conformance golden (the SDK's output, valid as it is) and asserts the
// code, the line:col of the value in the file, and the fix.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { formatIssues, issuesToJson, parseJson, validateDefinition } from "@sagepipe/validate";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { asExample, assertDocExample } from "../docs/doc-examples.ts";
import { REPO } from "../support/temp-project.ts";

interface ValidateCase {
  readonly name: string;
  readonly golden: string;
  /** The text to replace in the golden file, and its replacement (the first occurrence). */
  readonly replace: readonly [string, string];
  /** More replacements, made after `replace`. */
  readonly also?: readonly (readonly [string, string])[];
  /** Every finding: "SP941 168:9" (code line:col). */
  readonly expect: readonly string[];
  /** Text each finding's fix contains, in order. */
  readonly fix: readonly string[];
}

const CASES: readonly ValidateCase[] = [
  { name: "a comma missing after a value", golden: "abalone", replace: ['"Metadata": {},', '"Metadata": {}'], expect: ["SP901 3:3"], fix: ["Correct the JSON syntax"] },
  { name: "a role name instead of an ARN", golden: "abalone", replace: ['"RoleArn": "arn:aws:iam::123456789012:role/SageMakerRole"', '"RoleArn": "SageMakerRole"'], expect: ["SP941 168:9"], fix: ['"arn:aws:iam::<account>:role/SageMakerRole"'] },
  { name: "a KMS key given by a made-up name", golden: "processing_step", replace: ['"VolumeKmsKeyId": "arn:aws:kms:us-east-1:123456789012:key/volume"', '"VolumeKmsKeyId": "my-key"'], expect: ["SP942 130:13"], fix: ['"alias/my-key"'] },
  { name: "a Lambda function given by its name", golden: "lambda_step", replace: ['"FunctionArn": "arn:aws:lambda:us-east-1:123456789012:function:my-function"', '"FunctionArn": "my-function"'], expect: ["SP943 37:7"], fix: ['"arn:aws:lambda:<region>:<account>:function:my-function"'] },
  { name: "a role ARN where the model package belongs", golden: "model_package_step", replace: ['"ModelPackageName": "arn:aws:sagemaker:us-east-1:123456789012:model-package/fraud-detector/7"', '"ModelPackageName": "arn:aws:iam::123456789012:role/SageMakerRole"'], expect: ["SP944 26:13"], fix: ['the ARN given names a "role" of iam'] },
  { name: "a model package group name with spaces", golden: "abalone", replace: ['"ModelPackageGroupName": "AbaloneModelPackageGroupName"', '"ModelPackageGroupName": "Abalone package group"'], expect: ["SP944 384:15"], fix: ['("Abalone-package-group";'] },
  { name: "a parameter default without s3://", golden: "abalone", replace: ['"DefaultValue": "s3://my-bucket/abalone/abalone-dataset.csv"', '"DefaultValue": "my-bucket/abalone/abalone-dataset.csv"'], expect: ["SP951 63:15"], fix: ['write "s3://my-bucket/abalone/abalone-dataset.csv"'] },
  { name: "a parameter default in a bucket with an underscore", golden: "abalone", replace: ['"DefaultValue": "s3://my-bucket/abalone/abalone-dataset.csv"', '"DefaultValue": "s3://my_bucket/abalone/abalone-dataset.csv"'], expect: ["SP953 63:15"], fix: ['(e.g. "my-bucket")'] },
  { name: "an output path in a bucket of two letters", golden: "abalone", replace: ['"S3OutputPath": "s3://my-bucket/AbaloneTrain"', '"S3OutputPath": "s3://ab/AbaloneTrain"'], expect: ["SP953 181:11"], fix: ["3 to 63 lower-case letters"] },
  { name: "a processing input outside /opt/ml/processing", golden: "processing_step", replace: ['"LocalPath": "/opt/ml/processing/input"', '"LocalPath": "/input"'], expect: ["SP955 53:15"], fix: ['"/opt/ml/processing/input"'] },
  { name: "a processing output outside /opt/ml/processing", golden: "processing_step", replace: ['"LocalPath": "/opt/ml/processing/fixed"', '"LocalPath": "/opt/ml/fixed"'], expect: ["SP955 119:17"], fix: ['"/opt/ml/processing/output/fixed"'] },
  { name: "a metric compared with a string", golden: "abalone", replace: ['"RightValue": 6.0', '"RightValue": "6.0"'], expect: ["SP972 331:11"], fix: ['Compare with a number (0.9, not "0.9")'] },
  { name: "a top-level DependsOn on a step inside a branch", golden: "conditions", replace: ['"Name": "ReportOutcome",', '"DependsOn": [\n        "IfBranch"\n      ],\n      "Name": "ReportOutcome",'], expect: ["SP982 234:9"], fix: ["Put both steps in the same branch"] },
  {
    name: "a metric compared with a String parameter",
    golden: "abalone",
    replace: ['"RightValue": 6.0', '"RightValue": {\n              "Get": "Parameters.MseThreshold"\n            }'],
    also: [['"Parameters": [\n', '"Parameters": [\n    {\n      "DefaultValue": "6.0",\n      "Name": "MseThreshold",\n      "Type": "String"\n    },\n']],
    expect: ["SP972 336:11"],
    fix: ["Make the parameter an Integer or Float parameter"],
  },
];

const t = suite("bad inputs: values in a definition (sagepipe validate)");

for (const c of CASES) {
  t(`${c.name}: ${c.expect.join(", ")}`, () => {
    const original = readFileSync(join(REPO, "../shared/conformance/goldens", `${c.golden}.json`), "utf8");
    assert.ok(original.includes(c.replace[0]), `${c.golden}.json has ${c.replace[0]}`);
    let text = original.replace(c.replace[0], c.replace[1]);
    for (const [from, to] of c.also ?? []) {
      assert.ok(text.includes(from), `${c.golden}.json has ${from}`);
      text = text.replace(from, to);
    }
    const file = `${c.golden}.json`;
    const parsed = parseJson(text);
    const issues = parsed.ok ? validateDefinition(parsed.value) : [parsed.issue];
    const found = parsed.ok ? issuesToJson(issues, file, text) : issuesToJson(issues, file, text, parsed.position);
    const printed = issues.map((i) => ({ code: i.code, text: asExample(formatIssues([i], file, parsed.ok ? { source: text } : { source: text, at: parsed.position })) }));
    assertDocExample(c.name, printed);
    const shown = found.map((d) => `${d.line}:${d.column} ${d.code} ${d.pointer}: ${d.message}\n  fix: ${d.fix}`).join("\n");
    assert.equal(found.map((d) => `${d.code} ${d.line}:${d.column}`), [...c.expect], shown);
    c.fix.forEach((words, i) => assert.ok(found[i]?.fix.includes(words), `the fix says ${JSON.stringify(words)}:\n${shown}`));
  });
}

t.run();
