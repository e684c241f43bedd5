/** A local file that the definition refers to by its S3 URI; uploaded at deploy. */
export interface Asset {
  readonly s3Uri: string;
  /** Absolute path of the file to upload. */
  readonly localPath: string;
  /** sha256 of the file's bytes. */
  readonly sha256: string;
  readonly bytes: number;
}

/** Collects the assets of one pipeline, once each, in the order first seen. */
export class AssetCollector {
  readonly #byUri = new Map<string, Asset>();

  add(asset: Asset): void {
    if (!this.#byUri.has(asset.s3Uri)) this.#byUri.set(asset.s3Uri, asset);
  }

  list(): readonly Asset[] {
    return [...this.#byUri.values()];
  }
}
