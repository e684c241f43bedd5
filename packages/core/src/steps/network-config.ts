import type { Value } from "@sagepipe/expressions";

/** A job's network settings (SDK `NetworkConfig`). */
export interface NetworkConfig {
  /** Cut the job's containers off the network. @default false */
  readonly enableNetworkIsolation?: Value<boolean>;
  /** Encrypt traffic between the job's instances. @default not set (the service's default, off) */
  readonly encryptInterContainerTraffic?: Value<boolean>;
  /** Run in these VPC security groups (with `subnets`). */
  readonly securityGroupIds?: readonly Value<string>[];
  /** Run in these VPC subnets (with `securityGroupIds`). */
  readonly subnets?: readonly Value<string>[];
}

/** The VPC part (`VpcConfig`), when the lists are given. */
export function renderVpcConfig(n: NetworkConfig): object | undefined {
  if (n.securityGroupIds === undefined && n.subnets === undefined) return undefined;
  return { SecurityGroupIds: [...(n.securityGroupIds ?? [])], Subnets: [...(n.subnets ?? [])] };
}

/** A processing job's `NetworkConfig`, in the SDK's key order. */
export function renderProcessingNetworkConfig(n: NetworkConfig): object {
  return {
    EnableNetworkIsolation: n.enableNetworkIsolation ?? false,
    EnableInterContainerTrafficEncryption: n.encryptInterContainerTraffic,
    VpcConfig: renderVpcConfig(n),
  };
}

/** Problems with the settings (empty when fine). */
export function networkConfigProblems(n: NetworkConfig): string[] {
  const hasGroups = (n.securityGroupIds?.length ?? 0) > 0;
  const hasSubnets = (n.subnets?.length ?? 0) > 0;
  return hasGroups === hasSubnets ? [] : ["network: give both securityGroupIds and subnets, or neither"];
}
