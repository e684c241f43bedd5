import { suite } from "uvu";
import * as assert from "uvu/assert";
import { extractProgram } from "../extract/extract.ts";
import { diskReader } from "../extract/source-files.ts";
import { checkPipeline } from "./index.ts";

const t = suite("SP701 unused parameters");
const ENTRY = "/virtual/pipeline.ts";

function codesOf(source: string): string[] {
  const facts = extractProgram(ENTRY, diskReader(new Map([[ENTRY, source]])));
  return facts.pipelines.flatMap((p) => checkPipeline(p)).map((d) => `${d.code} ${d.span.line}`);
}

const STEP = `  @Processing() track() { return p.run({}); }`;

t("a parameter read only by the experiment config counts as used", () => {
  const codes = codesOf(`import { Pipeline, Processing, param, processor } from "@sagepipe/core";
const p = processor({ role: "r", image: "img", instanceType: "ml.m5.xlarge", instanceCount: 1 });
@Pipeline<P>({ name: "P", experimentConfig: (self) => ({ experimentName: self.experiment, trialName: "t" }) })
export class P {
  experiment = param.string("Experiment", "e");
${STEP}
}
`);
  assert.equal(codes.filter((c) => c.startsWith("SP701")), []);
});

t("a parameter nothing reads is still reported", () => {
  const codes = codesOf(`import { Pipeline, Processing, param, processor } from "@sagepipe/core";
const p = processor({ role: "r", image: "img", instanceType: "ml.m5.xlarge", instanceCount: 1 });
@Pipeline<P>({ name: "P", experimentConfig: (self) => ({ experimentName: "e", trialName: "t" }) })
export class P {
  experiment = param.string("Experiment", "e");
${STEP}
}
`);
  assert.equal(codes.filter((c) => c.startsWith("SP701")), ["SP701 5"]);
});

t.run();
