import { suite } from "uvu";
import * as assert from "uvu/assert";
import { BedrockModelImport, EMRServerless, Lineage, Pipeline, bedrockModelImport, emrServerless, lineage } from "../index.ts";
import { evaluatePipeline } from "../evaluate/definition.ts";

const t = suite("Bedrock, Lineage and EMRServerless steps");
const jobConfig = { jobDriver: { sparkSubmit: { entryPoint: "s3://b/x.py" } }, executionRoleArn: "arn:role" };

t("an EMRServerless step needs exactly one of applicationId and applicationConfig, said at build with the step's name", () => {
  @Pipeline({ name: "P", region: "us-east-1" })
  class Neither {
    @EMRServerless({ name: "Job" }) job() {
      return emrServerless({ jobConfig });
    }
  }
  @Pipeline({ name: "P", region: "us-east-1" })
  class Both {
    @EMRServerless({ name: "Job" }) job() {
      return emrServerless({ jobConfig, applicationId: "app", applicationConfig: { releaseLabel: "emr-7.1.0", type: "SPARK" } });
    }
  }
  assert.throws(() => evaluatePipeline(Neither, { sourceDir: "." }), /Step Job: give applicationId \(an existing EMR Serverless application\) or applicationConfig/);
  assert.throws(() => evaluatePipeline(Both, { sourceDir: "." }), /Step Job: give applicationId or applicationConfig, not both/);
});

t("lineage() takes the SDK's four lists, at least one, and nothing else", () => {
  assert.throws(() => lineage({}), /give at least one of Actions, Artifacts, Contexts, Associations/);
  assert.throws(() => lineage({ Bogus: [] } as never), /unknown argument field\(s\) Bogus/);
});

t("a pass-through step's arguments are the request as written; a decorator accepts only its own kind", () => {
  @Pipeline({ name: "P", region: "us-east-1" })
  class Wrong {
    @Lineage({ name: "L" }) l() {
      return bedrockModelImport({ JobName: "j", ImportedModelName: "m", RoleArn: "r", ModelDataSource: { S3DataSource: { S3Uri: "s3://b/k" } } }) as never;
    }
  }
  assert.throws(() => evaluatePipeline(Wrong, { sourceDir: "." }), /decorated @Lineage\(\) but returns a BedrockModelImport step/);
  @Pipeline({ name: "P", region: "us-east-1" })
  class Right {
    @BedrockModelImport({ name: "Import" }) i() {
      return bedrockModelImport({ JobName: "j", ImportedModelName: "m", RoleArn: "r", ModelDataSource: { S3DataSource: { S3Uri: "s3://b/k" } } });
    }
  }
  const d = evaluatePipeline(Right, { sourceDir: "." }).definition as unknown as { Steps: unknown[] };
  assert.equal(d.Steps, [{ Name: "Import", Type: "BedrockModelImport", Arguments: { JobName: "j", ImportedModelName: "m", RoleArn: "r", ModelDataSource: { S3DataSource: { S3Uri: "s3://b/k" } } } }]);
});

t.run();
