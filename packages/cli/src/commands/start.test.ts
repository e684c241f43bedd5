import { readFileSync } from "node:fs";
import { mockAws, ops, sagemakerSdk as sdk, sent } from "@sagepipe/aws/testing";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { captureIO } from "../aws/capture-io.ts";
import type { AwsCommandDeps } from "../aws/command-deps.ts";
import { main } from "../main.ts";
import { runsCommand } from "./runs.ts";
import { startCommand } from "./start.ts";
import { stopCommand } from "./stop.ts";
import { watchCommand } from "./watch.ts";

const t = suite("sagepipe start / watch / runs / stop");
const PIPE = "arn:aws:sagemaker:us-east-1:123456789012:pipeline/params";
const EXEC = `${PIPE}/execution/abc123`;
const definition = readFileSync(new URL("../../../../../shared/conformance/goldens/parameters.json", import.meta.url), "utf8");
const at = (min: number) => new Date(Date.UTC(2024, 0, 1, 12, min));

function stubbed() {
  const aws = mockAws();
  const deps: AwsCommandDeps = {
    connect: () => aws.clients,
    compiler: { buildPipelines: async () => assert.unreachable() as never, formatDiagnostics: () => "" },
  };
  aws.sagemaker.on(sdk.DescribePipelineCommand).resolves({ PipelineArn: PIPE, PipelineDefinition: definition });
  aws.sagemaker.on(sdk.StartPipelineExecutionCommand).resolves({ PipelineExecutionArn: EXEC });
  return { aws, deps };
}

function scriptRun(aws: ReturnType<typeof mockAws>, final: "Succeeded" | "Failed") {
  aws.sagemaker
    .on(sdk.DescribePipelineExecutionCommand)
    .resolvesOnce({ PipelineExecutionStatus: "Executing", CreationTime: at(0) })
    .resolves({ PipelineExecutionStatus: final, CreationTime: at(0), LastModifiedTime: at(5) });
  aws.sagemaker
    .on(sdk.ListPipelineExecutionStepsCommand)
    .resolvesOnce({ PipelineExecutionSteps: [{ StepName: "Prep", StepStatus: "Executing", StartTime: at(0) }] })
    .resolves({ PipelineExecutionSteps: [{ StepName: "Prep", StepStatus: final, StartTime: at(0), EndTime: at(4), ...(final === "Failed" ? { FailureReason: "boom" } : {}) }] });
}

t("start checks --param values, starts the run and prints its ARN", async () => {
  const { aws, deps } = stubbed();
  const io = captureIO({ cwd: "/" });
  const code = await startCommand(deps).run(["params", "--param", "Mode=fast", "--param", "VolumeSize=20", "--param", "RunExtra=False", "--display-name", "nightly"], io);
  assert.equal(code, 0);
  assert.equal(io.outText(), EXEC);
  assert.equal(sent(aws.sagemaker)[1]?.input, {
    PipelineName: "params", PipelineExecutionDisplayName: "nightly",
    PipelineParameters: [{ Name: "Mode", Value: "fast" }, { Name: "RunExtra", Value: "false" }, { Name: "VolumeSize", Value: "20" }],
  });
});

t("start with wrong parameters prints every problem and starts nothing (exit 1)", async () => {
  const { aws, deps } = stubbed();
  const direct = captureIO({ cwd: "/" });
  try {
    await startCommand(deps).run(["params", "--param", "Mode=x", "--param", "VolumeSize=1.5", "--param", "Colour=red"], direct);
    assert.unreachable();
  } catch (e) {
    assert.equal((e as Error).message, [
      "cannot start params:",
      "  unknown parameter 'Colour'. The pipeline declares: InputPath, InstanceType, Mode, InstanceCount, LearningRate, RunExtra, VolumeSize.",
      "  VolumeSize is an Integer parameter; '1.5' is not a whole number.",
    ].join("\n"));
    assert.equal((e as { exitCode?: number }).exitCode, 1);
  }
  assert.not.ok(ops(aws.sagemaker).includes("StartPipelineExecution"));
});

