// Bad inputs whose values SageMaker would reject, or that are almost surely wrong (SP941-SP982,
// SP604): found by `build` in the definition it built, with the rules `sagepipe validate`
// applies to any definition (the validator's corpus has a case of each on a definition JSON).
import { corpusSuite, HEAD } from "./corpus.ts";
/** lte is not among HEAD's imports (a fixture using it starts one line lower). */
const LTE = `import { lte } from "@sagepipe/core";\n`;
/** The model helpers are not among HEAD's imports either. */
const MODELS = `import { ModelStep, RegisterModel, modelPackage, registerModel } from "@sagepipe/core";\n`;

const ROLE = `"arn:aws:iam::123456789012:role/SageMakerRole"`;

corpusSuite("bad inputs: values", [
  {
    name: "a role given as a name instead of an ARN",
    via: "build",
    source: HEAD + `const named = processor({ role: "SageMakerRole", image: "img", instanceType: "ml.m5.xlarge", instanceCount: 1 });
@Pipeline({ name: "P", bucket: "my-bucket" })
export class P {
  @Processing() prepare() { return named.run({ outputs: { o: "/opt/ml/processing/o" } }); }
}
`,
    expect: ["SP941 4:27"],
    fix: ['Give the role\'s ARN, not its name: "arn:aws:iam::<account>:role/SageMakerRole"'],
  },
  {
    name: "a pipeline role given as a name",
    via: "build",
    source: HEAD + `@Pipeline({ name: "P", bucket: "my-bucket", roleArn: "SageMakerRole" })
export class P {
  @Processing() prepare() { return p.run({ outputs: { o: "/opt/ml/processing/o" } }); }
}
`,
    expect: ["SP941 4:45"],
    fix: ['"arn:aws:iam::<account>:role/SageMakerRole"'],
  },
  {
    name: "a KMS key that is neither a key ID, an alias nor an ARN",
    via: "build",
    source: HEAD + `@Pipeline({ name: "P", bucket: "my-bucket" })
export class P {
  @Processing() prepare() {
    return processor({ role: ${ROLE}, image: "img", instanceType: "ml.m5.xlarge", instanceCount: 1, volumeKmsKey: "my-key" }).run({ outputs: { o: "/opt/ml/processing/o" } });
  }
}
`,
    expect: ["SP942 7:12"],
    fix: ['an alias ("alias/my-key")'],
  },
  {
    name: "a model package given by a name with a space",
    via: "build",
    source: HEAD + MODELS + `@Pipeline({ name: "P", bucket: "my-bucket" })
export class P {
  @ModelStep() fraud() {
    return modelPackage({ modelPackageArn: "fraud detector", role: ${ROLE} }).create();
  }
}
`,
    expect: ["SP944 8:27"],
    fixes: ['Give the model package\'s ARN, "arn:aws:sagemaker:<region>:<account>:model-package/fraud-detector/<version>" (the model registry shows it), or its name with letters, digits and "-" only ("fraud-detector").'],
  },
  {
    name: "a role ARN as the default of the model package parameter",
    via: "build",
    source: HEAD + MODELS + `@Pipeline({ name: "P", bucket: "my-bucket" })
export class P {
  packageArn = param.string("PackageArn", ${ROLE});
  @ModelStep() fraud() {
    return modelPackage({ modelPackageArn: this.packageArn, role: ${ROLE} }).create();
  }
}
`,
    expect: ["SP944 9:27"],
    fix: ['model-package/<group>/<version>" (the model registry shows it); the ARN given names a "role" of iam.'],
  },
  {
    name: "a model package group name with an underscore",
    via: "build",
    source: HEAD + MODELS + `@Pipeline({ name: "P", bucket: "my-bucket" })
export class P {
  @Training() fit() { return e.fit({ train: "s3://my-bucket/train/" }); }
  @RegisterModel() register() {
    return registerModel({ image: "img", role: ${ROLE}, modelData: this.fit().modelArtifacts, contentTypes: ["text/csv"], responseTypes: ["text/csv"], modelPackageGroupName: "fraud_detector" });
  }
}
`,
    expect: ["SP944 9:191"],
    fix: ['("fraud-detector"; at most 63, not ending in "-")'],
  },
  {
    name: "a bucket given with s3://",
    via: "build",
    source: HEAD + `@Pipeline({ name: "P", bucket: "s3://my-bucket" })
export class P {
  @Processing() prepare() { return p.run({ outputs: { o: "/opt/ml/processing/o" } }); }
}
`,
    expect: ["SP952 4:24"],
    fix: ['bucket: "my-bucket"'],
  },
  {
    name: "a bucket name S3 does not allow",
    via: "build",
    source: HEAD + `@Pipeline({ name: "P", bucket: "My_Bucket" })
export class P {
  @Processing() prepare() { return p.run({ outputs: { train: "/opt/ml/processing/train" } }); }
  @Training() fit() { return e.fit({ train: { s3Data: this.prepare().outputs.train } }); }
}
`,
    expect: ["SP953 4:24"],
    fixes: ["Use the name of an existing bucket: 3 to 63 lower-case letters, digits, '.' and '-', starting and ending with a letter or digit (e.g. \"my-bucket\")."],
  },
  {
    name: "an input source in a bucket S3 does not allow",
    via: "build",
    source: HEAD + `@Pipeline({ name: "P", bucket: "my-bucket" })
export class P {
  @Processing() prepare() { return p.run({ inputs: [{ source: "s3://raw_data/2024/", destination: "/opt/ml/processing/input" }] }); }
}
`,
    expect: ["SP953 6:55"],
    fixes: ["Use the name of an existing bucket: 3 to 63 lower-case letters, digits, '.' and '-', starting and ending with a letter or digit (e.g. \"raw-data\")."],
  },
  {
    name: "a parameter default in a bucket S3 does not allow",
    via: "build",
    source: HEAD + `@Pipeline({ name: "P", bucket: "my-bucket" })
export class P {
  inputData = param.string("InputData", "s3://ab/raw.csv");
  @Processing() prepare() { return p.run({ inputs: [{ source: this.inputData, destination: "/opt/ml/processing/input" }] }); }
}
`,
    expect: ["SP953 7:55"],
    fixes: ["Use the name of an existing bucket: 3 to 63 lower-case letters, digits, '.' and '-', starting and ending with a letter or digit."],
  },
  {
    name: "an input destination outside /opt/ml/processing",
    via: "build",
    source: HEAD + `@Pipeline({ name: "P", bucket: "my-bucket" })
export class P {
  @Processing() prepare() { return p.run({ inputs: [{ source: "s3://my-bucket/raw/", destination: "/data/input" }] }); }
}
`,
    expect: ["SP955 6:86"],
    fixes: ['Use a path under /opt/ml/processing/, e.g. "/opt/ml/processing/input", and read the data from that folder in the script.'],
  },
  {
    name: "an output's container path outside /opt/ml/processing",
    via: "build",
    source: HEAD + `@Pipeline({ name: "P", bucket: "my-bucket" })
export class P {
  @Processing() prepare() { return p.run({ outputs: { train: "/opt/ml/processing/train", test: "/tmp/test" } }); }
}
`,
    expect: ["SP955 6:90"],
    fixes: ['Use a path under /opt/ml/processing/, e.g. "/opt/ml/processing/output/test", and write the results to that folder in the script.'],
  },
  {
    name: "a relative container path in an output spec",
    via: "build",
    source: HEAD + `@Pipeline({ name: "P", bucket: "my-bucket" })
export class P {
  @Processing() prepare() {
    return p.run({ outputs: { model: { source: "output/model", destination: "s3://my-bucket/model" } } });
  }
}
`,
    expect: ["SP955 7:40"],
    fixes: ['Use a path under /opt/ml/processing/, e.g. "/opt/ml/processing/output/model", and write the results to that folder in the script.'],
  },
  {
    name: "an input source without s3://",
    via: "build",
    source: HEAD + `@Pipeline({ name: "P", bucket: "my-bucket" })
export class P {
  @Processing() prepare() { return p.run({ inputs: [{ source: "my-bucket/raw/data.csv", destination: "/opt/ml/processing/input" }] }); }
}
`,
    expect: ["SP951 6:55"],
    fix: ['write "s3://my-bucket/raw/data.csv"'],
  },
  {
    name: "an output destination without s3://",
    via: "build",
    source: HEAD + `@Pipeline({ name: "P", bucket: "my-bucket" })
export class P {
  @Processing() prepare() {
    return p.run({ outputs: { train: "/opt/ml/processing/train", model: { source: "/opt/ml/processing/model", destination: "my-bucket/model" } } });
  }
}
`,
    expect: ["SP951 7:111"],
    fixes: ['If "my-bucket" is a bucket, write "s3://my-bucket/model". If it is a local path: SageMaker writes the results to S3, not to this machine: give an s3:// URI ("s3://<bucket>/my-bucket/model") and copy them from there afterwards (`aws s3 cp --recursive s3://<bucket>/my-bucket/model my-bucket/model`).'],
  },
  {
    name: "a local path where an S3 URI belongs",
    via: "build",
    source: HEAD + `@Pipeline({ name: "P", bucket: "my-bucket" })
export class P {
  @Processing() prepare() { return p.run({ inputs: [{ source: "./data/raw.csv", destination: "/opt/ml/processing/input" }] }); }
}
`,
    expect: ["SP954 6:55"],
    fix: ["aws s3 cp ./data/raw.csv s3://<bucket>/data/raw.csv"],
  },
  {
    name: "a local folder as an output destination",
    via: "build",
    source: HEAD + `@Pipeline({ name: "P", bucket: "my-bucket" })
export class P {
  @Processing() prepare() {
    return p.run({ outputs: { model: { source: "/opt/ml/processing/model", destination: "./out/model" } } });
  }
}
`,
    expect: ["SP954 7:76"],
    fix: ['give an s3:// URI ("s3://<bucket>/out/model") and copy them from there afterwards (`aws s3 cp --recursive s3://<bucket>/out/model ./out/model`)'],
  },
  {
    name: "a misspelled instance type in a parameter default",
    via: "build",
    source: HEAD + `@Pipeline({ name: "P", bucket: "my-bucket" })
export class P {
  instanceType = param.string("InstanceType", "ml.m5.xlarg");
  @Processing() prepare() {
    return processor({ role: ${ROLE}, image: "img", instanceType: this.instanceType, instanceCount: 1 }).run({ outputs: { o: "/opt/ml/processing/o" } });
  }
}
`,
    expect: ["SP961 8:92"],
    fix: ['Change the default to "ml.m5.xlarge".'],
  },
  {
    name: "an instance count of -1",
    via: "build",
    source: HEAD + `@Pipeline({ name: "P", bucket: "my-bucket" })
export class P {
  @Processing() prepare() {
    return processor({ role: ${ROLE}, image: "img", instanceType: "ml.m5.xlarge", instanceCount: -1 }).run({ outputs: { o: "/opt/ml/processing/o" } });
  }
}
`,
    expect: ["SP962 7:122"],
    fix: ["Give at least 1 instance"],
  },
  {
    name: "maxParallelExecutionSteps of 0",
    via: "build",
    source: HEAD + `@Pipeline({ name: "P", bucket: "my-bucket", maxParallelExecutionSteps: 0 })
export class P {
  @Processing() prepare() { return p.run({ outputs: { o: "/opt/ml/processing/o" } }); }
}
`,
    expect: ["SP604 4:45"],
    fix: ["at least 1"],
  },
  {
    name: "a String parameter compared with a number",
    via: "build",
    source: HEAD + `@Pipeline({ name: "P", bucket: "my-bucket" })
export class P {
  threshold = param.string("Threshold", "0.9");
  @Processing() prepare() { return p.run({ outputs: { o: "/opt/ml/processing/o" } }); }
  @Fail() stop() { return fail("too low"); }
  @Condition() check() { return condition({ conditions: [eq(this.threshold, 0.9)], ifSteps: [this.prepare()], elseSteps: [this.stop()] }); }
}
`,
    expect: ["SP971 9:58"],
    fix: ["Make the parameter an Integer or Float parameter"],
  },
  {
    name: "a JsonGet metric compared in order with a String parameter",
    via: "build",
    source: HEAD + LTE + `@Pipeline({ name: "P", bucket: "my-bucket" })
export class P {
  threshold = param.string("MseThreshold", "6.0");
  @Processing() evaluate() {
    return p.run({ outputs: { metrics: "/opt/ml/processing/metrics" }, propertyFiles: { Report: { output: "metrics", path: "report.json" } } });
  }
  @Fail() stop() { return fail("mse too high"); }
  @Condition() check() {
    return condition({ conditions: [lte(jsonGet(this.evaluate().propertyFiles.Report, "mse"), this.threshold)], elseSteps: [this.stop()] });
  }
}
`,
    expect: ["SP972 13:37"],
    fix: ["Make the parameter an Integer or Float parameter"],
  },
  {
    name: "a step in the else-branch reads a step that runs only in the if-branch",
    via: "build",
    source: HEAD + `@Pipeline({ name: "P", bucket: "my-bucket" })
export class P {
  stage = param.string("Stage", "prod");
  @Processing() deploy() { return p.run({ outputs: { o: "/opt/ml/processing/o" } }); }
  @Fail() stop() { return fail(join(" ", ["deploy went to", this.deploy().outputs.o])); }
  @Condition() check() { return condition({ conditions: [eq(this.stage, "prod")], ifSteps: [this.deploy()], elseSteps: [this.stop()] }); }
}
`,
    expect: ["SP981 8:27"],
    fix: ["Put both steps in the same branch"],
  },
]);
