import { connectToAws, type Connect } from "./connect.ts";
import { realCompiler, type CompilerApi } from "./load-builds.ts";

/** What the AWS commands reach outside the process through; tests replace both. */
export interface AwsCommandDeps {
  readonly connect: Connect;
  readonly compiler: CompilerApi;
}

/** The real AWS clients and the real compiler. */
export const defaultDeps: AwsCommandDeps = { connect: connectToAws, compiler: realCompiler };
