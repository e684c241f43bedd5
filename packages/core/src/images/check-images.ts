import { ecrDomain } from "./ecr-domain.ts";
import { ImageLookupError } from "./image-uri.ts";
import { CLARIFY_ACCOUNTS, MODEL_MONITOR_ACCOUNTS } from "./monitoring-registries.ts";

function imageIn(accounts: Readonly<Record<string, string>>, what: string, repositoryAndTag: string, region: string): string {
  const account = accounts[region];
  if (!account) throw new ImageLookupError(`The ${what} image is not published in region '${region}'. Regions: ${Object.keys(accounts).join(", ")}.`);
  return `${account}.dkr.ecr.${region}.${ecrDomain(region)}/${repositoryAndTag}`;
}

/** The SageMaker Clarify processing image (Clarify check steps). */
export function clarifyImageUri(region: string): string {
  return imageIn(CLARIFY_ACCOUNTS, "SageMaker Clarify", "sagemaker-clarify-processing:1.0", region);
}

/** The Model Monitor analyzer image (quality check steps). */
export function modelMonitorImageUri(region: string): string {
  return imageIn(MODEL_MONITOR_ACCOUNTS, "Model Monitor analyzer", "sagemaker-model-monitor-analyzer", region);
}
