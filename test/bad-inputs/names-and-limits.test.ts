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
  },
  {
    name: "a pipeline name with an underscore",
    source: HEAD + `@Pipeline({ name: "my_pipeline" })
export class P {
  @Processing() a() { return p.run({ outputs: { o: "/o" } }); }
}
`,
    expect: ["SP501 4:19"],
  },
  {
    name: "a pipeline name of 257 characters",
    source: HEAD + `@Pipeline({ name: "${"p".repeat(257)}" })
export class P {
  @Processing() a() { return p.run({ outputs: { o: "/o" } }); }
}
`,
    expect: ["SP501 4:19"],
  },
  {
    name: "a step name with a space",
    source: HEAD + `@Pipeline({ name: "P" })
export class P {
  @Processing({ name: "Prepare data" }) a() { return p.run({ outputs: { o: "/o" } }); }
}
`,
    expect: ["SP502 6:23"],
  },
  {
    name: "a step name of 65 characters",
    source: HEAD + `@Pipeline({ name: "P" })
export class P {
  @Processing({ name: "${"S".repeat(65)}" }) a() { return p.run({ outputs: { o: "/o" } }); }
}
`,
    expect: ["SP502 6:23"],
  },
  {
    name: "a default step name from a method named with a dollar sign",
    source: HEAD + `@Pipeline({ name: "P" })
export class P {
  @Processing() $prepare() { return p.run({ outputs: { o: "/o" } }); }
}
`,
    expect: ["SP502 6:17"],
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
  },
]);
