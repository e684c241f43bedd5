// Conformance case `emr_step`: EMR steps on an existing cluster (runtime role, retry, cache) and on
// a new cluster (cluster config, depends-on), and a fail step that reads their EMR properties.
import { EMR, Fail, Pipeline, emrStep, fail, join, param } from "@sagepipe/core";

@Pipeline({ name: "EMRStepPipeline", region: "us-east-1", bucket: "my-bucket" })
export class EMRStepPipeline {
  inputPath = param.string("EmrInput", "s3://my-bucket/emr/input");

  @EMR({
    name: "EMRExistingCluster",
    displayName: "EMR on existing cluster",
    description: "runs on j-XXXX",
    cache: { enabled: true, expireAfter: "PT2H" },
    retry: [{ exceptionTypes: ["Step.THROTTLING"], maxAttempts: 3 }],
  })
  existingCluster() {
    return emrStep({
      clusterId: "j-1ABCDEFGHIJKL",
      executionRoleArn: "arn:aws:iam::123456789012:role/EMRRuntimeRole",
      stepConfig: {
        jar: "command-runner.jar",
        args: ["spark-submit", "s3://my-bucket/emr/job.py", "--input", this.inputPath],
        mainClass: "org.example.Main",
        properties: { "mapred.tasktracker.map.tasks.maximum": "2" },
      },
    });
  }

  @EMR<EMRStepPipeline>({
    name: "EMRNewCluster",
    displayName: "EMR on new cluster",
    description: "creates a transient cluster",
    dependsOn: (self) => [self.existingCluster],
  })
  newCluster() {
    return emrStep({
      clusterConfig: {
        ReleaseLabel: "emr-6.15.0",
        Applications: [{ Name: "Spark" }],
        Instances: {
          InstanceGroups: [
            { InstanceRole: "MASTER", InstanceType: "m5.xlarge", InstanceCount: 1 },
            { InstanceRole: "CORE", InstanceType: "m5.xlarge", InstanceCount: 2 },
          ],
        },
        JobFlowRole: "EMR_EC2_DefaultRole",
        ServiceRole: "EMR_DefaultRole",
      },
      stepConfig: { jar: "command-runner.jar", args: ["spark-submit", "s3://my-bucket/emr/job2.py"] },
    });
  }

  @Fail({ name: "ReportCluster" })
  report() {
    return fail(join(" ", ["emr step", this.newCluster().properties.Id, "state", this.existingCluster().properties.Status.State]));
  }
}
