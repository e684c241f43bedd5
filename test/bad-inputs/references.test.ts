// Bad inputs for references the compiler cannot follow (SP2xx) and pipeline variables turned
// into text at build time (SP3xx).
import { corpusSuite, HEAD } from "./corpus.ts";

const A = `@Processing() a() { return p.run({ outputs: { o: "/o" } }); }`;

corpusSuite("bad inputs: references and pipeline variables as text", [
  {
    name: "a step picked by a computed name",
    source: HEAD + `@Pipeline({ name: "P" })
export class P {
  ${A}
  @Processing() b() {
    const which = "a" as const;
    return p.run({ inputs: [{ source: this[which]().outputs.o, destination: "/i" }] });
  }
}
`,
    expect: ["SP201 9:39"],
    fixes: ["Call the step method by name, e.g. this.process(); to choose between steps, write both calls in an if/else."],
  },
  {
    name: "a step method held in a variable",
    source: HEAD + `@Pipeline({ name: "P" })
export class P {
  ${A}
  @Processing() b() {
    const upstream = this.a;
    return p.run({ inputs: [{ source: upstream.call(this).outputs.o, destination: "/i" }] });
  }
}
`,
    expect: ["SP202 8:22", "SP203 9:53"],
    fixes: [
      "Call it where you use it: this.a().",
      "Use this.<step>() directly inside the step method, or pass the step's outputs (this.process().outputs.x) instead of `this`.",
    ],
  },
  {
    name: "this stored in a variable",
    source: HEAD + `@Pipeline({ name: "P" })
export class P {
  ${A}
  @Processing() b() {
    const self = this;
    return p.run({ inputs: [{ source: self.a().outputs.o, destination: "/i" }] });
  }
}
`,
    expect: ["SP203 8:18"],
    fixes: ["Use this.<step>() directly inside the step method, or pass the step's outputs (this.process().outputs.x) instead of `this`."],
  },
  {
    name: "this passed to a function outside the class",
    source: HEAD + `function upstreamOf(pipeline: P) { return pipeline.a().outputs.o; }
@Pipeline({ name: "P" })
export class P {
  ${A}
  @Processing() b() { return p.run({ inputs: [{ source: upstreamOf(this), destination: "/i" }] }); }
}
`,
    expect: ["SP203 8:68"],
    fixes: ["Use this.<step>() directly inside the step method, or pass the step's outputs (this.process().outputs.x) instead of `this`."],
  },
  {
    name: "a parameter in an untagged template literal",
    source: HEAD + `@Pipeline({ name: "P" })
export class P {
  bucket = param.string("Bucket", "my-bucket");
  @Processing() a() { return p.run({ inputs: [{ source: \`s3://\${this.bucket}/data\`, destination: "/i" }] }); }
}
`,
    expect: ["SP301 7:57"],
    fixes: [
      "Tag the template: s3`...` or str`...`, which builds a Std:Join evaluated at run time (the tagged template s3`...${x}...` (or str`...`) or join(separator, [...])).",
    ],
  },
  {
    name: "a step output in an untagged template literal",
    source: HEAD + `@Pipeline({ name: "P" })
export class P {
  ${A}
  @Processing() b() { return p.run({ inputs: [{ source: \`\${this.a().outputs.o}/train\`, destination: "/i" }] }); }
}
`,
    expect: ["SP301 7:57"],
    fixes: [
      "Tag the template: s3`...` or str`...`, which builds a Std:Join evaluated at run time (the tagged template s3`...${x}...` (or str`...`) or join(separator, [...])).",
    ],
  },
  {
    name: "an execution variable in an untagged template literal",
    source: HEAD + `import { ExecutionVariables } from "@sagepipe/core";
@Pipeline({ name: "P" })
export class P {
  @Processing() a() {
    return p.run({ outputs: { o: { source: "/o", destination: \`s3://b/\${ExecutionVariables.PipelineExecutionId}\` } } });
  }
}
`,
    expect: ["SP301 8:63"],
    fixes: [
      "Tag the template: s3`...` or str`...`, which builds a Std:Join evaluated at run time (the tagged template s3`...${x}...` (or str`...`) or join(separator, [...])).",
    ],
  },
  {
    name: "a parameter concatenated with +",
    source: HEAD + `@Pipeline({ name: "P" })
export class P {
  prefix = param.string("Prefix", "s3://b/data");
  @Processing() a() { return p.run({ inputs: [{ source: this.prefix + "/train", destination: "/i" }] }); }
}
`,
    expect: ["SP302 7:57"],
    fixes: ["Use the tagged template s3`...${x}...` (or str`...`) or join(separator, [...])."],
  },
  {
    name: "a step output appended with +=",
    source: HEAD + `@Pipeline({ name: "P" })
export class P {
  ${A}
  @Processing() b() {
    let uri = "s3://b/";
    uri += this.a().outputs.o;
    return p.run({ inputs: [{ source: uri, destination: "/i" }] });
  }
}
`,
    expect: ["SP302 9:5"],
    fixes: ["Use the tagged template s3`...${x}...` (or str`...`) or join(separator, [...])."],
  },
  {
    name: "String() of a parameter",
    source: HEAD + `@Pipeline({ name: "P" })
export class P {
  count = param.integer("Count", 1);
  @Processing() a() { return p.run({ arguments: ["--count", String(this.count)] }); }
}
`,
    expect: ["SP303 7:61"],
    fixes: [
      "Pass the variable itself where a value is accepted, or build text with the tagged template s3`...${x}...` (or str`...`) or join(separator, [...]).",
    ],
  },
  {
    name: "toString() of a step output",
    source: HEAD + `@Pipeline({ name: "P" })
export class P {
  ${A}
  @Processing() b() { return p.run({ arguments: ["--in", this.a().outputs.o.toString()] }); }
}
`,
    expect: ["SP303 7:58"],
    fixes: [
      "Pass the variable itself where a value is accepted, or build text with the tagged template s3`...${x}...` (or str`...`) or join(separator, [...]).",
    ],
  },
  {
    name: "JSON.stringify of a step output",
    source: HEAD + `@Pipeline({ name: "P" })
export class P {
  ${A}
  @Processing() b() { return p.run({ arguments: ["--config", JSON.stringify({ uri: this.a().outputs.o })] }); }
}
`,
    expect: ["SP304 7:62"],
    fixes: ["Pass the variable itself, or build text with the tagged template s3`...${x}...` (or str`...`) or join(separator, [...])."],
  },
  {
    name: "a tagged template and join are fine",
    source: HEAD + `@Pipeline({ name: "P" })
export class P {
  bucket = param.string("Bucket", "my-bucket");
  ${A}
  @Processing() b() {
    return p.run({ inputs: [{ source: s3\`s3://\${this.bucket}/x\`, destination: "/i" }], arguments: [join("/", [this.a().outputs.o, "x"])] });
  }
}
`,
    expect: [],
    fixes: [],
  },
]);
