import type { Command } from "../command.ts";

/** A sub-command as `sagepipe --help` lists it; its module is imported only when it runs. */
export interface CommandEntry {
  readonly name: string;
  /** The command's own `summary`, repeated here so `--help` loads no module (index.test.ts checks they agree). */
  readonly summary: string;
  /** Imports the command's module, and with it what the command needs (the compiler, the AWS SDK, ...). */
  readonly load: () => Promise<Command>;
}

/**
 * Every sub-command, in the order `sagepipe --help` lists them. One line each. Modules load
 * lazily: `sagepipe build` does not load the AWS SDK, and `sagepipe --help` loads no command.
 */
export const commands: readonly CommandEntry[] = [
  { name: "init", summary: "Start a new pipeline project in a folder (package.json, tsconfig, a working pipeline.ts)", load: async () => (await import("./init.ts")).init },
  { name: "build", summary: "Check and build the pipeline definitions of an entry file (writes <Name>.json and assets)", load: async () => (await import("./build.ts")).build },
  { name: "check", summary: "Find mistakes in a pipeline's source without running it", load: async () => (await import("./check.ts")).check },
  { name: "graph", summary: "Print a pipeline's step graph as Mermaid or Graphviz dot (from the source alone)", load: async () => (await import("./graph.ts")).graph },
  { name: "server", summary: "Show or stop the background type-check servers that make cold builds fast", load: async () => (await import("./server.ts")).server },
  { name: "validate", summary: "Check a pipeline definition JSON (ours, the SDK's, or hand-written)", load: async () => (await import("./validate.ts")).validate },
  { name: "import", summary: "Write a sagepipe class from an existing pipeline definition JSON (build gives the JSON back)", load: async () => (await import("./import.ts")).importCommand },
  { name: "deploy", summary: "Build, upload assets and create or update the pipelines in SageMaker", load: async () => (await import("./deploy.ts")).deploy },
  { name: "diff", summary: "Show how the built pipelines differ from the deployed ones (exit 1 if they do)", load: async () => (await import("./diff.ts")).diff },
  { name: "start", summary: "Start a run of a deployed pipeline, parameters checked first (--wait to watch it)", load: async () => (await import("./start.ts")).start },
  { name: "run", summary: "Run a pipeline on this machine (--local): local S3, sandboxed jobs, local model registry", load: async () => (await import("./run.ts")).run },
  { name: "runs", summary: "List a pipeline's recent runs with their status", load: async () => (await import("./runs.ts")).runs },
  { name: "watch", summary: "Follow a pipeline run step by step until it ends (exit code from its status)", load: async () => (await import("./watch.ts")).watch },
  { name: "stop", summary: "Stop a pipeline run", load: async () => (await import("./stop.ts")).stop },
  { name: "models", summary: "List a model package group's packages with approval status and metrics", load: async () => (await import("./models.ts")).models },
  { name: "approve", summary: "Approve a model package (ModelApprovalStatus Approved)", load: async () => (await import("./approve.ts")).approve },
  { name: "reject", summary: "Reject a model package (ModelApprovalStatus Rejected)", load: async () => (await import("./reject.ts")).reject },
];
