// Conformance case `processing_step`: a framework processor (source folder), a script processor
// with code already in S3, and a PySpark processor; input/output options, network config, KMS keys.
import { Pipeline, Processing, frameworkProcessor, imageUri, param, pysparkProcessor, scriptProcessor } from "@sagepipe/core";

const role = "arn:aws:iam::123456789012:role/SageMakerRole";

@Pipeline({ name: "ProcessingStepPipeline", region: "us-east-1", bucket: "my-bucket" })
export class ProcessingStepPipeline {
  inputUri = param.string("InputUri", "s3://my-bucket/raw");

  @Processing({ name: "FrameworkProcess" })
  frameworkProcess() {
    return frameworkProcessor({
      image: imageUri({ framework: "sklearn", version: "1.2-1", pyVersion: "py3" }),
      role,
      instanceCount: 1,
      instanceType: "ml.m5.xlarge",
      baseJobName: "fw-proc",
      volumeKmsKey: "arn:aws:kms:us-east-1:123456789012:key/volume",
      outputKmsKey: "arn:aws:kms:us-east-1:123456789012:key/output",
      maxRuntimeInSeconds: 1800,
      env: { A: "1" },
      tags: { team: "ml" },
      network: {
        enableNetworkIsolation: false,
        securityGroupIds: ["sg-123"],
        subnets: ["subnet-1", "subnet-2"],
        encryptInterContainerTraffic: true,
      },
    }).run({
      code: "train.py",
      sourceDir: "scripts/train",
      inputs: [
        {
          source: this.inputUri,
          destination: "/opt/ml/processing/input",
          inputName: "raw",
          s3InputMode: "Pipe",
          s3DataDistributionType: "ShardedByS3Key",
          s3CompressionType: "Gzip",
          s3DataType: "ManifestFile",
        },
      ],
      outputs: {
        stream: { source: "/opt/ml/processing/stream", s3UploadMode: "Continuous" },
        fixed: { source: "/opt/ml/processing/fixed", destination: "s3://my-bucket/fixed-output" },
      },
      arguments: ["--epochs", "3"],
    });
  }

  @Processing({ name: "S3CodeProcess" })
  s3CodeProcess() {
    return scriptProcessor({
      role,
      image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/my-image:latest",
      command: ["python3"],
      instanceCount: 1,
      instanceType: "ml.m5.xlarge",
    }).run({
      code: "s3://my-bucket/code/already-uploaded.py",
      inputs: [{ source: this.frameworkProcess().outputs.fixed, destination: "/opt/ml/processing/in" }],
    });
  }

  @Processing({ name: "SparkProcess" })
  sparkProcess() {
    return pysparkProcessor({
      role,
      frameworkVersion: "3.3",
      instanceCount: 2,
      instanceType: "ml.m5.xlarge",
      baseJobName: "spark-proc",
    }).run({
      submitApp: "scripts/train/train.py",
      submitPyFiles: ["scripts/train/utils.py"],
      arguments: ["--input", this.inputUri],
      configuration: [{ Classification: "spark-defaults", Properties: { "spark.executor.memory": "2g" } }],
    });
  }
}
