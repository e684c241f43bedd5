// Bad inputs found while building: no entry or pipeline, or an unknown one selected
// (SP000-SP003), evaluation errors and what evaluation shows beyond the source (SP801-SP803),
// a definition our validator rejects (SP9xx, the codes `sagepipe validate` reports), limits only the built definition shows (SP601,
// SP602), an oversized definition (SP603).
import { corpusSuite, HEAD } from "./corpus.ts";

const inputs = (n: number) => Array.from({ length: n }, (_, i) => `{ source: "s3://my-bucket/in/${i}", destination: "/opt/ml/processing/in/${i}" }`).join(", ");
const LONG_URI = `s3://my-bucket/${"d".repeat(980)}`;

/** 120 chained processing steps, each with nine 1000-character input URIs: about 1.4 MB of definition. */
function hugePipeline(): string {
  const steps = Array.from({ length: 120 }, (_, i) => {
    const from = i === 0 ? `"${LONG_URI}"` : `this.s${i - 1}().outputs.o`;
    const more = Array.from({ length: 9 }, (_, j) => `{ source: "${LONG_URI}/${j}", destination: "/opt/ml/processing/in/${j}" }`).join(", ");
    return `  @Processing() s${i}() { return p.run({ inputs: [{ source: ${from}, destination: "/opt/ml/processing/in/prev" }, ${more}], outputs: { o: "/opt/ml/processing/output" } }); }`;
  });
  return HEAD + `@Pipeline({ name: "Huge", bucket: "my-bucket" })\nexport class Huge {\n${steps.join("\n")}\n}\n`;
}

