// The `Step` shape of the EMR API (DescribeStep's output), which an EMR step's properties follow,
// as the SageMaker SDK's do (`Properties(shape_name="Step", service_name="emr")`). Written here
// from the EMR API reference because the project does not depend on @aws-sdk/client-emr.

/** The state of an EMR step and why it changed. */
export interface EmrStepStatus {
  /** PENDING, CANCEL_PENDING, RUNNING, COMPLETED, CANCELLED, FAILED or INTERRUPTED. */
  readonly State?: string;
  readonly StateChangeReason?: { readonly Code?: string; readonly Message?: string };
  readonly FailureDetails?: { readonly Reason?: string; readonly Message?: string; readonly LogFile?: string };
  readonly Timeline?: { readonly CreationDateTime?: Date; readonly StartDateTime?: Date; readonly EndDateTime?: Date };
}

/** An EMR step as `DescribeStep` returns it. */
export interface EmrStep {
  /** The EMR step's id, e.g. "s-1234ABCD". */
  readonly Id?: string;
  readonly Name?: string;
  /** The Hadoop JAR step (its Args and Properties lists are left out: property paths do not index them). */
  readonly Config?: { readonly Jar?: string; readonly MainClass?: string };
  /** TERMINATE_JOB_FLOW, TERMINATE_CLUSTER, CANCEL_AND_WAIT or CONTINUE. */
  readonly ActionOnFailure?: string;
  readonly Status?: EmrStepStatus;
  readonly ExecutionRoleArn?: string;
  readonly LogUri?: string;
  readonly EncryptionKeyArn?: string;
}
