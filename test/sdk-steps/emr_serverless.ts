// Two EMR Serverless steps of SageMaker Python SDK v3 (EMRServerlessStep): one on an existing
// application (with cache and retry), one on an application made for it. sdk-steps.test.ts
// builds it and compares with the JSON the SDK's source produces for the same steps.
import { EMRServerless, Pipeline, emrServerless, param } from "@sagepipe/core";

const role = "arn:aws:iam::123456789012:role/EMRServerlessRole";

@Pipeline({ name: "EmrServerlessPipeline", region: "us-east-1", bucket: "my-bucket" })
export class EmrServerlessPipeline {
  entryPoint = param.string("EntryPoint", "s3://my-bucket/scripts/prepare.py");

  @EMRServerless({
    name: "Prepare",
    displayName: "Prepare data",
    description: "runs on the team's application",
    cache: { enabled: true, expireAfter: "PT12H" },
    retry: [{ exceptionTypes: ["Step.SERVICE_FAULT"], maxAttempts: 3 }],
  })
  prepare() {
    return emrServerless({
      applicationId: "00f1abcd2efgh3ij",
      jobConfig: {
        jobDriver: { sparkSubmit: { entryPoint: this.entryPoint, entryPointArguments: ["--day", "1"] } },
        executionRoleArn: role,
        configurationOverrides: {
          applicationConfiguration: [{ classification: "spark-defaults", properties: { "spark.sql.adaptive.enabled": "true" } }],
        },
        executionTimeoutMinutes: 60,
        name: "prepare-run",
        tags: { team: "ml" },
      },
    });
  }

  @EMRServerless({ name: "Report", dependsOn: (self: EmrServerlessPipeline) => [self.prepare] })
  report() {
    return emrServerless({
      applicationConfig: { name: "report-app", releaseLabel: "emr-7.1.0", type: "SPARK" },
      jobConfig: {
        jobDriver: { sparkSubmit: { entryPoint: "s3://my-bucket/scripts/report.py", entryPointArguments: [this.prepare().properties.jobRun.jobRunId] } },
        executionRoleArn: role,
      },
    });
  }
}
