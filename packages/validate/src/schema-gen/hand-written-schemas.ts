// The hand-written part of the definition schema: what no AWS API request shape describes.
// Pipeline expressions, parameters, conditions, the step envelope (Name, Type, DependsOn, cache,
// retry, property files), and the Arguments of Condition, Fail, Lambda, Callback, EMR,
// EMRServerless and Lineage steps,
// plus the extra keys of QualityCheck and ClarifyCheck steps. Written from the goldens the
// SageMaker Python SDK produced (/work/shared/conformance) and the SDK's step classes.
import { DEF, ref, valueOr, type JsonSchema } from "./json-schema.ts";
import type { EnvelopeFeature } from "./step-sources.ts";

/** The only definition version SageMaker accepts. */
export const DEFINITION_VERSION = "2020-12-01";

/** The condition types a Condition step may use. */
export const COMPARISON_TYPES = ["Equals", "GreaterThan", "GreaterThanOrEqualTo", "LessThan", "LessThanOrEqualTo"] as const;

/** Exception types a retry policy may name (StepExceptionTypeEnum, SageMakerJobExceptionTypeEnum). */
export const RETRY_EXCEPTION_TYPES = [
  "Step.SERVICE_FAULT",
  "Step.THROTTLING",
  "SageMaker.JOB_INTERNAL_ERROR",
  "SageMaker.CAPACITY_ERROR",
  "SageMaker.RESOURCE_LIMIT",
] as const;

/** The four parameter types and the JSON type of their values. */
export const PARAMETER_TYPES = { String: "string", Integer: "integer", Float: "number", Boolean: "boolean" } as const;

const closed = (properties: Record<string, JsonSchema>, required: readonly string[] = []): JsonSchema => ({
  type: "object",
  properties,
  ...(required.length ? { required } : {}),
  additionalProperties: false,
});
const string: JsonSchema = { type: "string" };
/** Adds a `title` (used in messages). */
const titled = (title: string, schema: JsonSchema): JsonSchema => ({ title, ...(schema as object) });
/** A condition for `if`: the object has key `key`. */
const has = (key: string): JsonSchema => ({ properties: { [key]: true }, required: [key] });
const stringList: JsonSchema = { type: "array", items: string };

/** Scalars (each also accepting an expression) and the expressions themselves. */
function valueDefs(): Record<string, JsonSchema> {
  return {
    [DEF.string]: valueOr({ type: "string" }),
    [DEF.number]: valueOr({ type: "number" }),
    [DEF.boolean]: valueOr({ type: "boolean" }),
    [DEF.timestamp]: valueOr({ type: ["string", "number"] }),
    "Value.NullableString": valueOr({ type: ["string", "null"] }),
    Operand: valueOr({ type: ["string", "number", "boolean"] }),
    // Lambda and Callback inputs: any JSON; an object with an expression key is an expression.
    "Value.Any": {
      if: { type: "object" },
      then: {
        type: "object",
        if: { anyOf: [has("Get"), has("Std:Join"), has("Std:JsonGet")] },
        then: ref(DEF.expression),
        else: { type: "object", additionalProperties: ref("Value.Any") },
      },
      else: { if: { type: "array" }, then: { type: "array", items: ref("Value.Any") }, else: true },
    },
    [DEF.expression]: {
      type: "object",
      if: has("Get"),
      then: ref("Expression.Get"),
      else: {
        if: has("Std:Join"),
        then: ref("Expression.Join"),
        else: { if: has("Std:JsonGet"), then: ref("Expression.JsonGet"), else: ref("Expression.Unknown") },
      },
    },
    "Expression.Get": closed({ Get: string }, ["Get"]),
    "Expression.Join": closed({ "Std:Join": closed({ On: string, Values: { type: "array", items: ref("Operand") } }, ["On", "Values"]) }, ["Std:Join"]),
    "Expression.JsonGet": closed(
      { "Std:JsonGet": closed({ PropertyFile: ref("Expression.Get"), S3Uri: ref(DEF.string), Path: string }, ["Path"]) },
      ["Std:JsonGet"],
    ),
    "Expression.Unknown": false,
  };
}

/** Parameters, discriminated on Type; DefaultValue and EnumValues must fit the type. */
function parameterDefs(): Record<string, JsonSchema> {
  const defs: Record<string, JsonSchema> = {
    Parameter: {
      type: "object",
      discriminator: { propertyName: "Type" },
      oneOf: Object.keys(PARAMETER_TYPES).map((type) => ref(`Parameter.${type}`)),
    },
  };
  for (const [type, jsonType] of Object.entries(PARAMETER_TYPES)) {
    defs[`Parameter.${type}`] = titled(`${type} parameter`, closed(
      {
        Name: string,
        Type: { const: type },
        Description: string,
        DefaultValue: { type: jsonType },
        ...(type === "String" ? { EnumValues: { type: "array", items: { type: jsonType } } } : {}),
      },
      ["Name", "Type"],
    ));
  }
  return defs;
}

