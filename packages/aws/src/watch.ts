import type { AwsClients } from "./clients.ts";
import { FINAL_STATUSES, readExecutionProgress, type ExecutionProgress } from "./execution-progress.ts";

/** Settings for {@link watch}. */
export interface WatchOptions {
  readonly clients: AwsClients;
  /** Milliseconds between polls. @default 10000 */
  readonly intervalMs?: number;
  /** Called with every poll's result, the final one included. @default nothing */
  readonly onProgress?: (progress: ExecutionProgress) => void;
  /** Stops watching (the run goes on); `watch` then resolves with the last progress seen. @default never */
  readonly signal?: AbortSignal;
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
}

/**
 * Polls a run (DescribePipelineExecution + ListPipelineExecutionSteps) until it reaches
 * Succeeded, Failed or Stopped, reporting each poll to `onProgress`. Resolves with the last
 * progress read. Throttling between polls is retried by the SDK.
 */
export async function watch(executionArn: string, options: WatchOptions): Promise<ExecutionProgress> {
  const interval = options.intervalMs ?? 10_000;
  for (;;) {
    const progress = await readExecutionProgress(options.clients.sagemaker, executionArn);
    options.onProgress?.(progress);
    if (FINAL_STATUSES.has(progress.status) || options.signal?.aborted) return progress;
    await sleep(interval, options.signal);
    if (options.signal?.aborted) return progress;
  }
}

/** The exit code for a run's final status: 0 for Succeeded, 1 for anything else. */
export function exitCodeForStatus(status: string): number {
  return status === "Succeeded" ? 0 : 1;
}
