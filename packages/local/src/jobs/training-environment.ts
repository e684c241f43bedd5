import { availableParallelism } from "node:os";
import type { Json, JsonObject } from "../definition/definition-types.ts";
import { listAt, objectAt, stringAt, stringMap } from "../util/json-access.ts";

/** The files SageMaker writes under /opt/ml/input/config for a training job. */
export function trainingConfigFiles(args: JsonObject): Record<string, Json> {
  const channels: Record<string, Json> = {};
  for (const c of listAt(args, "InputDataConfig")) {
    const name = stringAt(c, "ChannelName");
    if (!name) continue;
    const s3 = objectAt(objectAt(c, "DataSource"), "S3DataSource");
    channels[name] = {
      ...(stringAt(c, "ContentType") ? { ContentType: stringAt(c, "ContentType")! } : {}),
      TrainingInputMode: "File",
      S3DistributionType: stringAt(s3, "S3DataDistributionType") ?? "FullyReplicated",
      RecordWrapperType: stringAt(c, "RecordWrapperType") ?? "None",
    };
  }
  return {
    "hyperparameters.json": stringMap(args.HyperParameters),
    "inputdataconfig.json": channels,
    "resourceconfig.json": { current_host: "algo-1", hosts: ["algo-1"], network_interface_name: "eth0" },
  };
}

/** Decodes a script-mode hyperparameter (the SDK JSON-encodes them) to the text passed on the command line. */
export function hyperparameterArgument(value: string): string {
  let decoded: unknown;
  try {
    decoded = JSON.parse(value);
  } catch {
    return value;
  }
  if (typeof decoded === "string") return decoded;
  if (typeof decoded === "boolean") return decoded ? "True" : "False";
  return JSON.stringify(decoded);
}

/** User hyperparameters (without the SDK's `sagemaker_*` ones), decoded. */
export function userHyperparameters(args: JsonObject): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(stringMap(args.HyperParameters))) {
    if (!k.startsWith("sagemaker_")) out[k] = hyperparameterArgument(v);
  }
  return out;
}

/** The `SM_*` environment the SageMaker training toolkit sets, plus the step's Environment. */
export function trainingEnvironment(args: JsonObject, jobName: string, program: string | undefined): Record<string, string> {
  const channels = listAt(args, "InputDataConfig").map((c) => stringAt(c, "ChannelName")).filter((n): n is string => !!n);
  const hps = userHyperparameters(args);
  const userArgs = Object.entries(hps).flatMap(([k, v]) => [`--${k}`, v]);
  const env: Record<string, string> = {
    SM_MODEL_DIR: "/opt/ml/model",
    SM_INPUT_DIR: "/opt/ml/input",
    SM_INPUT_CONFIG_DIR: "/opt/ml/input/config",
    SM_OUTPUT_DIR: "/opt/ml/output",
    SM_OUTPUT_DATA_DIR: "/opt/ml/output/data",
    SM_OUTPUT_INTERMEDIATE_DIR: "/opt/ml/output/intermediate",
    SM_CHANNELS: JSON.stringify(channels),
    SM_HPS: JSON.stringify(hps),
    SM_HOSTS: JSON.stringify(["algo-1"]),
    SM_CURRENT_HOST: "algo-1",
    SM_NUM_CPUS: String(availableParallelism()),
    SM_NUM_GPUS: "0",
    SM_NETWORK_INTERFACE_NAME: "eth0",
    SM_MODULE_DIR: "/opt/ml/code",
    SM_USER_ARGS: JSON.stringify(userArgs),
    SM_TRAINING_ENV: JSON.stringify({ job_name: jobName, hyperparameters: hps, channel_input_dirs: Object.fromEntries(channels.map((c) => [c, `/opt/ml/input/data/${c}`])) }),
    SM_FRAMEWORK_PARAMS: "{}",
    SM_LOG_LEVEL: "20",
    TRAINING_JOB_NAME: jobName,
  };
  if (program) {
    env.SM_USER_ENTRY_POINT = program;
    env.SM_MODULE_NAME = program.replace(/\.py$/, "");
  }
  for (const c of channels) env[`SM_CHANNEL_${c.toUpperCase()}`] = `/opt/ml/input/data/${c}`;
  for (const [k, v] of Object.entries(hps)) env[`SM_HP_${k.toUpperCase()}`] = v;
  return { ...env, ...stringMap(args.Environment) };
}
