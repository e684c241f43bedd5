import { isExpression, type Value } from "@sagepipe/expressions";

/** A training channel (SDK `TrainingInput`); a plain value is its S3 URI. */
export interface TrainingInputSpec {
  readonly s3Data: Value<string>;
  readonly contentType?: Value<string>;
  /** @default "S3Prefix" */
  readonly s3DataType?: "S3Prefix" | "ManifestFile" | "AugmentedManifestFile";
  /** @default "FullyReplicated" */
  readonly distribution?: "FullyReplicated" | "ShardedByS3Key";
  readonly compression?: "None" | "Gzip";
  readonly inputMode?: "File" | "Pipe" | "FastFile";
  readonly recordWrapping?: "None" | "RecordIO";
}

/** Channels by name, as `.fit()` takes them. */
export type TrainingChannels = Readonly<Record<string, Value<string> | TrainingInputSpec>>;

/** One `InputDataConfig` entry, in the SDK's key order. */
export function renderChannel(name: string, input: Value<string> | TrainingInputSpec): object {
  const spec: TrainingInputSpec = typeof input === "string" || isExpression(input) ? { s3Data: input as Value<string> } : (input as TrainingInputSpec);
  return {
    DataSource: {
      S3DataSource: {
        S3DataType: spec.s3DataType ?? "S3Prefix",
        S3Uri: spec.s3Data,
        S3DataDistributionType: spec.distribution ?? "FullyReplicated",
      },
    },
    ContentType: spec.contentType,
    CompressionType: spec.compression,
    RecordWrapperType: spec.recordWrapping,
    InputMode: spec.inputMode,
    ChannelName: name,
  };
}

/** `InputDataConfig`, or undefined when there are no channels. */
export function renderChannels(channels: TrainingChannels): object[] | undefined {
  const out = Object.entries(channels).map(([n, i]) => renderChannel(n, i));
  return out.length ? out : undefined;
}
