import { readFileSync } from "node:fs";
import { DescribePipelineCommand, StartPipelineExecutionCommand } from "@aws-sdk/client-sagemaker";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { checkParameterValues, declaredParameters, parseParameterArgs } from "./pipeline-parameters.ts";
import { startExecution } from "./start-execution.ts";
import { awsError, mockAws, ops, sent } from "./testing/mock-aws.ts";

const t = suite("start with parameters");
// Parameters: InputPath (String, default), InstanceType (String, enum), Mode (String, no default),
// InstanceCount (Integer), LearningRate (Float), RunExtra (Boolean), VolumeSize (Integer, no default).
const definition = JSON.parse(readFileSync(new URL("../../../../shared/conformance/goldens/parameters.json", import.meta.url), "utf8"));
const declared = declaredParameters(definition);
const EXEC = "arn:aws:sagemaker:us-east-1:123456789012:pipeline/params/execution/abc123";

t("declared parameters are read in order with type, default and enum values", () => {
  assert.equal(declared.map((p) => `${p.name}:${p.type}`), [
    "InputPath:String", "InstanceType:String", "Mode:String", "InstanceCount:Integer", "LearningRate:Float", "RunExtra:Boolean", "VolumeSize:Integer",
  ]);
  assert.equal(declared[1]?.enumValues, ["ml.m5.xlarge", "ml.m5.2xlarge"]);
  assert.equal(declared[2]?.defaultValue, undefined);
});

t("Name=value arguments split at the first '='", () => {
  assert.equal(parseParameterArgs(["A=1", "B=x=y", "C="]), { values: { A: "1", B: "x=y", C: "" }, problems: [] });
  assert.equal(parseParameterArgs(["novalue", "=x", "A=1", "A=2"]).problems, [
    "--param 'novalue': expected Name=value.", "--param '=x': expected Name=value.", "--param A: given twice; keep one.",
  ]);
});

t("good values pass, in declaration order, with Booleans normalised", () => {
  const { parameters, problems } = checkParameterValues(declared, {
    VolumeSize: "30", Mode: "fast", RunExtra: "TRUE", LearningRate: "1e-3", InstanceCount: "+4", InstanceType: "ml.m5.2xlarge",
  });
  assert.equal(problems, []);
  assert.equal(parameters, [
    { Name: "InstanceType", Value: "ml.m5.2xlarge" },
    { Name: "Mode", Value: "fast" },
    { Name: "InstanceCount", Value: "4" },
    { Name: "LearningRate", Value: "1e-3" },
    { Name: "RunExtra", Value: "true" },
    { Name: "VolumeSize", Value: "30" },
  ]);
});

t("unknown names, type mismatches, enum misses and missing required values are all reported", () => {
  const { problems } = checkParameterValues(declared, {
    Instancecount: "2", InstanceType: "ml.p3.2xlarge", InstanceCount: "2.5", LearningRate: "fast", RunExtra: "yes",
  });
  assert.equal(problems, [
    "unknown parameter 'Instancecount'. The pipeline declares: InputPath, InstanceType, Mode, InstanceCount, LearningRate, RunExtra, VolumeSize.",
    "InstanceType must be one of ml.m5.xlarge, ml.m5.2xlarge; got 'ml.p3.2xlarge'.",
    "Mode has no default value; pass --param Mode=<String>.",
    "InstanceCount is an Integer parameter; '2.5' is not a whole number.",
    "LearningRate is a Float parameter; 'fast' is not a number.",
    "RunExtra is a Boolean parameter; use true or false, not 'yes'.",
    "VolumeSize has no default value; pass --param VolumeSize=<Integer>.",
  ]);
});

t("startExecution checks against the live definition, then sends only the given values", async () => {
  const aws = mockAws();
  aws.sagemaker.on(DescribePipelineCommand).resolves({ PipelineArn: "arn:p", PipelineDefinition: JSON.stringify(definition) });
  aws.sagemaker.on(StartPipelineExecutionCommand).resolves({ PipelineExecutionArn: EXEC });
  const started = await startExecution("params", {
    clients: aws.clients, parameters: { Mode: "m", VolumeSize: "10", LearningRate: "0.1" }, displayName: "nightly", maxParallelExecutionSteps: 2,
  });
  assert.equal(started.executionArn, EXEC);
  assert.equal(sent(aws.sagemaker)[1]?.input, {
    PipelineName: "params",
    PipelineExecutionDisplayName: "nightly",
    PipelineParameters: [{ Name: "Mode", Value: "m" }, { Name: "LearningRate", Value: "0.1" }, { Name: "VolumeSize", Value: "10" }],
    ParallelismConfiguration: { MaxParallelExecutionSteps: 2 },
  });
});

t("bad values stop the run before StartPipelineExecution is called", async () => {
  const aws = mockAws();
  aws.sagemaker.on(DescribePipelineCommand).resolves({ PipelineArn: "arn:p", PipelineDefinition: JSON.stringify(definition) });
  try {
    await startExecution("params", { clients: aws.clients, parameters: { Mode: "m", VolumeSize: "big" } });
    assert.unreachable();
  } catch (e) {
    assert.equal((e as Error).message, "cannot start params:\n  VolumeSize is an Integer parameter; 'big' is not a whole number.");
    assert.equal((e as { exitCode?: number }).exitCode, 1);
  }
  assert.equal(ops(aws.sagemaker), ["DescribePipeline"]);
});

t("starting a pipeline that is not deployed says to deploy it", async () => {
  const aws = mockAws();
  aws.sagemaker.on(DescribePipelineCommand).rejects(awsError("ResourceNotFound", "Pipeline does not exist."));
  try {
    await startExecution("Nope", { clients: aws.clients });
    assert.unreachable();
  } catch (e) {
    assert.equal((e as Error).message, "DescribePipeline (pipeline 'Nope'): not found. Deploy it first with `sagepipe deploy`, or check the name and the region (--region).");
  }
});

t.run();
