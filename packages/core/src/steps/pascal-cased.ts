/**
 * An AWS JSON-protocol shape (camelCase members, as `@aws-sdk/client-bedrock` and
 * `@aws-sdk/client-emr-serverless` declare them) with its member names in PascalCase, at every
 * depth: how pipeline definitions spell Bedrock step arguments and properties (the SDK's
 * bedrock_steps.py converts botocore's member names the same way). Map keys are kept, and the
 * SDK's `$unknown` union member is dropped.
 */
export type PascalCased<T> = T extends string | number | boolean | Date | Uint8Array
  ? T
  : T extends readonly (infer E)[]
    ? PascalCased<E>[]
    : T extends object
      ? string extends keyof T
        ? { [K in keyof T]: PascalCased<T[K]> }
        : { [K in keyof T as K extends `$${string}` ? never : K extends string ? Capitalize<K> : K]: PascalCased<T[K]> }
      : T;
