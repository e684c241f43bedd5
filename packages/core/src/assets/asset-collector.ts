import { StepError } from "../steps/render-context.ts";
import type { LambdaFunctionAsset } from "./lambda-function-asset.ts";

/** A local file that the definition refers to by its S3 URI; uploaded at deploy. */
export interface Asset {
  readonly s3Uri: string;
  /** Absolute path of the file to upload. */
  readonly localPath: string;
  /** sha256 of the file's bytes. */
  readonly sha256: string;
  readonly bytes: number;
}

/** Collects the assets of one pipeline (files to upload, Lambda functions to create), once each, in the order first seen. */
export class AssetCollector {
  readonly #byUri = new Map<string, Asset>();
  readonly #functions = new Map<string, LambdaFunctionAsset>();

  /** Records a Lambda function deploy must create or update; the same name twice must be the same function. */
  addFunction(fn: LambdaFunctionAsset): void {
    const seen = this.#functions.get(fn.FunctionName);
    if (seen && JSON.stringify(seen) !== JSON.stringify(fn)) {
      throw new StepError(`Two Lambda steps define the function '${fn.FunctionName}' differently. Give each function its own name, or define it once and share it.`);
    }
    this.#functions.set(fn.FunctionName, fn);
  }

  functions(): readonly LambdaFunctionAsset[] {
    return [...this.#functions.values()];
  }

  add(asset: Asset): void {
    if (!this.#byUri.has(asset.s3Uri)) this.#byUri.set(asset.s3Uri, asset);
  }

  list(): readonly Asset[] {
    return [...this.#byUri.values()];
  }
}
