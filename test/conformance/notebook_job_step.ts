// Conformance case `notebook_job_step`: a notebook run as a job (the definition holds it as a
// Training step) with an initialization script, a dependency, parameters and tags; a second one
// with the defaults that runs after it.
import { NotebookJob, Pipeline, notebookJob, param } from "@sagepipe/core";

const role = "arn:aws:iam::123456789012:role/SageMakerRole";
const distributionImage = "885854791233.dkr.ecr.us-east-1.amazonaws.com/sagemaker-distribution-prod:1-cpu";

@Pipeline({ name: "NotebookJobPipeline", region: "us-east-1", bucket: "my-bucket" })
export class NotebookJobPipeline {
  alpha = param.string("Alpha", "7");

  @NotebookJob({ name: "RunNotebook", displayName: "Run analysis notebook", description: "executes scripts/notebooks/analysis.ipynb" })
  runNotebook() {
    return notebookJob({
      notebookJobName: "analysis-job",
      inputNotebook: "scripts/notebooks/analysis.ipynb",
      initializationScript: "scripts/notebooks/init.sh",
      additionalDependencies: ["scripts/notebooks/helper.py"],
      image: distributionImage,
      kernelName: "python3",
      role,
      s3RootUri: "s3://my-bucket/notebook-jobs",
      parameters: { alpha: this.alpha, mode: "full" },
      env: { STAGE: "test" },
      instanceType: "ml.m5.xlarge",
      volumeSizeInGB: 50,
      maxRetryAttempts: 2,
      maxRuntimeInSeconds: 7200,
      tags: { team: "ml" },
    });
  }

  @NotebookJob<NotebookJobPipeline>({ name: "RunNotebookAgain", dependsOn: (self) => [self.runNotebook] })
  runNotebookAgain() {
    return notebookJob({
      inputNotebook: "scripts/notebooks/analysis.ipynb",
      image: distributionImage,
      kernelName: "python3",
      role,
      s3RootUri: "s3://my-bucket/notebook-jobs",
    });
  }
}
