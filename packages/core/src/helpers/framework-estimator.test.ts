import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { Pipeline, Training, estimator, frameworkEstimator, param } from "../index.ts";
import { evaluatePipeline } from "../evaluate/definition.ts";

const role = "arn:aws:iam::123456789012:role/R";
const t = suite("frameworkEstimator and estimator options");
let dir = "";
const argsOf = (cls: new () => object) => (evaluatePipeline(cls, { sourceDir: dir }).definition as unknown as { Steps: { Arguments: Record<string, unknown> }[] }).Steps[0]!.Arguments;

t.before.each(() => {
  dir = mkdtempSync(join(tmpdir(), "sagepipe-fwest-"));
  process.env.SAGEPIPE_GENERATED_DIR = join(dir, "generated");
  writeFileSync(join(dir, "train.py"), "print('train')\n");
});
t.after.each(() => {
  delete process.env.SAGEPIPE_GENERATED_DIR;
  rmSync(dir, { recursive: true, force: true });
});

@Pipeline({ name: "P", region: "us-west-2", bucket: "b" })
class Options {
  optimizer = param.string("Optimizer", "adam");
  @Training() fit() {
    return frameworkEstimator({
      role, image: "img", instanceType: "ml.m5.xlarge", instanceCount: 1,
      entryPoint: "train.py",
      containerLogLevel: 10,
      hyperparameters: { optimizer: this.optimizer, layers: 2, verbose: true, name: "it's" },
      network: { enableNetworkIsolation: true, encryptInterContainerTraffic: true, securityGroupIds: ["sg-1"], subnets: ["subnet-1"] },
      outputKmsKey: "kms-out", volumeKmsKey: "kms-vol",
      checkpointS3Uri: "s3://b/ckpt", checkpointLocalPath: "/opt/ml/checkpoints/run",
      disableDebugger: true,
    }).fit();
  }
}

@Pipeline({ name: "P", region: "us-west-2", bucket: "b" })
class S3Bundle {
  @Training() fit() {
    return frameworkEstimator({ role, image: "img", instanceType: "ml.m5.xlarge", instanceCount: 1, entryPoint: "train.py", sourceDir: "s3://b/code/sourcedir.tar.gz" }).fit();
  }
}

@Pipeline({ name: "P", bucket: "b" })
class NoRegion {
  @Training() fit() {
    return frameworkEstimator({ role, image: "img", instanceType: "ml.m5.xlarge", instanceCount: 1, entryPoint: "train.py" }).fit();
  }
}

@Pipeline({ name: "P", region: "us-west-2", bucket: "b" })
class HalfVpc {
  @Training() fit() {
    return frameworkEstimator({ role, image: "img", instanceType: "ml.m5.xlarge", instanceCount: 1, entryPoint: "train.py", network: { subnets: ["subnet-1"] } }).fit();
  }
}

@Pipeline({ name: "P", region: "us-west-2", bucket: "b" })
class ProfilerOff {
  @Training() fit() {
    return estimator({ role, image: "img", instanceType: "ml.m5.large", instanceCount: 1, outputPath: "s3://b/out", disableProfiler: true }).fit();
  }
}

t("disableProfiler keeps the debugger hook at the output path and turns the profiler off (SDK disable_profiler=True)", () => {
  const args = argsOf(ProfilerOff);
  assert.equal(args.DebugHookConfig, { S3OutputPath: "s3://b/out", CollectionConfigurations: [] });
  assert.equal(args.ProfilerConfig, { DisableProfiler: true });
});

t("hyperparameters are JSON-encoded, a String parameter stays a reference, and the sagemaker_* entries follow", () => {
  const hps = argsOf(Options).HyperParameters as Record<string, unknown>;
  assert.equal(Object.keys(hps), ["optimizer", "layers", "verbose", "name", "sagemaker_submit_directory", "sagemaker_program", "sagemaker_container_log_level", "sagemaker_region"]);
  assert.equal(hps.optimizer, { Get: "Parameters.Optimizer" });
  assert.is(hps.layers, "2");
  assert.is(hps.verbose, "true");
  assert.is(hps.name, '"it\'s"');
  assert.match(hps.sagemaker_submit_directory as string, /^"s3:\/\/b\/P\/code\/[0-9a-f]{64}\/sourcedir\.tar\.gz"$/);
  assert.is(hps.sagemaker_program, '"train.py"');
  assert.is(hps.sagemaker_container_log_level, "10");
  assert.is(hps.sagemaker_region, '"us-west-2"');
});

t("network, KMS keys and checkpoints land in the SDK's keys and order", () => {
  const args = argsOf(Options);
  assert.equal(Object.keys(args), ["AlgorithmSpecification", "OutputDataConfig", "StoppingCondition", "ResourceConfig", "RoleArn", "HyperParameters", "VpcConfig", "EnableNetworkIsolation", "EnableInterContainerTrafficEncryption", "CheckpointConfig"]);
  assert.equal(args.OutputDataConfig, { S3OutputPath: "s3://b/", KmsKeyId: "kms-out" });
  assert.equal(args.ResourceConfig, { VolumeSizeInGB: 30, InstanceCount: 1, InstanceType: "ml.m5.xlarge", VolumeKmsKeyId: "kms-vol" });
  assert.equal(args.VpcConfig, { SecurityGroupIds: ["sg-1"], Subnets: ["subnet-1"] });
  assert.equal(args.CheckpointConfig, { S3Uri: "s3://b/ckpt", LocalPath: "/opt/ml/checkpoints/run" });
});

t("a bundle already in S3 is used as is, with nothing to upload", () => {
  const e = evaluatePipeline(S3Bundle, { sourceDir: dir });
  const hps = (e.definition as unknown as { Steps: { Arguments: { HyperParameters: Record<string, string> } }[] }).Steps[0]!.Arguments.HyperParameters;
  assert.is(hps.sagemaker_submit_directory, '"s3://b/code/sourcedir.tar.gz"');
  assert.equal(e.assets, []);
});

t("the region is needed (sagemaker_region) and a half VPC is refused", () => {
  assert.throws(() => evaluatePipeline(NoRegion, { sourceDir: dir }), /a framework estimator needs the AWS region/);
  assert.throws(() => evaluatePipeline(HalfVpc, { sourceDir: dir }), /give both securityGroupIds and subnets/);
});

t.run();
