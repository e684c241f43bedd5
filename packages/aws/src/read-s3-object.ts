import { GetObjectCommand, type S3Client } from "@aws-sdk/client-s3";
import { AwsError } from "./aws-error.ts";
import { callAws } from "./describe-aws-error.ts";
import { parseS3Uri } from "./s3-uri.ts";

/** The bytes of the object at `uri` (`s3://bucket/key`), read with GetObject. */
export async function readS3Object(s3: S3Client, uri: string): Promise<Uint8Array> {
  const location = parseS3Uri(uri);
  if (!location) throw new AwsError("GetObject", `'${uri}' is not an S3 object URI (s3://bucket/key).`);
  const subject = `object ${uri}`;
  return callAws({ operation: "GetObject", action: "s3:GetObject", subject, notFoundHint: "Check the URI and the region (--region)." }, async () => {
    const got = await s3.send(new GetObjectCommand({ Bucket: location.bucket, Key: location.key }));
    if (!got.Body) throw new AwsError("GetObject", `GetObject (${subject}): the response has no body.`);
    return await got.Body.transformToByteArray();
  });
}
