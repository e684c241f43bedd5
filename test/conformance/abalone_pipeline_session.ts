// Conformance case `abalone_pipeline_session`: the example pipeline under the golden's name.
import { Pipeline } from "@sagepipe/core";
import { Abalone } from "../../examples/abalone/pipeline.ts";

@Pipeline({ name: "AbalonePipelineModern", region: "us-east-1", bucket: "my-bucket" })
export class AbalonePipelineModern extends Abalone {}
