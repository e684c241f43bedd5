import type { DescribeModelOutput } from "../aws-types/sagemaker.ts";
import { propertyProxy, type Properties, type Value } from "@sagepipe/expressions";
import type { JobEnvironment } from "./job-tags.ts";
import type { CreateOptions, ModelCreateArgs } from "./model.ts";
import { StepError, type RenderContext } from "./render-context.ts";
import { STEP_ARGS } from "./step-args.ts";
import { StepSlot } from "./step-slot.ts";

/** A model made from a model package already in the registry (SDK `ModelPackage(model_package_arn=...)`). */
export interface ModelPackageProps {
  /**
   * The versioned model package's ARN, e.g.
   * "arn:aws:sagemaker:us-east-1:123456789012:model-package/fraud-detector/7", or a pipeline
   * variable holding it (a parameter, another step's `ModelPackageArn`).
   */
  readonly modelPackageArn: Value<string>;
  /** The role the model runs with. */
  readonly role: string;
  /** Environment of the serving container. Any pipeline variable is accepted. @default none */
  readonly env?: JobEnvironment;
  /**
   * Run the container without network access. SageMaker requires it for AWS Marketplace
   * packages; the SDK finds that out by calling DescribeModelPackage at build time, sagepipe
   * calls nothing while building, so say it here. @default false
   */
  readonly enableNetworkIsolation?: boolean;
  /** The model's name, kept in the definition only with `definitionConfig: { useCustomJobPrefix: true }`. @default none */
  readonly name?: string;
}

/** A model from a registered package: `.create()` gives a `@ModelStep`'s arguments (`<name>-CreateModel`). */
export interface ModelFromPackage {
  create(options?: CreateOptions): ModelCreateArgs;
}

/** The region of a SageMaker ARN. */
const ARN_REGION = /^arn:aws[a-z-]*:sagemaker:([a-z0-9-]+):/;

/**
 * What is wrong with a literal package ARN given the pipeline's region (empty when fine, or when
 * it is a pipeline variable). Whether it is a package ARN or name at all is a value check of the
 * definition (SP944, @sagepipe/validate), shown at the `modelPackageArn` option.
 */
export function packageArnProblems(arn: Value<string>, region: string | undefined): string[] {
  if (typeof arn !== "string") return [];
  const m = ARN_REGION.exec(arn);
  if (m && region !== undefined && m[1] !== region) return [`modelPackageArn '${arn}' is in ${m[1]}, but the pipeline runs in ${region}: a model can only use a package of its own region`];
  return [];
}

/** CreateModel's request for a package: `Containers: [{ ModelPackageName, Environment }]`, in the SDK's key order. */
export function renderModelFromPackage(props: ModelPackageProps, ctx: RenderContext): object {
  const problems = packageArnProblems(props.modelPackageArn, ctx.region);
  if (problems.length) throw new StepError(`Step ${ctx.stepName}: ${problems.join("; ")}.`);
  return {
    ModelName: ctx.useCustomJobPrefix ? props.name : undefined,
    ExecutionRoleArn: props.role,
    Containers: [{ ModelPackageName: props.modelPackageArn, Environment: props.env ? { ...props.env } : undefined }],
    EnableNetworkIsolation: props.enableNetworkIsolation || undefined,
  };
}

/**
 * SDK `ModelPackage(model_package_arn=..., role=..., env=...)`: a model served from a registered,
 * approved package. Unlike the SDK, the ARN may be a pipeline variable and nothing is asked of
 * SageMaker while building.
 */
export function modelPackage(props: ModelPackageProps): ModelFromPackage {
  return {
    create: () => {
      const slot = new StepSlot("-CreateModel");
      const properties = propertyProxy<Properties<DescribeModelOutput>>(slot.root());
      return {
        properties,
        modelName: properties.ModelName,
        [STEP_ARGS]: {
          kind: "ModelCreate",
          slot,
          inputs: () => props,
          render: (ctx) => [{ Name: ctx.stepName + slot.referenceSuffix, Type: "Model", Arguments: renderModelFromPackage(props, ctx) }],
        },
      };
    },
  };
}
