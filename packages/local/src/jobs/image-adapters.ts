import { fileURLToPath } from "node:url";

/** A regular expression over a job's log that yields one metric, as in `MetricDefinitions`. */
export interface MetricDefinition {
  readonly Name: string;
  readonly Regex: string;
}

/**
 * How an image that cannot run here is stood in for by a local command. Commands run inside
 * the sandbox with `python3` being the run's Python; `files` are bound read-only at
 * `/opt/sagepipe/adapters/<file name>`.
 */
export interface ImageAdapter {
  /** Short name shown in logs and run records. */
  readonly name: string;
  /** Regular expression matched against the image URI. */
  readonly image: string;
  /** Command that trains from /opt/ml/input into /opt/ml/model. @default cannot train */
  readonly train?: readonly string[];
  /** Command that runs batch inference; gets `<input dir> <output dir> <content type>` appended. @default cannot transform */
  readonly transform?: readonly string[];
  /** Command standing for the image's own entrypoint in a processing job without ContainerEntrypoint. @default none */
  readonly process?: readonly string[];
  /** Host files the commands use. @default none */
  readonly files?: readonly string[];
  /** Metrics the image reports, read from its log into FinalMetricDataList. @default none */
  readonly metrics?: readonly MetricDefinition[];
}

/** Where adapter files appear inside the sandbox. */
export const ADAPTER_DIR = "/opt/sagepipe/adapters";

const XGBOOST_METRICS = ["rmse", "mae", "mape", "logloss", "error", "auc", "aucpr", "merror", "mlogloss", "ndcg", "map"];

function xgboostMetrics(): MetricDefinition[] {
  return ["train", "validation"].flatMap((channel) =>
    XGBOOST_METRICS.map((m) => ({
      Name: `${channel}:${m}`,
      Regex: `\\[\\d+\\].*\\b${channel}-${m}:([-+]?[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)`,
    })),
  );
}

/** The adapters sagepipe ships; users put theirs before these (see `loadAdapters`). */
export const BUILT_IN_ADAPTERS: readonly ImageAdapter[] = [
  {
    name: "xgboost",
    image: "/sagemaker-xgboost:",
    train: ["python3", `${ADAPTER_DIR}/xgboost_adapter.py`, "train"],
    transform: ["python3", `${ADAPTER_DIR}/xgboost_adapter.py`, "transform"],
    files: [fileURLToPath(new URL("../../python/xgboost_adapter.py", import.meta.url))],
    metrics: xgboostMetrics(),
  },
];

/** The first adapter whose image pattern matches and that can do `kind`. */
export function findAdapter(
  image: string,
  kind: "train" | "transform" | "process",
  adapters: readonly ImageAdapter[],
): ImageAdapter | undefined {
  return adapters.find((a) => a[kind] !== undefined && new RegExp(a.image).test(image));
}
