// The options every step decorator takes, from the step's envelope: name, display name,
// description, dependsOn, cache and retry.
import { valueCode } from "./expressions.ts";
import { CannotImport, type ImportedStep, type ImportScope } from "./import-scope.ts";
import { JsonReader } from "./json-reader.ts";
import { array, literal, object, raw, type Code } from "./ts-code.ts";

const BY = "the step decorator";

function retryCode(policies: readonly unknown[], pointer: string): Code {
  return array(policies.map((p, i) => {
    const r = JsonReader.of(p, `${pointer}/${i}`, BY);
    const backoff = r.take("BackoffRate");
    const interval = r.take("IntervalSeconds");
    for (const [key, v] of [["BackoffRate", backoff], ["IntervalSeconds", interval]] as const) {
      if (v !== undefined && typeof v !== "number") throw new CannotImport(r.at(key), "a retry setting must be a number");
    }
    // sagepipe writes BackoffRate 2.0 and IntervalSeconds 1 unless told otherwise; null leaves them out.
    const setting = (v: unknown, dflt: number) => (v === undefined ? literal(null) : v === dflt ? undefined : literal(v as number));
    const num = (key: string) => {
      const v = r.take(key);
      if (v !== undefined && typeof v !== "number") throw new CannotImport(r.at(key), "a retry setting must be a number");
      return v === undefined ? undefined : literal(v);
    };
    const types = r.list("ExceptionType") ?? [];
    const code = object([
      ["exceptionTypes", array(types.map((t) => literal(String(t))))],
      ["intervalSeconds", setting(interval, 1)],
      ["backoffRate", setting(backoff, 2)],
      ["maxAttempts", num("MaxAttempts")],
      ["expireAfterMinutes", num("ExpireAfterMin")],
    ]);
    r.done();
    return code;
  }));
}

function cacheCode(cache: JsonReader): Code {
  const enabled = cache.take("Enabled");
  if (typeof enabled !== "boolean") throw new CannotImport(cache.at("Enabled"), "CacheConfig.Enabled must be true or false");
  const code = object([["enabled", literal(enabled)], ["expireAfter", cache.has("ExpireAfter") ? literal(cache.text("ExpireAfter")!) : undefined]]);
  cache.done();
  return code;
}

/** The decorator's options object; undefined when every option is the default. */
export function stepOptionsCode(envelope: JsonReader, step: ImportedStep, className: string, scope: ImportScope): Code | undefined {
  envelope.text("Name");
  const name = step.decoratedName;
  const method = step.method;
  const dependsOn = envelope.list("DependsOn");
  const dependencies = dependsOn?.map((d, i) => {
    const target = typeof d === "string" ? scope.step(d) : undefined;
    if (!target) throw new CannotImport(`${envelope.at("DependsOn")}/${i}`, "DependsOn must name a step of this definition");
    return raw(`self.${target.method}`);
  });
  const retry = envelope.list("RetryPolicies");
  const cache = envelope.object("CacheConfig");
  const text = (key: string) => (envelope.has(key) ? valueCode(envelope.take(key), scope, envelope.at(key)) : undefined);
  const defaultName = method.charAt(0).toUpperCase() + method.slice(1);
  const options = object([
    ["name", name === defaultName ? undefined : literal(name)],
    ["displayName", text("DisplayName")],
    ["description", text("Description")],
    ["dependsOn", dependencies?.length ? raw(`(self: ${className}) => [${dependencies.map((d) => (d.kind === "raw" ? d.text : "")).join(", ")}]`) : undefined],
    ["cache", cache ? cacheCode(cache) : undefined],
    ["retry", retry?.length ? retryCode(retry, envelope.at("RetryPolicies")) : undefined],
  ]);
  if (dependsOn && !dependsOn.length) throw new CannotImport(envelope.at("DependsOn"), "sagepipe writes no empty DependsOn");
  if (retry && !retry.length) throw new CannotImport(envelope.at("RetryPolicies"), "sagepipe writes no empty RetryPolicies");
  return options.kind === "object" && options.entries.length ? options : undefined;
}

