// Type-checked refactoring, shown: renaming a step output with the language service (as an
// editor's "Rename Symbol" does) reaches every use, the program still type-checks, and the
// built definition changes in exactly the renamed output. Renaming by hand in one place
// instead makes the type checker point at every use left behind.
import { cpSync, readFileSync } from "node:fs";
import { buildPipelines } from "@sagepipe/compiler";
import { Project, SyntaxKind, type SourceFile } from "ts-morph";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { jsonDifferences } from "../conformance/json-diff.ts";
import { REPO, tempProject } from "../support/temp-project.ts";

const t = suite("renaming a step output");
const project = tempProject("refactoring");
const EXAMPLE = `${REPO}examples/abalone`;

for (const copy of ["before", "after", "by-hand"]) {
  cpSync(`${EXAMPLE}/pipeline.ts`, project.path(`${copy}/pipeline.ts`));
  cpSync(`${EXAMPLE}/abalone`, project.path(`${copy}/abalone`), { recursive: true });
}
const handEdited = readFileSync(project.path("by-hand/pipeline.ts"), "utf8").replace('train: "/opt/ml/processing/train"', 'training: "/opt/ml/processing/train"');
project.write({
  "by-hand/pipeline.ts": handEdited,
  "tsconfig.json": JSON.stringify({
    compilerOptions: {
      target: "es2022", lib: ["es2023"], module: "preserve", moduleResolution: "bundler", allowImportingTsExtensions: true,
      noEmit: true, strict: true, noUncheckedIndexedAccess: true, experimentalDecorators: true, skipLibCheck: true, types: ["node"],
    },
    include: ["*/pipeline.ts"],
  }),
});
const ts = new Project({ tsConfigFilePath: project.path("tsconfig.json") });
const file = (copy: string) => ts.getSourceFileOrThrow(project.path(`${copy}/pipeline.ts`));
const errors = (f: SourceFile) => f.getPreEmitDiagnostics().map((d) => `${d.getLineNumber()}: ${String(typeof d.getMessageText() === "string" ? d.getMessageText() : "(chain)")}`);
const lineOf = (f: SourceFile, text: string) => f.getFullText().split("\n").findIndex((l) => l.includes(text)) + 1;

/** The `train` key of the outputs object in process(). */
function trainKey(f: SourceFile) {
  const process = f.getClassOrThrow("Abalone").getMethodOrThrow("process");
  return process.getDescendantsOfKind(SyntaxKind.PropertyAssignment).find((p) => p.getName() === "train")!.getNameNode().asKindOrThrow(SyntaxKind.Identifier);
}

t.after(() => project.remove());

t("the language service finds the output's key and every use", () => {
  const f = file("after");
  const places = ts.getLanguageService().findRenameLocations(trainKey(f)).map((l) => f.getLineAndColumnAtPos(l.getTextSpan().getStart()).line);
  assert.equal(places.sort((a, b) => a - b), [lineOf(f, 'train: "/opt/ml/processing/train"'), lineOf(f, "this.process().outputs.train,")]);
});

t("after the rename the program type-checks", () => {
  assert.equal(errors(file("before")), [], "the example type-checks to begin with");
  trainKey(file("after")).rename("training");
  ts.saveSync();
  const saved = readFileSync(project.path("after/pipeline.ts"), "utf8");
  assert.ok(saved.includes('training: "/opt/ml/processing/train"') && saved.includes("this.process().outputs.training,"), "the key and its use are renamed");
  assert.not.ok(/outputs\.train\b/.test(saved), "no use of the old name is left");
  assert.ok(saved.includes("train: { s3Data:"), "the training channel named train (another symbol) is untouched");
  assert.equal(errors(file("after")), []);
});

t("the definition changes in exactly the renamed output, in every Get", async () => {
  const before = await buildPipelines(project.path("before/pipeline.ts"));
  const after = await buildPipelines(project.path("after/pipeline.ts"));
  assert.ok(before.ok && after.ok, "both build");
  const a = before.pipelines[0]!.definitionJson;
  const b = after.pipelines[0]!.definitionJson;
  const gets = a.match(/Outputs\['train'\]/g)?.length ?? 0;
  assert.ok(gets >= 1, "the training step reads the output through a Get");
  assert.is(b.match(/Outputs\['training'\]/g)?.length ?? 0, gets, "every Get follows the rename");
  assert.not.ok(b.includes("Outputs['train']"), "no Get of the old name is left");
  const differences = jsonDifferences(JSON.parse(a), JSON.parse(b));
  assert.ok(differences.length >= gets + 1, "the Gets and the output's own name differ");
  for (const d of differences) {
    const renamed = d.ours === "train" ? "training" : String(d.ours).replaceAll("Outputs['train']", "Outputs['training']");
    assert.is(typeof d.ours, "string", `${d.pointer} is a string`);
    assert.is(d.theirs, renamed, `${d.pointer} differs only by the rename`);
  }
  assert.equal(differences.map((d) => d.pointer), [
    "/Steps/0/Arguments/ProcessingOutputConfig/Outputs/0/OutputName",
    "/Steps/0/Arguments/ProcessingOutputConfig/Outputs/0/S3Output/S3Uri/Std:Join/Values/6",
    "/Steps/1/Arguments/InputDataConfig/0/DataSource/S3DataSource/S3Uri/Get",
  ], "the output's name, its default S3 location (which ends with the name), and the training step's Get");
});

t("renaming the key by hand in one place makes the type checker point at the use left behind", () => {
  const f = file("by-hand");
  const line = lineOf(f, "this.process().outputs.train,");
  const found = errors(f);
  assert.is(found.length, 1, found.join("\n"));
  assert.ok(found[0]!.startsWith(`${line}: Property 'train' does not exist`), found[0]);
});

t.run();
