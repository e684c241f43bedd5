import { suite } from "uvu";
import * as assert from "uvu/assert";
import { renderValue } from "@sagepipe/expressions";
import { param } from "../params.ts";
import { renderDriftCheckBaselines } from "./drift-check-baselines.ts";
import { renderModelPackageArguments } from "./model-package.ts";

const t = suite("model package arguments");
const json = "application/json";

t("every drift-check baseline group, in the SDK's order; empty groups left out", () => {
  const rendered = renderValue(renderDriftCheckBaselines({
    explainabilityConfigFile: { s3Uri: "s3://b/shap.json", contentType: json },
    biasPostTrainingConstraints: { s3Uri: "s3://b/post.json", contentType: json, contentDigest: "sha256:1" },
    biasConfigFile: { s3Uri: "s3://b/bias.json" },
    modelDataConstraints: { s3Uri: "s3://b/dc.json", contentType: json },
  })) as Record<string, Record<string, unknown>>;
  assert.equal(Object.keys(rendered), ["ModelDataQuality", "Bias", "Explainability"]);
  assert.equal(rendered.Bias, {
    ConfigFile: { S3Uri: "s3://b/bias.json" },
    PostTrainingConstraints: { ContentType: json, S3Uri: "s3://b/post.json", ContentDigest: "sha256:1" },
  });
  assert.equal(rendered.Explainability, { ConfigFile: { S3Uri: "s3://b/shap.json", ContentType: json } });
});

t("package arguments: keys in the SDK's order, defaults for approval and validation, metadata as given", () => {
  const status = param.string("Status", "Approved");
  const rendered = renderValue(renderModelPackageArguments({
    modelPackageGroupName: "G",
    contentTypes: ["text/csv"],
    responseTypes: ["text/csv"],
    task: "CLASSIFICATION",
    metadataProperties: { commitId: "abc", repository: "git@x" },
    customerMetadataProperties: { team: "ml" },
    skipModelValidation: "All",
    approvalStatus: status,
  }, [{ Image: "img" }])) as Record<string, unknown>;
  assert.equal(Object.keys(rendered), ["ModelPackageGroupName", "MetadataProperties", "CustomerMetadataProperties", "Task", "InferenceSpecification", "ModelApprovalStatus", "SkipModelValidation"]);
  assert.equal(rendered.MetadataProperties, { CommitId: "abc", Repository: "git@x" });
  assert.equal(rendered.InferenceSpecification, { Containers: [{ Image: "img" }], SupportedContentTypes: ["text/csv"], SupportedResponseMIMETypes: ["text/csv"] });
  assert.equal(rendered.ModelApprovalStatus, { Get: "Parameters.Status" });
  assert.is(rendered.SkipModelValidation, "All");
  const plain = renderValue(renderModelPackageArguments({ modelPackageGroupName: "G", contentTypes: [], responseTypes: [] }, [])) as Record<string, unknown>;
  assert.is(plain.ModelApprovalStatus, "PendingManualApproval");
  assert.is(plain.SkipModelValidation, "None");
});

t.run();