corpusSuite("bad inputs: building", [
  {
    name: "an entry file that does not exist",
    source: "",
    missingEntry: true,
    expect: ["SP000 1:1"],
    fixes: ["Give the path of a TypeScript file that declares a @Pipeline class."],
  },
  {
    name: "an entry without a pipeline class",
    source: HEAD + `export class NotAPipeline {
  @Processing() a() { return p.run({ outputs: { o: "/opt/ml/processing/output" } }); }
}
`,
    expect: ["SP001 1:1"],
    fixes: ["Decorate the pipeline class with @Pipeline({ name: \"MyPipeline\" }) and export it."],
  },
  {
    name: "a pipeline class that is not exported",
    via: "build",
    source: HEAD + `@Pipeline({ name: "P" })
class P {
  @Processing() a() { return p.run({ outputs: { o: "/opt/ml/processing/output" } }); }
}
`,
    expect: ["SP002 5:7"],
    fixes: ["Write `export class P`."],
  },
  {
    name: "a selected pipeline the entry does not have",
    via: "build",
    only: ["Thrid"],
    source: HEAD + `@Pipeline({ name: "Third", bucket: "my-bucket" })
export class Third {
  @Processing() a() { return p.run({ outputs: { o: "/opt/ml/processing/output" } }); }
}
`,
    expect: ["SP003 1:1"],
    fixes: ["Give a pipeline's name or its class name, or leave the option out to build them all."],
  },
  {
    name: "a step method that throws",
    via: "build",
    source: HEAD + `@Pipeline({ name: "P", bucket: "my-bucket" })
export class P {
  @Processing() a() {
    const instanceType = process.env.NOT_SET_ANYWHERE;
    if (!instanceType) throw new Error("set NOT_SET_ANYWHERE");
    return p.run({ outputs: { o: "/opt/ml/processing/output" } });
  }
}
`,
    expect: ["SP801 8:30"],
    fixes: ["Fix the error thrown here; run with SAGEPIPE_DEBUG=1 to see the whole stack."],
  },
  {
    name: "a step method that returns the wrong kind of step",
    via: "build",
    source: HEAD + `@Pipeline({ name: "P", bucket: "my-bucket" })
export class P {
  @Training() a() { return p.run({ outputs: { o: "/opt/ml/processing/output" } }); }
}
`,
    expect: ["SP801 6:15"],
    fixes: ["Fix the step as the message says."],
  },
  {
    name: "a default output location without a bucket",
    via: "build",
    source: HEAD + `@Pipeline({ name: "P" })
export class P {
  @Processing() a() { return p.run({ outputs: { o: "/opt/ml/processing/output" } }); }
}
`,
    expect: ["SP801 6:38"],
    fixes: ["Fix the step as the message says."],
  },
  {
    name: "a reference hidden behind functions outside the class",
    via: "build",
    source: HEAD + `const made: { outputs: { o: unknown } }[] = [];
function remember<T extends { outputs: { o: unknown } }>(step: T): T { made.push(step); return step; }
function lastOutput() { return made[0]!.outputs.o as string; }
@Pipeline({ name: "P", bucket: "my-bucket" })
export class P {
  @Processing() a() { return remember(p.run({ outputs: { o: "/opt/ml/processing/output" } })); }
  @Processing() b() { return p.run({ inputs: [{ source: lastOutput(), destination: "/opt/ml/processing/input" }], outputs: { o: "/opt/ml/processing/output" } }); }
  @Processing() c() { return p.run({ inputs: [{ source: this.a().outputs.o, destination: "/opt/ml/processing/a" }, { source: this.b().outputs.o, destination: "/opt/ml/processing/b" }] }); }
}
`,
    expect: ["SP802 10:17"],
    fixes: ["Write the reference inside the class: call this.a() in b() (or in a method of the class it calls)."],
  },
  {
    name: "a step called but none of its outputs used",
    via: "build",
    source: HEAD + `@Pipeline({ name: "P", bucket: "my-bucket" })
export class P {
  @Processing() a() { return p.run({ outputs: { o: "/opt/ml/processing/output" } }); }
  @Processing() b() {
    this.a();
    return p.run({ outputs: { o: "/opt/ml/processing/output" } });
  }
}
`,
    expect: ["SP803 8:5"],
    fixes: ["To make b() wait for a() without using its data, add dependsOn: (self) => [self.a]."],
  },
  {
    name: "nine inputs to a framework processor, which adds its code and launcher",
    via: "build",
    files: { "run.py": "print('run')\n" },
    source: HEAD + `import { frameworkProcessor } from "@sagepipe/core";
const fw = frameworkProcessor({ role: "arn:aws:iam::123456789012:role/R", image: "img", instanceType: "ml.m5.xlarge", instanceCount: 1 });
@Pipeline({ name: "P", bucket: "my-bucket" })
export class P {
  @Processing() a() { return fw.run({ code: "run.py", inputs: [${inputs(9)}] }); }
}
`,
    expect: ["SP601 8:55"],
    fixes: [
      "The processor adds inputs of its own for code and dependencies: combine your inputs under one S3 prefix, or split the work into two processing steps.",
    ],
  },
  {
    name: "a job argument built longer than 256 characters",
    via: "build",
    source: HEAD + `@Pipeline({ name: "P", bucket: "my-bucket" })
export class P {
  @Processing() a() { return p.run({ arguments: ["--query", "select ".repeat(40)] }); }
}
`,
    expect: ["SP602 6:61"],
    fixes: [
      "Put the long value in a file that a processing input downloads, and pass its path as the argument (environment values are limited to 256 characters too).",
    ],
  },
  {
    name: "an instance type SageMaker does not have",
    via: "build",
    source: HEAD + `const small = processor({ role: "arn:aws:iam::123456789012:role/R", image: "img", instanceType: "m5.xlarge", instanceCount: 1 });
@Pipeline({ name: "P", bucket: "my-bucket" })
export class P {
  @Processing() a() { return small.run({ outputs: { o: "/opt/ml/processing/output" } }); }
}
`,
    expect: ["SP905 4:83"],
    fixes: ["Use one of the values the message lists (it suggests the closest)."],
  },
  {
    name: "a definition over 1 MB",
    via: "build",
    source: hugePipeline(),
    expect: ["SP603 5:14"],
    fixes: ["Nothing to change: `sagepipe deploy` uploads it to S3 and passes PipelineDefinitionS3Location."],
  },
]);
