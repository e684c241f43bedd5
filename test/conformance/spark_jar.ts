// Conformance case `spark_jar`: a Spark jar processor (SDK `SparkJarProcessor`, Spark 3.3): a local
// application jar (uploaded under the code hash of the sorted [app, class, jars...]), its class, an
// S3 jar, arguments with a parameter, event logs (an unnamed Continuous output `output-1`) and an
// EMR-style configuration (staged as configuration.json under the hash of Python's str() of it).
import { Pipeline, Processing, param, sparkJarProcessor } from "@sagepipe/core";

const role = "arn:aws:iam::123456789012:role/SageMakerRole";

@Pipeline({ name: "SparkJarPipeline", region: "us-east-1", bucket: "my-bucket" })
export class SparkJarPipeline {
  inputPrefix = param.string("InputPrefix", "s3://my-bucket/spark/input");

  @Processing({ name: "WordCountJar" })
  wordCount() {
    return sparkJarProcessor({
      role,
      frameworkVersion: "3.3",
      instanceCount: 2,
      instanceType: "ml.m5.xlarge",
      baseJobName: "spark-jar",
      maxRuntimeInSeconds: 3600,
    }).run({
      submitApp: "scripts/spark/word-count.jar",
      submitClass: "com.example.spark.WordCount",
      submitJars: ["s3://my-bucket/spark/jars/deps.jar"],
      inputs: [{ source: this.inputPrefix, destination: "/opt/ml/processing/input/data", inputName: "data" }],
      arguments: ["--input", "/opt/ml/processing/input/data", "--source", this.inputPrefix, "--min-count", "2"],
      sparkEventLogsS3Uri: "s3://my-bucket/spark/event-logs",
      configuration: [
        { Classification: "spark-defaults", Properties: { "spark.executor.memory": "4g", "spark.executor.cores": "2" } },
        { Classification: "core-site", Properties: { "hadoop.security.groups.cache.secs": "250" } },
      ],
    });
  }
}
