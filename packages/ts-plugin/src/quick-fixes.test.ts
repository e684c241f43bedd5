import { suite } from "uvu";
import * as assert from "uvu/assert";
import { fixtureProject } from "./testing/fixture-project.ts";
import { mutate, TEMPLATE_PIPELINE } from "./testing/template-pipeline.ts";
import { applyEdits, type ProtocolEdit } from "./testing/text-edits.ts";
import { TsServer, TYPESCRIPTS } from "./testing/tsserver-client.ts";

interface CodeFix { fixName: string; description: string; changes: { fileName: string; textChanges: ProtocolEdit[] }[] }

const FAIL_LINE = 'fail(join(" ", ["The model\'s mean squared error is above", this.maxError]))';
const IMPORT_END = "scriptProcessor, sklearnProcessor,";

/** Each case: a mistake made in the template, its code, and the text the quick fix must give back. */
const CASES: { name: string; code: number; broken: string; fixed: string }[] = [
  { name: "a misspelled output -> the closest output", code: 403, broken: mutate(TEMPLATE_PIPELINE, "outputs.train, contentType", "outputs.trainn, contentType"), fixed: TEMPLATE_PIPELINE },
  { name: "a misspelled property file -> the closest declared", code: 401, broken: mutate(TEMPLATE_PIPELINE, "propertyFiles.Evaluation,", "propertyFiles.Evalution,"), fixed: TEMPLATE_PIPELINE },
  { name: "a property file in a misspelled output -> the closest output", code: 402, broken: mutate(TEMPLATE_PIPELINE, 'output: "evaluation"', 'output: "evalution"'), fixed: TEMPLATE_PIPELINE },
  { name: "a pipeline class without export -> export class", code: 2, broken: mutate(TEMPLATE_PIPELINE, "export class MyPipeline", "class MyPipeline"), fixed: TEMPLATE_PIPELINE },
  { name: "a step decorator without () -> called", code: 28, broken: mutate(TEMPLATE_PIPELINE, "  @Training()\n", "  @Training\n"), fixed: TEMPLATE_PIPELINE },
  {
    name: "@Pipeline without () -> called with the class's name",
    code: 28,
    broken: mutate(TEMPLATE_PIPELINE, '@Pipeline({ name: "MyPipeline", region: "us-east-1", bucket: "my-bucket" })', "@Pipeline"),
    fixed: mutate(TEMPLATE_PIPELINE, '@Pipeline({ name: "MyPipeline", region: "us-east-1", bucket: "my-bucket" })', '@Pipeline({ name: "MyPipeline" })'),
  },
  {
    name: 'dependsOn: ["Name"] -> (self) => [self.method], a misspelled name matched to the closest step',
    code: 29,
    broken: mutate(TEMPLATE_PIPELINE, "  @ModelStep()\n", '  @ModelStep({ dependsOn: ["Evaluate", "Prepar"] })\n'),
    fixed: mutate(TEMPLATE_PIPELINE, "  @ModelStep()\n", "  @ModelStep({ dependsOn: (self: MyPipeline) => [self.evaluate, self.prepare] })\n"),
  },
  {
    name: "a misspelled execution variable -> the one it means",
    code: 30,
    broken: mutate(mutate(TEMPLATE_PIPELINE, FAIL_LINE, 'fail(join(" ", ["Run", ExecutionVariables.PipelineExecutionID]))'), IMPORT_END, `${IMPORT_END} ExecutionVariables,`),
    fixed: mutate(mutate(TEMPLATE_PIPELINE, FAIL_LINE, 'fail(join(" ", ["Run", ExecutionVariables.PipelineExecutionId]))'), IMPORT_END, `${IMPORT_END} ExecutionVariables,`),
  },
  {
    name: "a template literal holding a variable -> the str tag, imported",
    code: 301,
    broken: mutate(TEMPLATE_PIPELINE, FAIL_LINE, "fail(`MSE above ${this.maxError}`)"),
    fixed: mutate(mutate(TEMPLATE_PIPELINE, FAIL_LINE, "fail(str`MSE above ${this.maxError}`)"), IMPORT_END, "scriptProcessor, sklearnProcessor, str,"),
  },
  {
    name: "String(x) -> str`${x}`",
    code: 303,
    broken: mutate(TEMPLATE_PIPELINE, FAIL_LINE, "fail(String(this.maxError))"),
    fixed: mutate(mutate(TEMPLATE_PIPELINE, FAIL_LINE, "fail(str`${this.maxError}`)"), IMPORT_END, "scriptProcessor, sklearnProcessor, str,"),
  },
  {
    name: "x.toString() -> str`${x}`",
    code: 303,
    broken: mutate(TEMPLATE_PIPELINE, FAIL_LINE, "fail(this.maxError.toString())"),
    fixed: mutate(mutate(TEMPLATE_PIPELINE, FAIL_LINE, "fail(str`${this.maxError}`)"), IMPORT_END, "scriptProcessor, sklearnProcessor, str,"),
  },
  {
    name: '"a" + x + "b" -> the tag, with text escaped for a template',
    code: 302,
    broken: mutate(TEMPLATE_PIPELINE, FAIL_LINE, 'fail("MSE `above` " + this.maxError + "!")'),
    fixed: mutate(mutate(TEMPLATE_PIPELINE, FAIL_LINE, "fail(str`MSE \\`above\\` ${this.maxError}!`)"), IMPORT_END, "scriptProcessor, sklearnProcessor, str,"),
  },
  {
    name: "s3 in a URI built with + -> the s3 tag",
    code: 302,
    broken: mutate(TEMPLATE_PIPELINE, 'source: this.inputData, destination: "/opt/ml/processing/input"', 'source: "s3://my-bucket/" + this.inputData, destination: "/opt/ml/processing/input"'),
    fixed: mutate(mutate(TEMPLATE_PIPELINE, 'source: this.inputData, destination: "/opt/ml/processing/input"', 'source: s3`s3://my-bucket/${this.inputData}`, destination: "/opt/ml/processing/input"'), IMPORT_END, "scriptProcessor, sklearnProcessor, s3,"),
  },
  {
    name: "a tag called as a function -> used as a tag",
    code: 31,
    broken: mutate(mutate(TEMPLATE_PIPELINE, '"s3://my-bucket/data/data.csv"', 's3("s3://my-bucket/data/data.csv")'), IMPORT_END, `${IMPORT_END} s3,`),
    fixed: mutate(mutate(TEMPLATE_PIPELINE, '"s3://my-bucket/data/data.csv"', "s3`s3://my-bucket/data/data.csv`"), IMPORT_END, `${IMPORT_END} s3,`),
  },
];

