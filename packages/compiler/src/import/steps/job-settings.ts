// Settings several job kinds share: network configuration and tags.
import { valueCode } from "../expressions.ts";
import { CannotImport, type ImportScope } from "../import-scope.ts";
import { JsonReader } from "../json-reader.ts";
import { object, type Code } from "../ts-code.ts";

/** `NetworkConfig` (processing's shape) as `network: {...}`. */
export function networkCode(n: JsonReader, scope: ImportScope, by: string): Code {
  const isolation = n.take("EnableNetworkIsolation");
  if (isolation === undefined) throw new CannotImport(n.at("EnableNetworkIsolation"), `${by} always writes EnableNetworkIsolation (false by default)`);
  const vpc = n.object("VpcConfig");
  const v = (r: JsonReader, key: string) => (r.has(key) ? valueCode(r.take(key), scope, r.at(key)) : undefined);
  const code = object([
    ["enableNetworkIsolation", isolation === false ? undefined : valueCode(isolation, scope, n.at("EnableNetworkIsolation"))],
    ["encryptInterContainerTraffic", v(n, "EnableInterContainerTrafficEncryption")],
    ["securityGroupIds", vpc ? v(vpc, "SecurityGroupIds") : undefined],
    ["subnets", vpc ? v(vpc, "Subnets") : undefined],
  ]);
  vpc?.done();
  n.done();
  return code;
}

/** `Tags: [{Key, Value}]` as `tags: { key: value }`. */
export function tagsCode(tags: readonly unknown[], pointer: string, scope: ImportScope, by: string): Code {
  const entries = tags.map((t, i): [string, Code] => {
    const r = JsonReader.of(t, `${pointer}/${i}`, by);
    const key = r.text("Key");
    if (key === undefined || /^(0|[1-9]\d*)$/.test(key)) throw new CannotImport(r.at("Key"), `${by} takes tags whose keys are text and not numbers`);
    const value = valueCode(r.take("Value"), scope, r.at("Value"));
    r.done();
    return [key, value];
  });
  if (new Set(entries.map(([k]) => k)).size !== entries.length) throw new CannotImport(pointer, `${by} takes each tag key once`);
  return object(entries);
}
