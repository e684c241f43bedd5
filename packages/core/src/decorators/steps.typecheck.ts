// Type-level tests of the step decorators, compiled by `tsc -p tsconfig.json` (which sets
// experimentalDecorators; the decorator matrix in test/e2e/installed-project.test.ts compiles
// the same kind of code
// under TC39 decorators too, with TypeScript 5, 6 and 7). Each `@ts-expect-error` must fail.
import { Condition, Pipeline, Processing, Training, condition, estimator, eq, processor, type PipelineVariable } from "../index.ts";

const role = "arn:aws:iam::123456789012:role/R";
const proc = processor({ role, image: "img", instanceType: "ml.m5.xlarge", instanceCount: 1 });
const est = estimator({ role, image: "img", instanceType: "ml.m5.xlarge", instanceCount: 1 });

@Pipeline<Kinds>({ name: "Kinds", bucket: "b" })
export class Kinds {
  @Processing()
  prepare() {
    return proc.run({ outputs: { train: "/opt/ml/processing/train" } });
  }

  // The decorator leaves the method's type alone: outputs stay typed.
  @Training({ dependsOn: (self: Kinds) => [self.prepare] })
  train() {
    const data: PipelineVariable<string> = this.prepare().outputs.train;
    return est.fit({ train: data });
  }

  // @ts-expect-error a training step must return estimator(...).fit(...), not a processing step
  @Training()
  processingAsTraining() {
    return proc.run({ outputs: { x: "/x" } });
  }

  // @ts-expect-error a processing step must return processor(...).run(...), not a training step
  @Processing()
  trainingAsProcessing() {
    return est.fit({ train: "s3://b/train" });
  }

  // @ts-expect-error a step method must return a step
  @Condition()
  notAStep() {
    return eq(1, 1);
  }

  @Condition()
  check() {
    return condition({ conditions: [eq(this.train().properties.TrainingJobStatus, "Completed")], ifSteps: [this.prepare()] });
  }
}
