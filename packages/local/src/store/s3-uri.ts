/** A parsed `s3://bucket/key` address. */
export interface S3Location {
  readonly bucket: string;
  readonly key: string;
}

/** Parses `s3://bucket/key`; undefined when the text is not an S3 URI or its key climbs out (`..`). */
export function parseS3Uri(uri: string): S3Location | undefined {
  const m = /^s3:\/\/([a-z0-9][a-z0-9.-]{0,62})(?:\/(.*))?$/.exec(uri);
  if (!m || m[1] === undefined) return undefined;
  const key = m[2] ?? "";
  if (key.split("/").some((part) => part === ".." || part === ".")) return undefined;
  return { bucket: m[1], key };
}

/** Formats a location back to `s3://bucket/key`. */
export function formatS3Uri(location: S3Location): string {
  return `s3://${location.bucket}/${location.key}`;
}

/** Joins URI parts with single slashes (`s3://b/` + `x` gives `s3://b/x`). */
export function joinS3Uri(base: string, ...parts: readonly string[]): string {
  return [base.replace(/\/+$/, ""), ...parts.map((p) => p.replace(/^\/+|\/+$/g, ""))].filter((p) => p !== "").join("/");
}

/**
 * Where an object lands below a download folder, as SageMaker places it: the key below the
 * prefix when the prefix is a folder, otherwise the key below the prefix's last `/`
 * (so `s3://b/data/file.csv` lands as `file.csv`).
 */
export function relativeName(prefix: string, key: string): string {
  if (key === prefix) return key.slice(key.lastIndexOf("/") + 1);
  if (prefix === "" || prefix.endsWith("/")) return key.slice(prefix.length);
  if (key.startsWith(prefix + "/")) return key.slice(prefix.length + 1);
  return key.slice(prefix.lastIndexOf("/") + 1);
}
