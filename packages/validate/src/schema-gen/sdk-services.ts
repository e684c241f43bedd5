// The AWS services whose SDK declarations the schema and property trees are derived from, and
// how each one's shapes are named in definitions: SageMaker's as declared; Bedrock's with
// PascalCase members (the SageMaker Python SDK's bedrock_steps.py converts botocore's camelCase
// the same way) under `Bedrock.`; EMR Serverless's as declared (camelCase, passed through by the
// SDK's EMRServerlessStep) under `EMRServerless.`.
import { clientDir, loadSdkDeclarations, type SdkClient, type SdkDeclarations } from "./sdk-declarations.ts";
import { SdkShapeReader } from "./sdk-shape.ts";

/** A service a step type's shapes come from. */
export type Service = "sagemaker" | "bedrock" | "emr-serverless";

/** One service's declarations, read as definitions name them. */
export interface ServiceShapes {
  readonly sdk: SdkDeclarations;
  readonly reader: SdkShapeReader;
  /** Before every `$defs` / property-tree shape name made from this service's shape names. */
  readonly prefix: string;
}

export type Services = Readonly<Record<Service, ServiceShapes>>;

const pascal = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

const SERVICES: Readonly<Record<Service, { client: SdkClient; prefix: string; memberName?: (name: string) => string }>> = {
  sagemaker: { client: "@aws-sdk/client-sagemaker", prefix: "" },
  bedrock: { client: "@aws-sdk/client-bedrock", prefix: "Bedrock.", memberName: pascal },
  "emr-serverless": { client: "@aws-sdk/client-emr-serverless", prefix: "EMRServerless." },
};

/** Loads every service's declarations (`sagemaker` may be given, already loaded). */
export function loadServices(sagemaker?: SdkDeclarations): Services {
  const load = (service: Service): ServiceShapes => {
    const { client, prefix, memberName } = SERVICES[service];
    const sdk = service === "sagemaker" && sagemaker ? sagemaker : loadSdkDeclarations(clientDir(client));
    return { sdk, reader: new SdkShapeReader(sdk, memberName), prefix };
  };
  return { sagemaker: load("sagemaker"), bedrock: load("bedrock"), "emr-serverless": load("emr-serverless") };
}

/** "@aws-sdk/client-sagemaker 3.x, @aws-sdk/client-bedrock 3.y, ...": what generated files were made from. */
export function describeServices(services: Services): string {
  return Object.values(services).map((s) => `${s.sdk.client} ${s.sdk.version}`).join(", ");
}
