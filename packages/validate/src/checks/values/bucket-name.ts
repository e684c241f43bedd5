// S3's rules for a bucket name (https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html),
// the ones every bucket created since 2018 follows in every region.

/** Where S3's bucket naming rules are written. */
export const BUCKET_RULES_URL = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html";

/** What is wrong with a bucket name (`has upper-case letters`), or undefined when S3 accepts it. */
export function bucketNameProblem(bucket: string): string | undefined {
  if (bucket.length < 3 || bucket.length > 63) return `is ${bucket.length} characters long (3 to 63)`;
  if (/[A-Z]/.test(bucket)) return "has upper-case letters";
  if (!/^[a-z0-9.-]+$/.test(bucket)) return "has characters other than a-z, 0-9, '.' and '-'";
  if (!/^[a-z0-9](?:.*[a-z0-9])?$/.test(bucket)) return "does not start and end with a letter or digit";
  if (bucket.includes("..")) return "has two dots in a row";
  if (/^\d+\.\d+\.\d+\.\d+$/.test(bucket)) return "is formatted as an IP address";
  return undefined;
}

/** A valid name close to a wrong one (`My_Data` -> `my-data`), when lower-casing and replacing other characters gives one. */
export function bucketNameSuggestion(bucket: string): string | undefined {
  const fixed = bucket.toLowerCase().replace(/[^a-z0-9.-]+/g, "-").replace(/\.{2,}/g, ".").replace(/^[.-]+|[.-]+$/g, "");
  return fixed !== bucket && !bucketNameProblem(fixed) ? fixed : undefined;
}

/** The fix of a wrong bucket name, with a suggestion when there is one. */
export function bucketNameFix(bucket: string): string {
  const suggestion = bucketNameSuggestion(bucket);
  return `Use the name of an existing bucket: 3 to 63 lower-case letters, digits, '.' and '-', starting and ending with a letter or digit${suggestion ? ` (e.g. "${suggestion}")` : ""}.`;
}
