// Type-level tests for transform steps, condition outcomes, the experiment config and retry
// policies: compiled by `tsc -p tsconfig.json` in the test command, never run. Each `@ts-expect-error` line must
// fail to type-check; if it ever compiles, tsc reports the unused directive.
import { ModelStep, Pipeline, PipelineExperimentConfigProperties, Transform, condition, model, eq, join, param, transformer, type PipelineVariable, type RetryPolicy } from "../index.ts";

const score = transformer({ modelName: "m", instanceType: "ml.m5.xlarge", instanceCount: 1, outputPath: "s3://b/out" }).transform({ data: "s3://b/in" });

// Transform properties follow DescribeTransformJobResponse.
export const ok1: PipelineVariable<string> = score.properties.TransformOutput.S3OutputPath;
export const ok2: PipelineVariable<string> = score.outputPath;
export const ok3 = score.properties.TransformResources.InstanceCount;
// @ts-expect-error S3OutputUri is not a field of TransformOutput
export const bad1 = score.properties.TransformOutput.S3OutputUri;
// @ts-expect-error TransformOutputs (plural) is not a field of DescribeTransformJobResponse
export const bad2 = score.properties.TransformOutputs;

// Transform options take only the values CreateTransformJob accepts.
// @ts-expect-error joinSource is "Input" or "None"
transformer({ modelName: "m", instanceType: "ml.m5.xlarge", instanceCount: 1, outputPath: "s3://b/out" }).transform({ data: "s3://b/in", joinSource: "Output" });
// @ts-expect-error the input's S3 URI is `data`, not `s3Uri`
transformer({ modelName: "m", instanceType: "ml.m5.xlarge", instanceCount: 1, outputPath: "s3://b/out" }).transform({ s3Uri: "s3://b/in" });

// A condition step's only property is its boolean outcome.
const gate = condition({ conditions: [eq(param.string("Stage", "dev"), "prod")] });
export const ok4: PipelineVariable<boolean> = gate.outcome;
// @ts-expect-error a condition step has no `properties`
export const bad3 = gate.properties;
// @ts-expect-error the outcome is a boolean, not a string
export const bad4: PipelineVariable<string> = gate.outcome;

// The experiment config's run-time properties are the two names.
export const ok5 = join("-", [PipelineExperimentConfigProperties.ExperimentName, PipelineExperimentConfigProperties.TrialName]);
// @ts-expect-error TrialComponentName is not part of the pipeline's experiment config
export const bad5 = PipelineExperimentConfigProperties.TrialComponentName;

// A function-valued experiment config reads the class's own fields.
@Pipeline<Tracked>({ name: "Tracked", experimentConfig: (self) => ({ experimentName: self.experiment, trialName: "t" }) })
export class Tracked {
  experiment = param.string("Experiment", "e");
}
// @ts-expect-error `experimnt` is not a field of the class
@Pipeline<Tracked2>({ name: "Tracked2", experimentConfig: (self) => ({ experimentName: self.experimnt, trialName: "t" }) })
export class Tracked2 {
  experiment = param.string("Experiment", "e");
}

// Retry policies match only the failures SageMaker knows.
export const retryOk: RetryPolicy = { exceptionTypes: ["Step.THROTTLING", "SageMaker.CAPACITY_ERROR"], maxAttempts: 3 };
// @ts-expect-error "SageMaker.TIMEOUT" is not a retryable exception type
export const retryBad: RetryPolicy = { exceptionTypes: ["SageMaker.TIMEOUT"], maxAttempts: 3 };

// Retry policies by part ({ register, create, repack }) are for model steps only.
export class RetryByPart {
  @ModelStep({ retry: { register: [retryOk], repack: [retryOk] } })
  registered() {
    return model({ image: "img", role: "r" }).register({ contentTypes: [], responseTypes: [], modelPackageGroupName: "G" });
  }
  // @ts-expect-error a transform step takes a list of retry policies, not policies by part
  @Transform({ retry: { register: [retryOk] } })
  scored() {
    return score;
  }
}
