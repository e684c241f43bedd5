import { checkEntry } from "@sagepipe/compiler";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { fixtureProject } from "./testing/fixture-project.ts";
import { mutate, TEMPLATE_PIPELINE } from "./testing/template-pipeline.ts";
import { TsServer, TYPESCRIPTS, type ProtocolDiagnostic } from "./testing/tsserver-client.ts";

const ours = (ds: ProtocolDiagnostic[]) => ds.filter((d) => d.source === "sagepipe");
const summary = (ds: ProtocolDiagnostic[]) => ours(ds).map((d) => `SP${String(d.code).padStart(3, "0")} ${d.start.line}:${d.start.offset} ${d.category}`).sort();

/** Several mistakes at once: a misspelled output, an untagged template, names as dependsOn. */
const MISTAKES = [
  ["outputs.train, contentType", "outputs.trin, contentType"],
  ['fail(join(" ", ["The model\'s mean squared error is above", this.maxError]))', "fail(`The error is above ${this.maxError}`)"],
  ["  @Training()\n", '  @Training({ dependsOn: ["Evaluate"] })\n'],
].reduce((text, [from, to]) => mutate(text, from!, to!), TEMPLATE_PIPELINE);

for (const typescript of TYPESCRIPTS) {
  const t = suite(`ts-plugin in tsserver: diagnostics, hover, references (${typescript})`);
  const project = fixtureProject({ "pipeline.ts": TEMPLATE_PIPELINE, "mistakes.ts": MISTAKES, "unexported.ts": mutate(TEMPLATE_PIPELINE, "export class MyPipeline", "class MyPipeline") });
  const server = TsServer.start(typescript, project.dir, project.dir);
  t.after(async () => {
    await server.close();
    project.remove();
  });

  t("the plugin loads from the tsconfig and finds nothing wrong in the init template", async () => {
    server.open(project.file("pipeline.ts"));
    const ds = await server.diagnostics(project.file("pipeline.ts"));
    assert.equal(ds, [], JSON.stringify(ds));
    assert.match(server.log(), "sagepipe: plugin loaded");
  });

  t("diagnostics are those of `sagepipe check`: same codes, same places, same severities", async () => {
    const file = project.file("mistakes.ts");
    server.open(file);
    const ds = await server.diagnostics(file);
    const checked = checkEntry(file, { typecheck: false, cacheDir: false }).diagnostics.filter((d) => d.span.file === file);
    const expected = checked.map((d) => `${d.code} ${d.span.line}:${d.span.col} ${d.severity}`).sort();
    assert.ok(expected.length >= 3, expected.join(", "));
    assert.equal(summary(ds), expected);
    assert.ok(expected.some((e) => e.startsWith("SP403")) && expected.some((e) => e.startsWith("SP301")) && expected.some((e) => e.startsWith("SP029")), expected.join(", "));
    const sp403 = ours(ds).find((d) => d.code === 403)!;
    assert.equal(sp403.end.offset - sp403.start.offset, "trin".length);
    assert.match(sp403.text, "prepare() has no output 'trin' (did you mean 'train'?)");
    assert.match(sp403.text, "\nfix: Use one of 'train', 'test'");
    assert.ok(ds.some((d) => d.source !== "sagepipe"), "TypeScript's own errors are still there");
  });

  t("a pipeline class without export is SP002, as build says", async () => {
    const file = project.file("unexported.ts");
    server.open(file);
    assert.equal(summary(await server.diagnostics(file)), ["SP002 14:7 error"]);
  });

  t("diagnostics follow edits as they are typed, before anything is saved", async () => {
    const file = project.file("pipeline.ts");
    const typo = mutate(TEMPLATE_PIPELINE, "outputs.test, destination", "outputs.tset, destination");
    server.replaceText(file, TEMPLATE_PIPELINE, typo);
    const ds = await server.diagnostics(file);
    assert.equal(summary(ds), ["SP403 44:42 error"]);
    server.replaceText(file, typo, TEMPLATE_PIPELINE);
    assert.equal(ours(await server.diagnostics(file)), []);
  });

  t("an edit in an imported file re-checks the pipeline that imports it", async () => {
    const steps = project.write("outputs.ts", 'export const trainOutput = "/opt/ml/processing/train";\n');
    const entry = project.write("imports.ts", mutate(mutate(TEMPLATE_PIPELINE, "} from \"@sagepipe/core\";", "} from \"@sagepipe/core\";\nimport { trainOutput } from \"./outputs.ts\";"), 'train: "/opt/ml/processing/train"', "train: trainOutput"));
    server.open(entry);
    server.open(steps);
    assert.equal(ours(await server.diagnostics(entry)), []);
    server.replaceText(steps, 'export const trainOutput = "/opt/ml/processing/train";\n', 'export const trainOutput = "/opt/ml/processing/train";\nimport "./imports.ts";\n');
    assert.equal(summary(await server.diagnostics(steps)), ["SP032 2:1 warning"]);
  });

  t("hovering a step method shows its step name, kind, and the steps before and after it", async () => {
    const file = project.file("pipeline.ts");
    const line = TEMPLATE_PIPELINE.split("\n").findIndex((l) => l.trim() === "evaluate() {") + 1;
    const info = await server.request<{ documentation: string | { text: string }[]; displayString: string }>("quickinfo", { file, line, offset: 5 });
    const doc = typeof info.documentation === "string" ? info.documentation : info.documentation.map((p) => p.text).join("");
    assert.match(info.displayString, "evaluate()", "TypeScript's own quick info is kept");
    assert.match(doc, "sagepipe step 'Evaluate' (Processing) of pipeline 'MyPipeline'");
    assert.match(doc, "upstream: train() (Train), prepare() (Prepare)");
    assert.match(doc, "downstream: accurateEnough() (AccurateEnough)");
    const other = await server.request<{ documentation: string | { text: string }[] }>("quickinfo", { file, line: line + 2, offset: 20 });
    const otherDoc = typeof other.documentation === "string" ? other.documentation : other.documentation.map((p) => p.text).join("");
    assert.not.match(otherDoc, "sagepipe step", "only a step method's name gets it");
  });

  t("find references on a step method still lists its uses (TypeScript's, untouched)", async () => {
    const file = project.file("pipeline.ts");
    const line = TEMPLATE_PIPELINE.split("\n").findIndex((l) => l.trim() === "prepare() {") + 1;
    const refs = await server.request<{ refs: { file: string; lineText: string }[] }>("references", { file, line, offset: 3 });
    const uses = refs.refs.filter((r) => r.file === file && r.lineText.includes("this.prepare()"));
    assert.is(uses.length, 2);
  });

  t("nothing went wrong inside the plugin", () => {
    assert.not.match(server.log(), /sagepipe: \w+ failed/);
  });

  t.run();
}