for (const typescript of TYPESCRIPTS) {
  const t = suite(`ts-plugin quick fixes in tsserver (${typescript})`);
  const project = fixtureProject(Object.fromEntries(CASES.map((c, i) => [`case${i}.ts`, c.broken])));
  const server = TsServer.start(typescript, project.dir, project.dir);
  t.after(async () => {
    await server.close();
    project.remove();
  });

  CASES.forEach((c, i) => {
    t(c.name, async () => {
      const file = project.file(`case${i}.ts`);
      server.open(file);
      const diagnostic = (await server.diagnostics(file)).find((d) => d.source === "sagepipe" && d.code === c.code);
      assert.ok(diagnostic, `SP${c.code} is reported`);
      const fixes = await server.request<CodeFix[]>("getCodeFixes", { file, startLine: diagnostic!.start.line, startOffset: diagnostic!.start.offset, endLine: diagnostic!.end.line, endOffset: diagnostic!.end.offset, errorCodes: [c.code] });
      const ours = fixes.filter((f) => f.fixName.startsWith("sagepipe"));
      assert.is(ours.length, 1, JSON.stringify(fixes));
      assert.equal(ours[0]!.changes.map((ch) => ch.fileName), [file]);
      assert.fixture(applyEdits(c.broken, ours[0]!.changes[0]!.textChanges), c.fixed);
      const after = applyEdits(c.broken, ours[0]!.changes[0]!.textChanges);
      server.replaceText(file, c.broken, after);
      assert.not.ok((await server.diagnostics(file)).some((d) => d.source === "sagepipe" && d.code === c.code), "the fix makes the diagnostic go away");
    });
  });

  t("getSupportedCodeFixes lists the codes the plugin fixes (for an open file)", async () => {
    const codes = await server.request<string[]>("getSupportedCodeFixes", { file: project.file("case0.ts"), projectFileName: project.file("tsconfig.json") });
    for (const code of [2, 28, 29, 30, 31, 301, 302, 303, 401, 402, 403]) assert.ok(codes.includes(String(code)), `${code} in ${codes.length} codes`);
  });

  t("no fix is offered for codes the plugin does not fix, and nothing went wrong inside the plugin", async () => {
    const file = project.file("case0.ts");
    const fixes = await server.request<CodeFix[]>("getCodeFixes", { file, startLine: 1, startOffset: 1, endLine: 1, endOffset: 2, errorCodes: [304] });
    assert.equal(fixes, []);
    assert.not.match(server.log(), "sagepipe: quick fixes failed");
    assert.not.match(server.log(), "sagepipe: diagnostics failed");
  });

  t.run();
}
