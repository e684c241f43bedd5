// The user project the decorator matrix type-checks: a pipeline written as a user of the
// published packages would write it, and a file of deliberate mistakes. A line ending in
// `// expect TS2339` must give exactly that error (the code, on that line), in every mode;
// `// expect standard: TS1241; legacy: TS1329` names the codes per decorator standard.

/** The pipeline: typed outputs, Describe* properties, a property file, a condition, parameters. */
export const PIPELINE = `import {
  Condition, Fail, ModelStep, Pipeline, Processing, Training,
  condition, estimator, fail, imageUri, join, jsonGet, lte, model, param, sklearnProcessor,
  type PipelineVariable,
} from "@sagepipe/core";
import { role } from "./settings.js";

const image = imageUri({ framework: "xgboost", version: "1.0-1" });

@Pipeline<Churn>({ name: "ChurnPipeline", region: "us-east-1", bucket: "my-bucket" })
export class Churn {
  inputData = param.string("InputData", "s3://my-bucket/churn/data.csv");
  maxError = param.float("MaxError", 0.3);

  @Processing({ name: "ChurnPrepare" })
  prepare() {
    return sklearnProcessor({ frameworkVersion: "1.2-1", role, instanceType: "ml.m5.xlarge", instanceCount: 1 }).run({
      inputs: [{ source: this.inputData, destination: "/opt/ml/processing/input" }],
      outputs: { train: "/opt/ml/processing/train", test: "/opt/ml/processing/test" },
      code: "code/prepare.py",
    });
  }

  @Training({ dependsOn: (self: Churn) => [self.prepare] })
  train() {
    const data: PipelineVariable<string> = this.prepare().outputs.train;
    return estimator({ image, role, instanceType: "ml.m5.xlarge", instanceCount: 1 })
      .fit({ train: { s3Data: data, contentType: "text/csv" } });
  }

  @Processing()
  evaluate() {
    return sklearnProcessor({ frameworkVersion: "1.2-1", role, instanceType: "ml.m5.xlarge", instanceCount: 1 }).run({
      inputs: [
        { source: this.train().properties.ModelArtifacts.S3ModelArtifacts, destination: "/opt/ml/processing/model" },
        { source: this.prepare().outputs.test, destination: "/opt/ml/processing/test" },
      ],
      outputs: { report: "/opt/ml/processing/report" },
      code: "code/evaluate.py",
      propertyFiles: { Report: { output: "report", path: "report.json" } },
    });
  }

  @ModelStep()
  register() {
    return model({ image, modelData: this.train().modelArtifacts, role }).register({
      contentTypes: ["text/csv"],
      responseTypes: ["text/csv"],
      modelPackageGroupName: "Churn",
    });
  }

  @Fail()
  tooInaccurate() {
    return fail(join(" ", ["The error is above", this.maxError]));
  }

  @Condition()
  accurateEnough() {
    return condition({
      conditions: [lte(jsonGet(this.evaluate().propertyFiles.Report, "metrics.error"), this.maxError)],
      ifSteps: [this.register()],
      elseSteps: [this.tooInaccurate()],
    });
  }
}
`;

/** Mistakes the types must catch, each marked with the error it must give. */
export const MISTAKES = `import { Pipeline, Processing, Training, Condition, Fail, condition, estimator, fail, lte, param, processor } from "@sagepipe/core";
import { role } from "./settings.js";

const proc = processor({ role, image: "img", instanceType: "ml.m5.xlarge", instanceCount: 1 });

@Pipeline<Mistakes>({ name: "Mistakes", bucket: "my-bucket" })
export class Mistakes {
  threshold = param.float("Threshold", 0.5);
  mode = param.string("Mode", "fast");

  @Processing()
  prepare() {
    return proc.run({ outputs: { train: "/opt/ml/processing/train" } });
  }

  @Training() // expect TS1241
  notATraining() {
    return proc.run({ outputs: { x: "/x" } });
  }

  @Processing() // expect TS1241
  notAProcessing() {
    return estimator({ image: "img", role, instanceType: "ml.m5.xlarge", instanceCount: 1 }).fit({ train: "s3://b/t" });
  }

  @Training()
  misspelledOutput() {
    return estimator({ image: "img", role, instanceType: "ml.m5.xlarge", instanceCount: 1 })
      .fit({ train: this.prepare().outputs.trian }); // expect TS2551
  }

  @Processing()
  misspelledProperty() {
    return proc.run({
      inputs: [{ source: this.prepare().properties.ProcessingJobStatuss, destination: "/in" }], // expect TS2551
      outputs: { y: "/y" },
    });
  }

  @Processing({ dependsOn: (self: Mistakes) => [self.prepair] }) // expect TS2551
  unknownDependency() {
    return proc.run({ outputs: { z: "/z" } });
  }

  @Processing // expect standard: TS1241 TS1270; legacy: TS1329
  notCalled() {
    return proc.run({ outputs: { w: "/w" } });
  }

  @Fail()
  untaggedTemplate() {
    return fail(\`above \${this.threshold}\`); // expect TS2731
  }

  @Condition()
  stringAgainstNumber() {
    return condition({ conditions: [lte(this.mode, 2)], ifSteps: [this.prepare()] }); // expect TS2769
  }
}
`;

/** An import with an extension, as \`nodenext\` requires of a relative import. */
export const SETTINGS = `export const role = "arn:aws:iam::123456789012:role/SageMakerRole";\n`;

export type DecoratorMode = "standard" | "legacy";

/** `{ line -> codes }` the marked lines of a file must give, sorted, for one decorator mode. */
export function expectedErrors(source: string, mode: DecoratorMode): string[] {
  const out: string[] = [];
  source.split("\n").forEach((text, i) => {
    const marker = /\/\/ expect (.*)$/.exec(text)?.[1];
    if (!marker) return;
    for (const part of marker.split(";")) {
      const scoped = /^\s*(standard|legacy):(.*)$/.exec(part);
      if (scoped && scoped[1] !== mode) continue;
      for (const code of (scoped ? scoped[2]! : part).trim().split(/\s+/)) out.push(`${i + 1} ${code}`);
    }
  });
  return out.sort();
}
