// Test support for the integration suite: makes sure a bucket exists on the server under test.
import { CreateBucketCommand, type S3Client } from "@aws-sdk/client-s3";
import { objectExists } from "../upload-assets.ts";

/** Creates the bucket unless it is already there (owned by the caller). */
export async function ensureBucket(s3: S3Client, bucket: string): Promise<void> {
  try {
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  } catch (e) {
    const name = (e as { name?: string }).name;
    if (name !== "BucketAlreadyOwnedByYou" && name !== "BucketAlreadyExists") throw e;
  }
  await objectExists(s3, { bucket, key: "sagepipe-integration-probe" });
}
