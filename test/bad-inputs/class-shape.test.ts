// Bad inputs in the shape of the pipeline class itself, found by `check` from the source alone:
// members that cannot be steps, a constructor with parameters, decorators without `()`,
// dependsOn given strings, a step returned twice, another pipeline's steps, two pipelines with
// one name, misspelled execution variables, a tag called as a function, circular imports.
import { corpusSuite, HEAD } from "./corpus.ts";

const P = `@Pipeline({ name: "P", bucket: "b" })\nexport class P {\n`;
const run = `p.run({ outputs: { o: "/o" } })`;

corpusSuite("bad inputs: the class itself", [
  {
    name: "a step method with a parameter",
    source: HEAD + P + `  @Processing() a(split: string) { return p.run({ outputs: { o: split } }); }
}
`,
    expect: ["SP020 6:19"],
    fixes: ["Remove the parameters. Read values from fields of the class (a parameter: `x = param.string(\"X\", ...)`) or from module constants."],
  },
  {
    name: "an async step method",
    source: HEAD + P + `  @Processing() async a() { return ${run}; }
}
`,
    expect: ["SP021 6:17"],
    fixes: ["Remove `async` (or `*`) and return the step directly. Work that must wait belongs in the job the step runs."],
  },
  {
    name: "a generator step method",
    source: HEAD + P + `  @Processing() *a() { yield ${run}; }
}
`,
    expect: ["SP021 6:17"],
    fixes: ["Remove `async` (or `*`) and return the step directly. Work that must wait belongs in the job the step runs."],
  },
  {
    name: "a static step method",
    source: HEAD + P + `  @Processing() static a() { return ${run}; }
}
`,
    expect: ["SP022 6:17"],
    fixes: ["Remove `static`."],
  },
  {
    name: "a getter decorated as a step",
    source: HEAD + P + `  @Processing() get a() { return ${run}; }
}
`,
    expect: ["SP023 6:21"],
    fixes: ["Write it as a method: a() { return ... }."],
  },
  {
    name: "a constructor with parameters",
    source: HEAD + P + `  constructor(readonly env: string) {}
  @Processing() a() { return ${run}; }
}
`,
    expect: ["SP024 6:15"],
    fixes: ["Remove the constructor's parameters: declare values as pipeline parameters (param.string(...), ...) or module constants."],
  },
  {
    name: "a step method that returns another step",
    source: HEAD + P + `  @Processing() a() { return ${run}; }
  @Processing() b() { return this.a(); }
}
`,
    expect: ["SP025 7:30"],
    fixes: ["Return a new step from a helper (e.g. processor(...).run(...)); to run after a(), use its outputs or add dependsOn: (self) => [self.a]."],
  },
  {
    name: "two pipelines with one name",
    source: HEAD + `@Pipeline({ name: "Daily", bucket: "b" })
export class Daily {
  @Processing() a() { return ${run}; }
}
@Pipeline({ name: "Daily", bucket: "b" })
export class Weekly {
  @Processing() a() { return ${run}; }
}
`,
    expect: ["SP026 8:19"],
    fixes: ["Give each @Pipeline its own name."],
  },
  {
    name: "a step of another pipeline class",
    source: HEAD + `@Pipeline({ name: "Prep", bucket: "b" })
export class Prep {
  @Processing() prepare() { return ${run}; }
}
${P}  @Processing() a() { return p.run({ inputs: [{ source: new Prep().prepare().outputs.o, destination: "/i" }] }); }
}
`,
    expect: ["SP027 10:57"],
    fixes: ["Declare the step in this class (or in a base class both extend), or read what Prep produced through a parameter (its S3 URI)."],
  },
  {
    name: "a step of another pipeline's instance",
    source: HEAD + `@Pipeline({ name: "Prep", bucket: "b" })
export class Prep {
  @Processing() prepare() { return ${run}; }
}
const prep = new Prep();
${P}  @Processing() a() { return p.run({ inputs: [{ source: prep.prepare().outputs.o, destination: "/i" }] }); }
}
`,
    expect: ["SP027 11:57"],
    fixes: ["Declare the step in this class (or in a base class both extend), or read what Prep produced through a parameter (its S3 URI)."],
  },
  {
    name: "@Pipeline without parentheses",
    source: HEAD + `@Pipeline
export class P {
  @Processing() a() { return ${run}; }
}
`,
    expect: ["SP028 4:1"],
    fixes: ["Write @Pipeline({ name: \"MyPipeline\" })."],
  },
  {
    name: "@Processing without parentheses",
    source: HEAD + P + `  @Processing
  a() { return ${run}; }
}
`,
    expect: ["SP028 6:3"],
    fixes: ["Write @Processing() (options go inside: @Processing({ name: \"MyStep\" }))."],
  },
  {
    name: "dependsOn given step names as strings",
    source: HEAD + P + `  @Processing({ name: "Prepare" }) prepare() { return ${run}; }
  @Processing({ dependsOn: ["Prepare"] }) b() { return ${run}; }
}
`,
    expect: ["SP029 7:28"],
    fixes: ["Write dependsOn: (self) => [self.prepare]."],
  },
  {
    name: "a misspelled execution variable",
    source: HEAD.replace("import {", "import { ExecutionVariables,") + P + `  @Processing() a() {
    return p.run({ outputs: { o: { source: "/o", destination: s3\`s3://b/\${ExecutionVariables.PipelineExecutionID}/o\` } } });
  }
}
`,
    expect: ["SP030 7:94"],
    fixes: ["Write ExecutionVariables.PipelineExecutionId."],
  },
  {
    name: "a template tag called as a function",
    source: HEAD + P + `  @Processing() a() {
    return p.run({ outputs: { o: { source: "/o", destination: s3("s3://b/out") } } });
  }
}
`,
    expect: ["SP031 7:63"],
    fixes: ["Use it as a tag, with no parentheses: s3`s3://${bucket}/data`; or a plain string if nothing in it is a pipeline variable."],
  },
  {
    name: "an output name misspelled",
    source: HEAD + P + `  @Processing() prep() { return p.run({ outputs: { train: "/opt/ml/processing/train", test: "/opt/ml/processing/test" } }); }
  @Training() fit() {
    return e.fit({ train: { s3Data: this.prep().outputs.trian } });
  }
}
`,
    expect: ["SP403 8:57"],
    fixes: ["Use one of 'train', 'test', or declare 'trian' in prep()'s outputs."],
  },
  {
    name: "two files that import each other",
    files: {
      "steps.ts": `import { processor } from "@sagepipe/core";
import { BUCKET } from "./pipeline.ts";
export const prep = processor({ role: "arn:aws:iam::123456789012:role/R", image: "img", instanceType: "ml.m5.xlarge", instanceCount: 1 });
export const where = BUCKET;
`,
    },
    source: `import { Pipeline, Processing } from "@sagepipe/core";
import { prep } from "./steps.ts";
export const BUCKET = "b";
${P}  @Processing() a() { return prep.run({ outputs: { o: "/o" } }); }
}
`,
    expect: ["SP032 2:1"],
    fixes: ["Move what both files need into a third file that imports neither, or turn one import into `import type`."],
  },
]);
