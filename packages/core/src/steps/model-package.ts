import type { Value } from "@sagepipe/expressions";
import { renderDriftCheckBaselines, type DriftCheckBaselines } from "./drift-check-baselines.ts";
import type { ContainerFramework } from "./model-container.ts";
import { renderModelMetrics, type ModelMetrics } from "./model-metrics.ts";

/** Where a model package came from (SDK `MetadataProperties`). */
export interface MetadataProperties {
  /** @default none */
  readonly commitId?: Value<string>;
  /** @default none */
  readonly repository?: Value<string>;
  /** @default none */
  readonly generatedBy?: Value<string>;
  /** @default none */
  readonly projectId?: Value<string>;
}

/** What registering a model takes (SDK `model.register(...)` / `RegisterModel`). */
export interface RegisterOptions extends ContainerFramework {
  readonly modelPackageGroupName: Value<string>;
  readonly contentTypes: readonly Value<string>[];
  readonly responseTypes: readonly Value<string>[];
  /** @default none */
  readonly inferenceInstances?: readonly Value<string>[];
  /** @default none */
  readonly transformInstances?: readonly Value<string>[];
  /** @default "PendingManualApproval" (as the SDK sends it) */
  readonly approvalStatus?: Value<string>;
  /** @default none */
  readonly modelMetrics?: ModelMetrics;
  /** Baselines later drift checks compare with. @default none */
  readonly driftCheckBaselines?: DriftCheckBaselines;
  /** The model package's description. @default none */
  readonly description?: Value<string>;
  /** @default none */
  readonly metadataProperties?: MetadataProperties;
  /** Free-form key/value metadata. @default none */
  readonly customerMetadataProperties?: Readonly<Record<string, Value<string>>>;
  /** e.g. "MACHINE_LEARNING", "COMPUTER_VISION", "NATURAL_LANGUAGE_PROCESSING". @default none */
  readonly domain?: Value<string>;
  /** e.g. "REGRESSION", "CLASSIFICATION", "IMAGE_CLASSIFICATION". @default none */
  readonly task?: Value<string>;
  /** The S3 URI of a sample payload (a tar.gz) for Inference Recommender. @default none */
  readonly samplePayloadUrl?: Value<string>;
  /** Skip the service's model validation: "All" or "None". @default "None" */
  readonly skipModelValidation?: "All" | "None";
}

function metadata(m: MetadataProperties): object {
  return { CommitId: m.commitId, Repository: m.repository, GeneratedBy: m.generatedBy, ProjectId: m.projectId };
}

/** The `Arguments` of a register step (CreateModelPackage's request), in the SDK's key order. */
export function renderModelPackageArguments(o: RegisterOptions, containers: readonly object[]): object {
  return {
    ModelPackageGroupName: o.modelPackageGroupName,
    ModelPackageDescription: o.description,
    ModelMetrics: o.modelMetrics ? renderModelMetrics(o.modelMetrics) : undefined,
    DriftCheckBaselines: o.driftCheckBaselines ? renderDriftCheckBaselines(o.driftCheckBaselines) : undefined,
    MetadataProperties: o.metadataProperties ? metadata(o.metadataProperties) : undefined,
    CustomerMetadataProperties: o.customerMetadataProperties ? { ...o.customerMetadataProperties } : undefined,
    Domain: o.domain,
    SamplePayloadUrl: o.samplePayloadUrl,
    Task: o.task,
    InferenceSpecification: {
      Containers: [...containers],
      SupportedContentTypes: [...o.contentTypes],
      SupportedResponseMIMETypes: [...o.responseTypes],
      SupportedRealtimeInferenceInstanceTypes: o.inferenceInstances ? [...o.inferenceInstances] : undefined,
      SupportedTransformInstanceTypes: o.transformInstances ? [...o.transformInstances] : undefined,
    },
    ModelApprovalStatus: o.approvalStatus ?? "PendingManualApproval",
    SkipModelValidation: o.skipModelValidation ?? "None",
  };
}