/** Conditions, discriminated on Type (comparisons, In, Not, Or). */
function conditionDefs(): Record<string, JsonSchema> {
  return {
    Condition: {
      type: "object",
      discriminator: { propertyName: "Type" },
      oneOf: [ref("Condition.Comparison"), ref("Condition.In"), ref("Condition.Not"), ref("Condition.Or")],
    },
    "Condition.Comparison": titled("comparison condition", closed({ Type: { enum: COMPARISON_TYPES }, LeftValue: ref("Operand"), RightValue: ref("Operand") }, ["Type", "LeftValue", "RightValue"])),
    "Condition.In": titled("In condition", closed({ Type: { const: "In" }, QueryValue: ref("Operand"), Values: { type: "array", items: ref("Operand") } }, ["Type", "QueryValue", "Values"])),
    "Condition.Not": titled("Not condition", closed({ Type: { const: "Not" }, Condition: ref("Condition") }, ["Type", "Condition"])),
    "Condition.Or": titled("Or condition", closed({ Type: { const: "Or" }, Conditions: { type: "array", items: ref("Condition") } }, ["Type", "Conditions"])),
  };
}

/** Step-level pieces shared by several step types. */
function envelopeDefs(): Record<string, JsonSchema> {
  const outputParameter = closed({ OutputName: string, OutputType: { enum: Object.keys(PARAMETER_TYPES) } }, ["OutputName", "OutputType"]);
  return {
    CacheConfig: closed(
      { Enabled: { type: "boolean" }, ExpireAfter: { type: "string", pattern: "^P(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(\\d+H)?(\\d+M)?(\\d+S)?)?$" } },
      ["Enabled"],
    ),
    RetryPolicy: closed(
      {
        ExceptionType: { type: "array", items: { enum: RETRY_EXCEPTION_TYPES }, minItems: 1 },
        IntervalSeconds: { type: "integer" },
        BackoffRate: { type: "number" },
        MaxAttempts: { type: "integer" },
        ExpireAfterMin: { type: "integer" },
      },
      ["ExceptionType"],
    ),
    PropertyFile: closed({ PropertyFileName: string, OutputName: string, FilePath: string }, ["PropertyFileName", "OutputName", "FilePath"]),
    OutputParameters: { type: "array", items: outputParameter },
  };
}

/** Arguments of the step types no AWS request shape describes. */
function handWrittenArgumentDefs(): Record<string, JsonSchema> {
  return {
    "Args.Condition": titled(
      "Condition step arguments",
      closed(
        { Conditions: { type: "array", items: ref("Condition") }, IfSteps: { type: "array", items: ref("Step") }, ElseSteps: { type: "array", items: ref("Step") } },
        ["Conditions"],
      ),
    ),
    "Args.Fail": titled("Fail step arguments", closed({ ErrorMessage: ref(DEF.string) })),
    "Args.Lambda": titled("Lambda step arguments", { type: "object", additionalProperties: ref("Value.Any") }),
    "Args.Callback": titled("Callback step arguments", { type: "object", additionalProperties: ref("Value.Any") }),
    "Args.EMR": titled(
      "EMR step arguments",
      closed(
        { ClusterId: ref(DEF.string), ClusterConfig: { type: "object" }, ExecutionRoleArn: ref(DEF.string), StepConfig: ref("EMR.StepConfig") },
        ["StepConfig"],
      ),
    ),
    // SDK v3 EMRServerlessStep: the role twice, the job (StartJobRun's request, camelCase), and
    // the application: an existing one's id or CreateApplication's request.
    // (Exactly one of ApplicationId and ApplicationConfig: checks/check-step-rules.ts.)
    "Args.EMRServerless": titled(
      "EMRServerless step arguments",
      closed(
        { ExecutionRoleArn: ref(DEF.string), JobConfig: ref("EMRServerless.JobConfig"), ApplicationId: ref(DEF.string), ApplicationConfig: ref("EMRServerless.ApplicationConfig") },
        ["ExecutionRoleArn", "JobConfig"],
      ),
    ),
    // SDK LineageStep: at least one of four lists; entities are CreateAction/CreateArtifact/
    // CreateContext requests, associations name two entities (or give AddAssociation's ARNs).
    "Args.Lineage": titled("Lineage step arguments", {
      ...(closed({
        Actions: { type: "array", items: ref("Lineage.Action") },
        Artifacts: { type: "array", items: ref("Lineage.Artifact") },
        Contexts: { type: "array", items: ref("Lineage.Context") },
        Associations: { type: "array", items: ref("Lineage.Association") },
      }) as object),
      minProperties: 1,
    }),
    "Lineage.Association": closed({
      Source: ref("Lineage.EntityRef"),
      Destination: ref("Lineage.EntityRef"),
      SourceArn: ref(DEF.string),
      DestinationArn: ref(DEF.string),
      AssociationType: ref(DEF.string),
    }),
    "Lineage.EntityRef": closed({ Name: ref(DEF.string), Type: { enum: ["Action", "Artifact", "Context"] }, Arn: ref(DEF.string) }),
    "EMR.StepConfig": closed({ Name: ref(DEF.string), ActionOnFailure: ref(DEF.string), HadoopJarStep: ref("EMR.HadoopJarStepConfig") }, ["HadoopJarStep"]),
    "EMR.HadoopJarStepConfig": closed(
      {
        Jar: ref(DEF.string),
        MainClass: ref(DEF.string),
        Args: { type: "array", items: ref(DEF.string) },
        Properties: { type: "array", items: closed({ Key: ref(DEF.string), Value: ref(DEF.string) }) },
      },
      ["Jar"],
    ),
  };
}

