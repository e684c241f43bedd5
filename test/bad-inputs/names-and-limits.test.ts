// Bad inputs for property files (SP4xx), names SageMaker rejects (SP5xx), limits it enforces
// only at submit or run time (SP601, SP602) and unused parameters (SP701).
import { corpusSuite, HEAD } from "./corpus.ts";

const inputs = (n: number) => Array.from({ length: n }, (_, i) => `{ source: "s3://b/in/${i}", destination: "/in/${i}" }`).join(", ");

corpusSuite("bad inputs: property files, names and limits", [
  {
    name: "jsonGet of a property file the step does not declare",
    source: HEAD + `@Pipeline({ name: "P" })
export class P {
  @Processing() evaluate() {
    return p.run({ outputs: { metrics: "/m" }, propertyFiles: { Report: { output: "metrics", path: "r.json" } } });
  }
  @Fail() stop() { return fail(join(" ", ["mse", jsonGet(this.evaluate().propertyFiles.Repport, "mse")])); }
}
`,
    expect: ["SP401 9:88"],
    fixes: ["Declare it in evaluate()'s run({ propertyFiles: { Repport: { output, path } } }) or read one it declares."],
  },
  {
    name: "a property file in an output the step does not have",
    source: HEAD + `@Pipeline({ name: "P" })
export class P {
  @Processing() evaluate() {
    return p.run({ outputs: { metrics: "/m" }, propertyFiles: { Report: { output: "metric", path: "r.json" } } });
  }
}
`,
    expect: ["SP402 7:83"],
    fixes: ["Name one of the step's outputs, or add an output 'metric'."],
  },
  {
    name: "a pipeline name with an underscore",
    source: HEAD + `@Pipeline({ name: "my_pipeline" })
export class P {
  @Processing() a() { return p.run({ outputs: { o: "/o" } }); }
}
`,
    expect: ["SP501 4:19"],
    fixes: ["Rename the pipeline, e.g. replace spaces and underscores with hyphens."],
  },
  {
    name: "a pipeline name of 257 characters",
    source: HEAD + `@Pipeline({ name: "${"p".repeat(257)}" })
export class P {
  @Processing() a() { return p.run({ outputs: { o: "/o" } }); }
}
`,
    expect: ["SP501 4:19"],
    fixes: ["Rename the pipeline, e.g. replace spaces and underscores with hyphens."],
  },
  {
    name: "a step name with a space",
    source: HEAD + `@Pipeline({ name: "P" })
export class P {
  @Processing({ name: "Prepare data" }) a() { return p.run({ outputs: { o: "/o" } }); }
}
`,
    expect: ["SP502 6:23"],
    fixes: ["Choose a shorter name without spaces or other characters, with the decorator's `name` option."],
  },
  {
    name: "a step name of 65 characters",
    source: HEAD + `@Pipeline({ name: "P" })
export class P {
  @Processing({ name: "${"S".repeat(65)}" }) a() { return p.run({ outputs: { o: "/o" } }); }
}
`,
    expect: ["SP502 6:23"],
    fixes: ["Choose a shorter name without spaces or other characters, with the decorator's `name` option."],
  },
  {
    name: "a default step name from a method named with a dollar sign",
    source: HEAD + `@Pipeline({ name: "P" })
export class P {
  @Processing() $prepare() { return p.run({ outputs: { o: "/o" } }); }
}
`,
    expect: ["SP502 6:17"],
    fixes: ["Choose a shorter name without spaces or other characters, with the decorator's `name` option."],
  },
  {
    name: "a parameter name with a space",
    source: HEAD + `@Pipeline({ name: "P" })
export class P {
  threshold = param.float("Mse threshold", 6);
  @Fail() stop() { return fail(join(" ", ["over", this.threshold])); }
}
`,
    expect: ["SP503 6:27"],
    fixes: ["Rename the parameter."],
  },
  {
    name: "two parameters with one name",
    source: HEAD + `@Pipeline({ name: "P" })
export class P {
  input = param.string("Input", "s3://b/a");
  otherInput = param.string("Input", "s3://b/b");
  @Processing() a() { return p.run({ inputs: [{ source: this.input, destination: "/a" }, { source: this.otherInput, destination: "/b" }] }); }
}
`,
    expect: ["SP504 7:29"],
    fixes: ["Give each parameter its own name."],
  },
  {
    name: "eleven processing inputs",
    source: HEAD + `@Pipeline({ name: "P" })
export class P {
  @Processing() a() {
    return p.run({
      inputs: [${inputs(11)}],
    });
  }
}
`,
    expect: ["SP601 8:7"],
    fixes: ["Combine inputs under one S3 prefix, or split the work into two processing steps."],
  },
  {
    name: "ten processing inputs and the code",
    source: HEAD + `@Pipeline({ name: "P" })
export class P {
  @Processing() a() {
    return p.run({
      code: "s3://b/code/run.py",
      inputs: [${inputs(10)}],
    });
  }
}
`,
    expect: ["SP601 9:7"],
    fixes: ["Combine inputs under one S3 prefix, or split the work into two processing steps."],
  },
  {
    name: "a job argument of 257 characters",
    source: HEAD + `@Pipeline({ name: "P" })
export class P {
  @Processing() a() {
    return p.run({ arguments: ["--query", "${"q".repeat(257)}"] });
  }
}
`,
    expect: ["SP602 7:43"],
    fixes: [
      "Put the long value in a file that a processing input downloads, and pass its path as the argument (environment values are limited to 256 characters too).",
    ],
  },
  {
    name: "a parameter no step uses",
    source: HEAD + `@Pipeline({ name: "P" })
export class P {
  used = param.string("Used", "s3://b/a");
  forgotten = param.integer("Forgotten", 3);
  @Processing() a() { return p.run({ inputs: [{ source: this.used, destination: "/a" }] }); }
}
`,
    expect: ["SP701 7:3"],
    fixes: ["Use this.forgotten in a step, or remove the field."],
  },
]);
