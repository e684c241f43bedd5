// Loads the type declarations of an AWS SDK client (@aws-sdk/client-sagemaker, and the Bedrock
// and EMR Serverless clients for those step types) with ts-morph and indexes the top-level
// declarations (interfaces, type aliases, enum constants, union namespaces) by name.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import {
  Node,
  Project,
  type EnumDeclaration,
  type InterfaceDeclaration,
  type ModuleDeclaration,
  type TypeAliasDeclaration,
  type VariableDeclaration,
} from "ts-morph";

/** The named declarations a shape can refer to. */
export interface SdkDeclarations {
  /** The client's package name, for messages. */
  readonly client: string;
  /** The installed client's version, recorded in the generated files. */
  readonly version: string;
  readonly interfaces: ReadonlyMap<string, InterfaceDeclaration>;
  readonly typeAliases: ReadonlyMap<string, TypeAliasDeclaration>;
  /** `export declare const S3DataType: { readonly X: "v" }`: the enum's values. */
  readonly enumConstants: ReadonlyMap<string, VariableDeclaration>;
  /** `export declare enum X { A = 10 }`: the few numeric enums. */
  readonly enums: ReadonlyMap<string, EnumDeclaration>;
  /** `export declare namespace X { interface AMember ... }`: Smithy unions. */
  readonly namespaces: ReadonlyMap<string, ModuleDeclaration>;
}

/** The AWS SDK clients whose declarations the generated files come from (dev dependencies). */
export type SdkClient = "@aws-sdk/client-sagemaker" | "@aws-sdk/client-bedrock" | "@aws-sdk/client-emr-serverless";

/** Where an installed AWS SDK client lives (resolved from this package). */
export function clientDir(client: SdkClient): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve(`${client}/package.json`));
}

/** Where the installed @aws-sdk/client-sagemaker lives. */
export function sagemakerClientDir(): string {
  return clientDir("@aws-sdk/client-sagemaker");
}

/** Parses `dist-types/models/*.d.ts` of the installed client and indexes its declarations. */
export function loadSdkDeclarations(clientDir: string = sagemakerClientDir()): SdkDeclarations {
  const project = new Project({
    compilerOptions: { strict: true, skipLibCheck: true },
    skipAddingFilesFromTsConfig: true,
  });
  const files = project.addSourceFilesAtPaths(join(clientDir, "dist-types/models/*.d.ts"));
  const interfaces = new Map<string, InterfaceDeclaration>();
  const typeAliases = new Map<string, TypeAliasDeclaration>();
  const enumConstants = new Map<string, VariableDeclaration>();
  const namespaces = new Map<string, ModuleDeclaration>();
  const enums = new Map<string, EnumDeclaration>();
  for (const file of files.sort((a, b) => a.getFilePath().localeCompare(b.getFilePath()))) {
    for (const statement of file.getStatements()) {
      if (Node.isInterfaceDeclaration(statement)) interfaces.set(statement.getName(), statement);
      else if (Node.isTypeAliasDeclaration(statement)) typeAliases.set(statement.getName(), statement);
      else if (Node.isModuleDeclaration(statement)) namespaces.set(statement.getName(), statement);
      else if (Node.isEnumDeclaration(statement)) enums.set(statement.getName(), statement);
      else if (Node.isVariableStatement(statement)) {
        for (const declaration of statement.getDeclarations()) enumConstants.set(declaration.getName(), declaration);
      }
    }
  }
  const version = (project.getFileSystem().readFileSync(join(clientDir, "package.json")).match(/"version":\s*"([^"]+)"/) ?? [])[1] ?? "unknown";
  const client = (project.getFileSystem().readFileSync(join(clientDir, "package.json")).match(/"name":\s*"([^"]+)"/) ?? [])[1] ?? "the AWS SDK client";
  return { client, version, interfaces, typeAliases, enumConstants, enums, namespaces };
}