/** Step-level keys some step types carry besides the common envelope. */
export const STEP_EXTRAS: Readonly<Record<string, { properties: Record<string, JsonSchema>; required: readonly string[] }>> = {
  Lambda: { properties: { FunctionArn: string, OutputParameters: ref("OutputParameters") }, required: ["FunctionArn"] },
  Callback: { properties: { SqsQueueUrl: string, OutputParameters: ref("OutputParameters") }, required: ["SqsQueueUrl"] },
  QualityCheck: {
    properties: {
      CheckType: { enum: ["DATA_QUALITY", "MODEL_QUALITY"] },
      FailOnViolation: ref(DEF.boolean),
      ModelPackageGroupName: ref("Value.NullableString"),
      RegisterNewBaseline: ref(DEF.boolean),
      SkipCheck: ref(DEF.boolean),
      SuppliedBaselineConstraints: ref("Value.NullableString"),
      SuppliedBaselineStatistics: ref("Value.NullableString"),
    },
    required: ["CheckType"],
  },
  ClarifyCheck: {
    properties: {
      CheckType: { enum: ["DATA_BIAS", "MODEL_BIAS", "MODEL_EXPLAINABILITY"] },
      FailOnViolation: ref(DEF.boolean),
      ModelName: ref("Value.NullableString"),
      ModelPackageGroupName: ref("Value.NullableString"),
      RegisterNewBaseline: ref(DEF.boolean),
      SkipCheck: ref(DEF.boolean),
      SuppliedBaselineConstraints: ref("Value.NullableString"),
    },
    required: ["CheckType"],
  },
};

/** The schema of a step of `type`: the envelope around `argumentsRef`. */
export function stepEnvelope(type: string, argumentsRef: JsonSchema, features: readonly EnvelopeFeature[]): JsonSchema {
  const extras = STEP_EXTRAS[type];
  return titled(`${type} step`, closed(
    {
      Name: string,
      Type: { const: type },
      Arguments: argumentsRef,
      DependsOn: stringList,
      DisplayName: { type: "string", maxLength: 256 },
      Description: { type: "string", maxLength: 3072 },
      ...(features.includes("cache") ? { CacheConfig: ref("CacheConfig") } : {}),
      ...(features.includes("retry") ? { RetryPolicies: { type: "array", items: ref("RetryPolicy") } } : {}),
      ...(features.includes("propertyFiles") ? { PropertyFiles: { type: "array", items: ref("PropertyFile") } } : {}),
      ...extras?.properties,
    },
    ["Name", "Type", "Arguments", ...(extras?.required ?? [])],
  ));
}

/** The top level of a definition. */
export function rootProperties(): Record<string, JsonSchema> {
  return {
    Version: { const: DEFINITION_VERSION },
    Metadata: { type: "object" },
    Parameters: { type: "array", items: ref("Parameter") },
    PipelineExperimentConfig: { type: ["object", "null"], properties: { ExperimentName: ref(DEF.string), TrialName: ref(DEF.string) }, required: ["ExperimentName", "TrialName"], additionalProperties: false },
    Steps: { type: "array", items: ref("Step") },
  };
}

/** Every hand-written `$defs` entry except the step envelopes. */
export function handWrittenDefs(): Record<string, JsonSchema> {
  return { ...valueDefs(), ...parameterDefs(), ...conditionDefs(), ...envelopeDefs(), ...handWrittenArgumentDefs() };
}
