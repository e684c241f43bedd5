// More everyday mistakes of pipeline authors, one per case, each at its line with its fix:
// variants of the class's shape, values shown at the option that holds them, an entry that is a
// folder, files that import each other.
import { corpusSuite, HEAD } from "./corpus.ts";

const P = `@Pipeline({ name: "P", bucket: "my-bucket" })\nexport class P {\n`;
const run = `p.run({ outputs: { o: "/opt/ml/processing/o" } })`;

corpusSuite("bad inputs: everyday mistakes", [
  {
    name: "a setter decorated as a step",
    source: HEAD + P + `  @Processing() set a(v: unknown) {}
}
`,
    expect: ["SP023 6:21"],
    fixes: ["Write it as a method: a() { return ... }."],
  },
  {
    name: "a field decorated as a step",
    source: HEAD + P + `  @Processing() a = ${run};
}
`,
    expect: ["SP023 6:17"],
    fixes: ["Write it as a method: a() { return ... }."],
  },
  {
    name: "Training used without parentheses",
    source: HEAD + P + `  @Training
  fit() { return e.fit({}); }
}
`,
    expect: ["SP028 6:3"],
    fixes: ["Write @Training() (options go inside: @Training({ name: \"MyStep\" }))."],
  },
  {
    name: "Condition used without parentheses",
    source: HEAD + P + `  @Processing() a() { return ${run}; }
  @Condition
  c() { return condition({ conditions: [eq(1, 1)], ifSteps: [this.a()] }); }
}
`,
    expect: ["SP028 7:3"],
    fixes: ["Write @Condition() (options go inside: @Condition({ name: \"MyStep\" }))."],
  },
  {
    name: "dependsOn naming step methods as strings",
    source: HEAD + P + `  @Processing() prepare() { return ${run}; }
  @Processing({ dependsOn: ["prepare"] }) b() { return ${run}; }
}
`,
    expect: ["SP029 7:28"],
    fixes: ["Write dependsOn: (self) => [self.prepare]."],
  },
  {
    name: "dependsOn naming a step that does not exist as a string",
    source: HEAD + P + `  @Processing() prepare() { return ${run}; }
  @Processing({ dependsOn: ["Cleanup"] }) b() { return ${run}; }
}
`,
    expect: ["SP029 7:28"],
    fixes: ["Write dependsOn: (self) => [self.<step method>], listing the step methods."],
  },
  {
    name: "an execution variable far from any",
    source: HEAD.replace("import {", "import { ExecutionVariables, s3,") + P + `  @Processing() a() { return p.run({ outputs: { o: { source: "/opt/ml/processing/o", destination: s3\`s3://my-bucket/\${ExecutionVariables.Banana}\` } } }); }
}
`,
    expect: ["SP030 6:138"],
    fixes: ["Use one of the execution variables listed."],
  },
  {
    name: "the execution id in upper case",
    source: HEAD.replace("import {", "import { ExecutionVariables,") + P + `  @Processing() a() { return p.run({ arguments: ["--run", ExecutionVariables.PipelineExecutionID] }); }
}
`,
    expect: ["SP030 6:78"],
    fixes: ["Write ExecutionVariables.PipelineExecutionId."],
  },
  {
    name: "str called as a function",
    source: HEAD.replace("import {", "import { str,") + P + `  @Processing() a() { return p.run({ arguments: ["--mode", str("fast")] }); }
}
`,
    expect: ["SP031 6:60"],
    fixes: ["Use it as a tag, with no parentheses: str`s3://${bucket}/data`; or a plain string if nothing in it is a pipeline variable."],
  },
  {
    name: "a static async step method",
    source: HEAD + P + `  @Processing() static async a() { return ${run}; }
}
`,
    expect: ["SP022 6:17", "SP021 6:24"],
    fixes: ["Remove `static`.", "Remove `async` (or `*`) and return the step directly. Work that must wait belongs in the job the step runs."],
  },
  {
    name: "a step method with a default parameter",
    source: HEAD + P + `  @Processing() a(count = 2) { return p.run({ arguments: [String(count)] }); }
}
`,
    expect: ["SP020 6:19"],
    fixes: ["Remove the parameters. Read values from fields of the class (a parameter: `x = param.string(\"X\", ...)`) or from module constants."],
  },
  {
    name: "a constructor that takes the environment",
    source: HEAD + P + `  constructor(private readonly stage: string) {}
  @Processing() a() { return ${run}; }
}
`,
    expect: ["SP024 6:15"],
    fixes: ["Remove the constructor's parameters: declare values as pipeline parameters (param.string(...), ...) or module constants."],
  },
  {
    name: "a training step that returns the processing step it reads",
    source: HEAD + P + `  @Processing() a() { return ${run}; }
  @Training() b() { return this.a(); }
}
`,
    expect: ["SP025 7:28"],
    fixes: ["Return a new step from a helper (e.g. processor(...).run(...)); to run after a(), use its outputs or add dependsOn: (self) => [self.a]."],
  },
  {
    name: "two pipelines with one name in two files",
    files: {
      "other.ts": HEAD + `@Pipeline({ name: "Daily", bucket: "my-bucket" })
export class Other { @Processing() a() { return ${run}; } }
`,
    },
    source: HEAD + `import "./other.ts";
@Pipeline({ name: "Daily", bucket: "my-bucket" })
export class Mine { @Processing() a() { return ${run}; } }
`,
    expect: ["SP026 4:19"],
    fixes: ["Give each @Pipeline its own name."],
  },
  {
    name: "an output read that the step does not declare",
    source: HEAD + P + `  @Processing() prep() { return p.run({ outputs: { train: "/opt/ml/processing/train", validation: "/opt/ml/processing/validation" } }); }
  @Training() fit() { return e.fit({ train: this.prep().outputs.valdation }); }
}
`,
    expect: ["SP403 7:65"],
    fixes: ["Use one of 'train', 'validation', or declare 'valdation' in prep()'s outputs."],
  },
  {
    name: "an output read from a step that declares none",
    source: HEAD + P + `  @Processing() prep() { return p.run({ outputs: {} }); }
  @Training() fit() { return e.fit({ train: this.prep().outputs.train }); }
}
`,
    expect: ["SP403 7:65"],
    fixes: ["Declare 'train' in prep()'s run({ outputs: { train: \"/opt/ml/processing/train\" } })."],
  },
  {
    name: "three files importing each other in a ring",
    files: {
      "b.ts": `import { C } from "./c.ts";\nexport const B = C + "b";\n`,
      "c.ts": `import { BUCKET } from "./pipeline.ts";\nexport const C = "c";\nexport const USED = () => BUCKET;\n`,
    },
    source: HEAD + `import { B } from "./b.ts";
export const BUCKET = "b" + B;
${P}  @Processing() a() { return ${run}; }
}
`,
    expect: ["SP032 1:1"],
    fixes: ["Move what both files need into a third file that imports neither, or turn one import into `import type`."],
  },
  {
    name: "a constant read before its file has run, through an import cycle",
    via: "build",
    files: {
      "helpers.ts": `import { processor } from "@sagepipe/core";
import { BUCKET } from "./pipeline.ts";
export const q = processor({ role: "arn:aws:iam::123456789012:role/R", image: "img", instanceType: "ml.m5.xlarge", instanceCount: 1, env: { B: BUCKET } });
`,
    },
    source: HEAD + `import { q } from "./helpers.ts";
export const BUCKET = "b";
${P}  @Processing() a() { return q.run({ outputs: { o: "/opt/ml/processing/o" } }); }
}
`,
    expect: ["SP032 2:1", "SP801 3:144"],
    fixes: [
      "Move what both files need into a third file that imports neither, or turn one import into `import type`.",
      "BUCKET is used before its declaration has run: declare it above the code that uses it; when the pipeline's files import each other in a cycle (warning SP032), move BUCKET into a file that imports neither, or turn one import into `import type`.",
    ],
  },
  {
    name: "an entry that is a folder",
    missingEntry: true,
    files: { "pipeline.ts/daily.ts": HEAD + P + `  @Processing() a() { return ${run}; }\n}\n` },
    source: "",
    expect: ["SP000 1:1"],
    fixes: ["Give the entry file inside it, e.g. pipeline.ts/daily.ts."],
  },
  {
    name: "an estimator instance type SageMaker does not have",
    via: "build",
    source: HEAD + `const big = estimator({ role: "arn:aws:iam::123456789012:role/R", image: "img", instanceType: "ml.p3.2xlarg", instanceCount: 1, outputPath: "s3://my-bucket/m" });
${P}  @Training() fit() { return big.fit({}); }
}
`,
    expect: ["SP905 4:81"],
    fixes: ["Use one of the values the message lists (it suggests the closest)."],
  },
  {
    name: "an error thrown in a helper method",
    via: "build",
    source: HEAD + P + `  @Processing() a() { return p.run({ arguments: this.args() }); }
  args(): string[] {
    throw new Error("no arguments configured for this stage");
  }
}
`,
    expect: ["SP801 8:11"],
    fixes: ["Fix the error thrown here; run with SAGEPIPE_DEBUG=1 to see the whole stack."],
  },
  {
    name: "a parameter default of the wrong type",
    via: "build",
    source: HEAD.replace("import {", "import { str,") + P + `  count = param.integer("Count", "3" as unknown as number);
  @Processing() a() { return p.run({ arguments: ["--n", str\`\${this.count}\`] }); }
}
`,
    expect: ["SP904 6:34"],
    fixes: ["Give a value of the type the message names (e.g. `30`, not `\"30\"`)."],
  },
  {
    name: "a string parameter where a number is required",
    via: "build",
    source: HEAD + P + `  count = param.string("Count", "2");
  @Processing() a() { return processor({ role: "arn:aws:iam::123456789012:role/R", image: "img", instanceType: "ml.m5.xlarge", instanceCount: this.count as unknown as number }).run({}); }
}
`,
    expect: ["SP931 7:128"],
    fixes: ["Use an Integer or Float parameter."],
  },
  {
    name: "a cache expiry in days written as words on a training step",
    via: "build",
    source: HEAD + P + `  @Training({ cache: { enabled: true, expireAfter: "one week" } })
  fit() { return e.fit({}); }
}
`,
    expect: ["SP906 6:39"],
    fixes: ["Change the value to the format the message gives."],
  },
]);
