import { GetObjectCommand } from "@aws-sdk/client-s3";
import { awsError, mockAws, type MockedAws } from "./mock-aws.ts";

/**
 * Stubbed clients whose S3 answers GetObject from `objects` (`s3://bucket/key` -> text or
 * bytes) and NoSuchKey for every other key, as S3 does.
 */
export function s3Holding(objects: Readonly<Record<string, string | Uint8Array>>): MockedAws {
  const aws = mockAws();
  aws.s3.on(GetObjectCommand).callsFake((input: { Bucket: string; Key: string }) => {
    const body = objects[`s3://${input.Bucket}/${input.Key}`];
    if (body === undefined) throw awsError("NoSuchKey", "The specified key does not exist.", 404);
    const bytes = typeof body === "string" ? new TextEncoder().encode(body) : body;
    return { Body: { transformToByteArray: async () => bytes } };
  });
  return aws;
}
