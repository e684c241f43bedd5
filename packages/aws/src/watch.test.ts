import { DescribePipelineExecutionCommand, ListPipelineExecutionStepsCommand } from "@aws-sdk/client-sagemaker";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { formatDuration } from "./durations.ts";
import type { ExecutionProgress } from "./execution-progress.ts";
import { progressLines, progressTable, redrawFrame } from "./render-progress.ts";
import { awsError, mockAws, sent } from "./testing/mock-aws.ts";
import { exitCodeForStatus, watch } from "./watch.ts";

const t = suite("watch");
const EXEC = "arn:aws:sagemaker:us-east-1:123456789012:pipeline/demo/execution/abc";
const at = (min: number, sec = 0) => new Date(Date.UTC(2024, 0, 1, 12, min, sec));

/** A scripted run: Prep starts, succeeds; Train starts, is retried, fails. */
function scriptRun(aws: ReturnType<typeof mockAws>) {
  aws.sagemaker
    .on(DescribePipelineExecutionCommand)
    .resolvesOnce({ PipelineExecutionStatus: "Executing", CreationTime: at(0) })
    .resolvesOnce({ PipelineExecutionStatus: "Executing", CreationTime: at(0) })
    .resolvesOnce({ PipelineExecutionStatus: "Executing", CreationTime: at(0) })
    .resolves({ PipelineExecutionStatus: "Failed", CreationTime: at(0), LastModifiedTime: at(9), FailureReason: "Step Train failed." });
  aws.sagemaker
    .on(ListPipelineExecutionStepsCommand)
    .resolvesOnce({ PipelineExecutionSteps: [{ StepName: "Prep", StepStatus: "Executing", StartTime: at(0, 5) }] })
    .resolvesOnce({
      PipelineExecutionSteps: [
        { StepName: "Prep", StepStatus: "Succeeded", StartTime: at(0, 5), EndTime: at(3, 7) },
        { StepName: "Train", StepStatus: "Starting", StartTime: at(3, 10) },
      ],
    })
    .resolvesOnce({
      PipelineExecutionSteps: [
        { StepName: "Prep", StepStatus: "Succeeded", StartTime: at(0, 5), EndTime: at(3, 7) },
        { StepName: "Train", StepStatus: "Executing", StartTime: at(3, 10), AttemptCount: 2 },
      ],
    })
    .resolves({
      PipelineExecutionSteps: [
        { StepName: "Train", StepStatus: "Failed", StartTime: at(3, 10), EndTime: at(8, 40), FailureReason: "AlgorithmError: out\nof memory", AttemptCount: 2 },
        { StepName: "Prep", StepStatus: "Succeeded", StartTime: at(0, 5), EndTime: at(3, 7), CacheHitResult: { SourcePipelineExecutionArn: "arn:old" } },
      ],
    });
}

t("polls until a final status, reporting every poll, and returns the final progress", async () => {
  const aws = mockAws();
  scriptRun(aws);
  const seen: ExecutionProgress[] = [];
  const final = await watch(EXEC, { clients: aws.clients, intervalMs: 0, onProgress: (p) => seen.push(p) });
  assert.equal(seen.length, 4);
  assert.equal(final.status, "Failed");
  assert.equal(exitCodeForStatus(final.status), 1);
  assert.equal(exitCodeForStatus("Succeeded"), 0);
  assert.equal(final.steps.map((s) => s.name), ["Prep", "Train"]);
  const steps = sent(aws.sagemaker).filter((c) => c.op === "ListPipelineExecutionSteps");
  assert.equal(steps[0]?.input, { PipelineExecutionArn: EXEC, SortOrder: "Ascending" });
});

t("plain output prints one line per change, then the run's final status", async () => {
  const aws = mockAws();
  scriptRun(aws);
  const lines: string[] = [];
  let previous: ExecutionProgress | undefined;
  await watch(EXEC, {
    clients: aws.clients, intervalMs: 0,
    onProgress: (p) => {
      lines.push(...progressLines(previous, p, at(10)));
      previous = p;
    },
  });
  assert.equal(lines, [
    "Prep: Executing (9m 55s)",
    "pipeline: Executing (10m 00s)",
    "Prep: Succeeded (3m 02s)",
    "Train: Starting (6m 50s)",
    "Train: Executing (6m 50s, attempt 2)",
    "Train: Failed (5m 30s, attempt 2): AlgorithmError: out of memory",
    "pipeline: Failed (9m 00s): Step Train failed.",
  ]);
});

