/** One local file the definition refers to, to be uploaded to `s3Uri` before deploying. */
export interface DeployableAsset {
  /** Where the definition expects the file, e.g. `s3://bucket/Pipeline/code/<sha256>/x.py`. */
  readonly s3Uri: string;
  /** Absolute path of the staged file on this machine. */
  readonly localPath: string;
  /** Hex sha256 of the staged file's bytes; checked before uploading. */
  readonly sha256: string;
  /** Size in bytes. @default read from the file */
  readonly bytes?: number;
}

/**
 * What `deploy` and `diff` need from a build. The compiler's `BuiltPipeline` fits this shape;
 * so does a build read back from disk with `loadBuildOutput`. Optional fields let a build carry
 * pipeline settings; explicit deploy options win over them.
 */
export interface DeployableBuild {
  /** PipelineName. */
  readonly name: string;
  /** The definition JSON text. */
  readonly definitionJson: string;
  /** Files to upload before CreatePipeline / UpdatePipeline. */
  readonly assets: readonly DeployableAsset[];
  /** The pipeline's execution role (RoleArn). @default none: the deploy options must give one to create */
  readonly roleArn?: string;
  /** PipelineDescription. @default none */
  readonly description?: string;
  /** PipelineDisplayName. @default none */
  readonly displayName?: string;
  /** Tags to put on the pipeline. @default none */
  readonly tags?: Readonly<Record<string, string>>;
  /** ParallelismConfiguration.MaxParallelExecutionSteps. @default none */
  readonly maxParallelExecutionSteps?: number;
  /** The region the definition was built for (image URIs are regional). Deploying to another is refused. @default any */
  readonly region?: string;
  /** Lambda functions to create or update before the pipeline. @default none */
  readonly lambdaFunctions?: readonly DeployableLambdaFunction[];
}

/** A Lambda function a build defines: Lambda's CreateFunction fields, and the zipped code on this machine. */
export interface DeployableLambdaFunction {
  readonly FunctionName: string;
  /** The ARN the definition refers to; deploy checks Lambda returns the same. */
  readonly FunctionArn: string;
  readonly Runtime: string;
  readonly Handler: string;
  readonly Role: string;
  readonly Timeout: number;
  readonly MemorySize: number;
  readonly Environment?: { readonly Variables: Readonly<Record<string, string>> };
  readonly Layers?: readonly string[];
  readonly VpcConfig?: { readonly SubnetIds: readonly string[]; readonly SecurityGroupIds: readonly string[] };
  /** The zip file; its sha256 is checked before it is sent. */
  readonly zip: { readonly localPath: string; readonly sha256: string; readonly bytes?: number };
}
