import { suite } from "uvu";
import * as assert from "uvu/assert";
import { createAwsClients } from "./clients.ts";
import { resolveEndpoints } from "./endpoints.ts";

const t = suite("clients and endpoints");
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true"; // as the CLI does: newer SDK clients warn on Node 20

t("--endpoint-url wins over every environment variable", () => {
  const env = { AWS_ENDPOINT_URL: "http://a:1", AWS_ENDPOINT_URL_SAGEMAKER: "http://b:2" };
  assert.equal(resolveEndpoints(env, "http://flag:3"), { sagemaker: "http://flag:3", s3: "http://flag:3" });
});

t("service variables win over AWS_ENDPOINT_URL, which covers the rest", () => {
  assert.equal(resolveEndpoints({ AWS_ENDPOINT_URL: "http://a:1", AWS_ENDPOINT_URL_SAGEMAKER: "http://sm:2" }), { sagemaker: "http://sm:2", s3: "http://a:1" });
  assert.equal(resolveEndpoints({ AWS_ENDPOINT_URL_S3: "http://s3:9" }), { sagemaker: undefined, s3: "http://s3:9" });
  assert.equal(resolveEndpoints({}), { sagemaker: undefined, s3: undefined });
});

t("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS turns the variables off", () => {
  assert.equal(resolveEndpoints({ AWS_ENDPOINT_URL: "http://a:1", AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: "true" }), { sagemaker: undefined, s3: undefined });
});

t("an overridden endpoint reaches both clients, with path-style S3", async () => {
  const { sagemaker, s3 } = createAwsClients({ endpointUrl: "http://localhost:5000", region: "us-east-1", env: {} });
  const smEndpoint = await sagemaker.config.endpoint?.();
  const s3Endpoint = await s3.config.endpoint?.();
  assert.equal([smEndpoint?.hostname, smEndpoint?.port, smEndpoint?.protocol], ["localhost", 5000, "http:"]);
  assert.equal([s3Endpoint?.hostname, s3Endpoint?.port], ["localhost", 5000]);
  assert.equal(s3.config.forcePathStyle, true);
  assert.equal(await s3.config.requestChecksumCalculation(), "WHEN_REQUIRED");
});

t("endpoints from the given environment are used too, per service", async () => {
  const { sagemaker, s3 } = createAwsClients({ region: "us-east-1", env: { AWS_ENDPOINT_URL_SAGEMAKER: "http://sm:7000", AWS_ENDPOINT_URL_S3: "http://s3:9000" } });
  assert.equal((await sagemaker.config.endpoint?.())?.hostname, "sm");
  assert.equal((await s3.config.endpoint?.())?.hostname, "s3");
  assert.equal(s3.config.forcePathStyle, true);
});

t("Lambda takes the same override: --endpoint-url, else AWS_ENDPOINT_URL_LAMBDA, else SageMaker's", async () => {
  const host = async (options: Parameters<typeof createAwsClients>[0]) => (await createAwsClients(options).lambda?.config.endpoint?.())?.hostname;
  assert.is(await host({ endpointUrl: "http://localhost:5000", region: "us-east-1", env: { AWS_ENDPOINT_URL_LAMBDA: "http://other:1" } }), "localhost");
  assert.is(await host({ region: "us-east-1", env: { AWS_ENDPOINT_URL_LAMBDA: "http://fn:8000", AWS_ENDPOINT_URL: "http://all:1" } }), "fn");
  assert.is(await host({ region: "us-east-1", env: { AWS_ENDPOINT_URL: "http://all:1" } }), "all");
  assert.is(createAwsClients({ region: "us-east-1", env: {} }).lambda?.config.endpoint, undefined);
});

t("without overrides the SDK resolves AWS endpoints, virtual-hosted S3, and the given region and profile", async () => {
  const { sagemaker, s3 } = createAwsClients({ region: "eu-west-1", profile: "ml", env: {} });
  assert.equal(s3.config.endpoint, undefined);
  assert.equal(s3.config.forcePathStyle, false);
  assert.equal(await sagemaker.config.region(), "eu-west-1");
  assert.equal(sagemaker.config.profile, "ml");
});

t("a malformed --endpoint-url is a user error naming the flag", () => {
  try {
    createAwsClients({ endpointUrl: "localhost:5000", env: {} });
    assert.unreachable();
  } catch (e) {
    assert.match((e as Error).message, "--endpoint-url: 'localhost:5000' must start with http:// or https://.");
    assert.equal((e as { exitCode?: number }).exitCode, 1);
  }
});

t.run();
