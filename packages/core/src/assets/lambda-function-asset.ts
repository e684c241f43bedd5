/**
 * A Lambda function the build defines and deploy creates or updates before the pipeline
 * (the SDK's `Lambda(function_name=..., script=...)`, which the SDK upserts inside every
 * `definition()` call). Field names follow Lambda's CreateFunction request.
 */
export interface LambdaFunctionAsset {
  readonly FunctionName: string;
  /** The ARN the definition's `FunctionArn` holds (the one an unqualified function gets). */
  readonly FunctionArn: string;
  readonly Runtime: string;
  readonly Handler: string;
  /** The function's execution role. */
  readonly Role: string;
  readonly Timeout: number;
  readonly MemorySize: number;
  readonly Environment?: { readonly Variables: Readonly<Record<string, string>> };
  readonly Layers?: readonly string[];
  readonly VpcConfig?: { readonly SubnetIds: readonly string[]; readonly SecurityGroupIds: readonly string[] };
  /** The code: the script zipped at build time (a file made at build time). */
  readonly zip: { readonly localPath: string; readonly sha256: string; readonly bytes: number };
}
