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
  },
  {
    name: "an async step method",
    source: HEAD + P + `  @Processing() async a() { return ${run}; }
}
`,
    expect: ["SP021 6:17"],
  },
  {
    name: "a generator step method",
    source: HEAD + P + `  @Processing() *a() { yield ${run}; }
}
`,
    expect: ["SP021 6:17"],
  },
  {
    name: "a static step method",
    source: HEAD + P + `  @Processing() static a() { return ${run}; }
}
`,
    expect: ["SP022 6:17"],
  },
  {
    name: "a getter decorated as a step",
    source: HEAD + P + `  @Processing() get a() { return ${run}; }
}
`,
    expect: ["SP023 6:21"],
  },
  {
    name: "a constructor with parameters",
    source: HEAD + P + `  constructor(readonly env: string) {}
  @Processing() a() { return ${run}; }
}
`,
    expect: ["SP024 6:15"],
  },
  {
    name: "a step method that returns another step",
    source: HEAD + P + `  @Processing() a() { return ${run}; }
  @Processing() b() { return this.a(); }
}
`,
    expect: ["SP025 7:30"],
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
  },
  {
    name: "@Pipeline without parentheses",
    source: HEAD + `@Pipeline
export class P {
  @Processing() a() { return ${run}; }
}
`,
    expect: ["SP028 4:1"],
  },
  {
    name: "@Processing without parentheses",
    source: HEAD + P + `  @Processing
  a() { return ${run}; }
}
`,
    expect: ["SP028 6:3"],
  },
  {
    name: "dependsOn given step names as strings",
    source: HEAD + P + `  @Processing({ name: "Prepare" }) prepare() { return ${run}; }
  @Processing({ dependsOn: ["Prepare"] }) b() { return ${run}; }
}
`,
    expect: ["SP029 7:28"],
  },
  {
    name: "a misspelled execution variable",
    source: HEAD.replace("import {", "import { ExecutionVariables,") + P + `  @Processing() a() {
    return p.run({ outputs: { o: { source: "/o", destination: s3\`s3://b/\${ExecutionVariables.PipelineExecutionID}/o\` } } });
  }
}
`,
    expect: ["SP030 7:94"],
  },
  {
    name: "a template tag called as a function",
    source: HEAD + P + `  @Processing() a() {
    return p.run({ outputs: { o: { source: "/o", destination: s3("s3://b/out") } } });
  }
}
`,
    expect: ["SP031 7:63"],
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
  },
]);