t("start --wait watches the run; the exit code follows its final status", async () => {
  for (const [final, expected] of [["Succeeded", 0], ["Failed", 1]] as const) {
    const { aws, deps } = stubbed();
    scriptRun(aws, final);
    const io = captureIO({ cwd: "/" });
    const code = await startCommand(deps).run(["params", "--param", "Mode=m", "--param", "VolumeSize=1", "--wait", "--interval", "0"], io);
    assert.equal(code, expected);
    const lines = io.outText().split("\n");
    assert.equal(lines[0], EXEC);
    assert.equal(lines.slice(-2), [`Prep: ${final} (4m 00s${final === "Failed" ? "): boom" : ")"}`, `pipeline: ${final} (5m 00s)`]);
  }
});

t("watch on a terminal redraws one table in place", async () => {
  const { aws, deps } = stubbed();
  scriptRun(aws, "Succeeded");
  const io = captureIO({ cwd: "/", isTTY: true });
  assert.equal(await watchCommand(deps).run([EXEC, "--interval", "0"], io), 0);
  const text = io.outText();
  const frames = text.split("\n\u001b[");
  assert.equal(frames.length, 2, "two polls, the second redrawn over the first");
  assert.ok(frames[1]?.startsWith("3A\r\u001b[J"), "cursor moves up over the 3 lines of the first frame");
  assert.match(frames[1] ?? "", "✔ Prep      Succeeded (4m 00s)");
});

t("watch on a narrow terminal cuts each row to its width, so the redraw moves up over exactly the rows drawn", async () => {
  const { aws, deps } = stubbed();
  scriptRun(aws, "Failed");
  const io = captureIO({ cwd: "/", isTTY: true, columns: 30 });
  assert.equal(await watchCommand(deps).run([EXEC, "--interval", "0"], io), 1);
  const frames = io.outText().split("\n\u001b[");
  assert.ok(frames[1]?.startsWith("3A\r\u001b[J"), "up over the 3 rows of the first frame");
  const rows = [frames[0]!, ...frames.slice(1).map((f) => f.slice("3A\r\u001b[J".length))].flatMap((f) => f.split("\n"));
  for (const row of rows) assert.ok([...row].length <= 29, `a row wider than the terminal: ${row}`);
  assert.match(frames[1] ?? "", "✖ Prep      Failed (4m 00s):…", "the failure reason cut");
});

t("runs lists recent runs; stop stops one", async () => {
  const { aws, deps } = stubbed();
  aws.sagemaker.on(sdk.ListPipelineExecutionsCommand).resolves({
    PipelineExecutionSummaries: [{ PipelineExecutionArn: EXEC, PipelineExecutionStatus: "Executing", StartTime: at(1) }],
  });
  aws.sagemaker.on(sdk.StopPipelineExecutionCommand).resolves({ PipelineExecutionArn: EXEC });
  const io = captureIO({ cwd: "/" });
  assert.equal(await runsCommand(deps).run(["params", "--limit", "3"], io), 0);
  assert.equal(io.outText(), `STARTED (UTC)        STATUS    EXECUTION ARN\n2024-01-01 12:01:00  Executing ${EXEC}`);
  assert.equal(sent(aws.sagemaker)[0]?.input.MaxResults, 3);
  const stopIO = captureIO({ cwd: "/" });
  assert.equal(await stopCommand(deps).run([EXEC], stopIO), 0);
  assert.equal(stopIO.outText(), `stopping ${EXEC}`);
  assert.equal(sent(aws.sagemaker)[1]?.input, { PipelineExecutionArn: EXEC });
});

t("usage mistakes exit 2 and name the command", async () => {
  const cases: [string[], string][] = [
    [["start"], "sagepipe start: expected one pipeline name, got nothing."],
    [["start", "p", "--param", "oops"], "sagepipe start: --param 'oops': expected Name=value."],
    [["start", "p", "--interval", "soon"], "sagepipe start: --interval takes a number of seconds, not 'soon'."],
    [["watch", "a", "b"], "sagepipe watch: expected one execution ARN, got a b."],
    [["runs", "p", "--limit", "x"], "sagepipe runs: --limit takes a whole number of at least 1, not 'x'."],
    [["stop"], "sagepipe stop: expected one execution ARN, got nothing."],
  ];
  for (const [argv, message] of cases) {
    const io = captureIO({ cwd: "/" });
    assert.equal(await main(argv, io), 2, argv.join(" "));
    assert.match(io.errText(), message);
  }
});

t.run();
