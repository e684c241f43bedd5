// The pipeline class a random DAG model stands for, made in memory (decorators applied by
// hand, as a compiler with experimentalDecorators would), so thousands of models can be
// evaluated in-process without writing and importing a TypeScript file for each. It is the
// same class `pipelineSource` writes (random-dag.test.ts builds those through files).
import { Condition, Fail, Pipeline, Processing, condition, eq, fail, join, param, processor } from "@sagepipe/core";
import type { DagModel } from "./random-dag.ts";

const p = processor({ role: "arn:aws:iam::123456789012:role/SageMakerRole", image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/prep:1", instanceType: "ml.m5.xlarge", instanceCount: 1, command: ["python3"] });

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- members are looked up by generated name
type Self = Record<string, any>;
type Decorator = (target: object, key: string, descriptor: PropertyDescriptor) => PropertyDescriptor | void;

/** A fresh class `Generated` for the model (each call makes a new one). */
export function pipelineClass(m: DagModel): new () => object {
  const parameters = m.parameters;
  const Generated = class {
    constructor() {
      for (const q of parameters) (this as Record<string, unknown>)[q.field] = param.string(q.name, `s3://my-bucket/${q.name}`);
    }
  };
  Object.defineProperty(Generated, "name", { value: "Generated" });
  const methods = new Map<string, { body: (this: Self) => unknown; decorator: Decorator }>();
  for (const s of m.processing) {
    const params = m.parameters.filter((q) => q.usedBy === s.method).map((q) => q.field);
    const options = s.dependsOn.length ? { dependsOn: (self: Self) => s.dependsOn.map((d) => self[d]) } : {};
    methods.set(s.method, {
      decorator: Processing(options as never) as unknown as Decorator,
      body(this: Self) {
        return p.run({
          ...(s.method === "s0" ? { code: "code/run.py" } : {}),
          ...(params.length ? { arguments: params.flatMap((f) => [`--${f}`, this[f]]) } : {}),
          inputs: s.data.map((d) => ({ source: this[d]().outputs.out, destination: `/opt/ml/processing/input/${d}` })),
          outputs: { out: "/opt/ml/processing/output" },
        });
      },
    });
  }
  for (const f of m.fails) {
    methods.set(f.method, {
      decorator: Fail() as unknown as Decorator,
      body(this: Self) {
        return fail(f.reads ? join(" ", ["failed after", this[f.reads]().outputs.out]) : "failed");
      },
    });
  }
  for (const c of m.conditions) {
    methods.set(c.method, {
      decorator: Condition() as unknown as Decorator,
      body(this: Self) {
        const against = c.against ? this[c.against] : "s3://my-bucket/expected";
        return condition({ conditions: [eq(this[c.reads]().outputs.out, against)], ifSteps: c.ifSteps.map((x) => this[x]()), elseSteps: c.elseSteps.map((x) => this[x]()) });
      },
    });
  }
  for (const name of m.order) {
    const { body, decorator } = methods.get(name)!;
    const descriptor: PropertyDescriptor = { value: body, writable: true, configurable: true, enumerable: false };
    Object.defineProperty(Generated.prototype, name, decorator(Generated.prototype, name, descriptor) ?? descriptor);
  }
  (Pipeline({ name: "Generated", region: "us-east-1", bucket: "my-bucket" }) as (cls: Function) => void)(Generated);
  return Generated;
}