t("the terminal display is a table of every step, redrawn in place", async () => {
  const aws = mockAws();
  scriptRun(aws);
  const frames: string[][] = [];
  const polls: Parameters<typeof progressTable>[0][] = [];
  await watch(EXEC, { clients: aws.clients, intervalMs: 0, onProgress: (p) => (polls.push(p), frames.push(progressTable(p, at(10)))) });
  assert.equal(frames[3], [
    EXEC,
    "✔ Prep      Succeeded (3m 02s, cached)",
    "✖ Train     Failed (5m 30s, attempt 2): AlgorithmError: out of memory",
    "✖ pipeline  Failed (9m 00s): Step Train failed.",
  ]);
  assert.equal(progressTable(polls[3]!, at(10), 40), [
    "arn:aws:sagemaker:us-east-1:1234567890…",
    "✔ Prep      Succeeded (3m 02s, cached)",
    "✖ Train     Failed (5m 30s, attempt 2)…",
    "✖ pipeline  Failed (9m 00s): Step Trai…",
  ], "cut to the terminal's width, each row on one line");
  assert.ok(progressTable(polls[3]!, at(10), 40).every((line) => [...line].length <= 39), "the last column left empty");
  assert.equal(redrawFrame(0, ["a", "b"]), "a\nb");
  assert.equal(redrawFrame(3, ["a"]), "\u001b[3A\r\u001b[Ja");
});

t("steps listed over several pages are all read", async () => {
  const aws = mockAws();
  aws.sagemaker.on(DescribePipelineExecutionCommand).resolves({ PipelineExecutionStatus: "Succeeded" });
  aws.sagemaker
    .on(ListPipelineExecutionStepsCommand)
    .resolvesOnce({ PipelineExecutionSteps: [{ StepName: "A", StepStatus: "Succeeded", StartTime: at(1) }], NextToken: "p2" })
    .resolvesOnce({ PipelineExecutionSteps: [{ StepName: "B", StepStatus: "Succeeded", StartTime: at(2) }] });
  const final = await watch(EXEC, { clients: aws.clients, intervalMs: 0 });
  assert.equal(final.steps.map((s) => s.name), ["A", "B"]);
  const calls = sent(aws.sagemaker).filter((c) => c.op === "ListPipelineExecutionSteps");
  assert.equal(calls[1]?.input.NextToken, "p2");
});

t("an aborted watch returns the last progress without waiting for the run", async () => {
  const aws = mockAws();
  aws.sagemaker.on(DescribePipelineExecutionCommand).resolves({ PipelineExecutionStatus: "Executing" });
  aws.sagemaker.on(ListPipelineExecutionStepsCommand).resolves({ PipelineExecutionSteps: [] });
  const controller = new AbortController();
  const final = await watch(EXEC, { clients: aws.clients, intervalMs: 60_000, signal: controller.signal, onProgress: () => controller.abort() });
  assert.equal(final.status, "Executing");
});

t("an unknown execution ARN is one clear line", async () => {
  const aws = mockAws();
  aws.sagemaker.on(DescribePipelineExecutionCommand).rejects(awsError("ResourceNotFound", "Execution does not exist."));
  try {
    await watch(EXEC, { clients: aws.clients, intervalMs: 0 });
    assert.unreachable();
  } catch (e) {
    assert.equal((e as Error).message, `DescribePipelineExecution (${EXEC}): not found (Execution does not exist.). Check the ARN (see \`sagepipe runs <pipeline>\`) and the region (--region).`);
  }
});

t("durations read as people write them", () => {
  assert.equal([0, 999, 45_000, 62_000, 3_600_000 + 240_000].map(formatDuration), ["0s", "0s", "45s", "1m 02s", "1h 04m"]);
});

t.run();
