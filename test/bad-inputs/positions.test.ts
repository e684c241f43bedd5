// Bad inputs found while evaluating the class or validating what it built: each is shown at the
// option or argument that holds the mistake (source positions travel with the values), not at
// the step method or the class.
import { corpusSuite, HEAD } from "./corpus.ts";

const P = `@Pipeline({ name: "P", bucket: "my-bucket" })\nexport class P {\n`;

corpusSuite("bad inputs: positions", [
  {
    name: "an output name misspelled where another step reads outputs made by code",
    via: "build",
    source: HEAD + P + `  @Processing() prep() { return p.run({ outputs: Object.fromEntries(["train", "test"].map((n) => [n, \`/opt/ml/processing/\${n}\`])) }); }
  @Training() fit() {
    return e.fit({ train: { s3Data: this.prep().outputs.trian } });
  }
}
`,
    expect: ["SP801 8:57"],
    fixes: ["Fix the step as the message says."],
  },
  {
    name: "a code file that does not exist",
    via: "build",
    source: HEAD + P + `  @Processing() a() {
    return p.run({
      code: "missing.py",
    });
  }
}
`,
    expect: ["SP801 8:7"],
    fixes: ["Fix the step as the message says."],
  },
  {
    name: "an instance count that is not a number",
    via: "build",
    source: HEAD + `const few = processor({ role: "arn:aws:iam::123456789012:role/R", image: "img", instanceType: "ml.m5.xlarge", instanceCount: Number("two") });
` + P + `  @Processing() a() { return few.run({}); }
}
`,
    expect: ["SP801 4:111"],
    fixes: ["Fix the error thrown here; run with SAGEPIPE_DEBUG=1 to see the whole stack."],
  },
  {
    name: "a cache expiry that is not a duration",
    via: "build",
    source: HEAD + P + `  @Processing({ cache: { expireAfter: "30 days" } })
  a() { return p.run({}); }
}
`,
    expect: ["SP903 6:17", "SP906 6:26"],
    fixes: ["Add \"Enabled\".", "Change the value to the format the message gives."],
  },
  {
    name: "a fail message that is a number parameter",
    via: "build",
    source: HEAD + P + `  threshold = param.float("Threshold", 0.5);
  @Fail() stop() { return fail(this.threshold); }
}
`,
    expect: ["SP931 7:32"],
    fixes: ["Use a String parameter or turn it into a string with {\"Std:Join\": {\"On\": \"\", \"Values\": [{\"Get\": \"Parameters.Threshold\"}]}}."],
  },
  {
    name: "an integer parameter with a fractional default",
    via: "build",
    source: HEAD.replace("import {", "import { str,") + P + `  epochs = param.integer("Epochs", 1.5);
  @Processing() a() { return p.run({ arguments: ["--epochs", str\`\${this.epochs}\`] }); }
}
`,
    expect: ["SP904 6:36"],
    fixes: ["Give a value of the type the message names (e.g. `30`, not `\"30\"`)."],
  },
  {
    name: "an execution variable misspelled through another name",
    via: "build",
    source: HEAD.replace("import {", "import { ExecutionVariables as Vars,") + P + `  @Processing() a() {
    return p.run({ outputs: { o: { source: "/opt/ml/processing/o", destination: s3\`s3://my-bucket/\${Vars.PipelineExecutionID}/o\` } } });
  }
}
`,
    expect: ["SP801 7:106"],
    fixes: ["Fix the error thrown here; run with SAGEPIPE_DEBUG=1 to see the whole stack."],
  },
]);
