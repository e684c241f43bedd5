export { type PipelineVariable, type Primitive, type Value, isExpression, coercionMessage, makeNode, asVariable } from "./variable.ts";
export { ParameterNode, type Parameter, type ParameterType } from "./parameter.ts";
export { ExecutionVariables, ExecutionVariableNode, EXECUTION_VARIABLE_NAMES, type ExecutionVariableName } from "./execution-variable.ts";
export { PropertyNode, propertyProxy, renderPath, COLLECTION_FIELDS, type Properties, type PropertyRoot, type PathSegment } from "./property.ts";
export { JoinNode, join, str, s3, type JoinPart } from "./join.ts";
export { JsonGetNode } from "./json-get.ts";
export { ConditionNode, eq, gt, gte, lt, lte, isIn, not, or, type ComparisonNode, type ComparisonType, type InNode, type NotNode, type OrNode } from "./condition.ts";
export { renderValue, type ExpressionNode, type Json } from "./render.ts";
export { forEachExpression } from "./visit.ts";
