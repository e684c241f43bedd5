/**
 * A definition of `n` Condition steps in a chain (each DependsOn the one before, `1 == 1`, no
 * branches): runs locally with no job and no container, so it measures the runner alone.
 */
export function conditionChain(n: number): Record<string, unknown> {
  const steps = Array.from({ length: n }, (_, i) => ({
    Name: `Check${i}`,
    Type: "Condition",
    Arguments: { Conditions: [{ Type: "Equals", LeftValue: 1, RightValue: 1 }], IfSteps: [], ElseSteps: [] },
    ...(i > 0 ? { DependsOn: [`Check${i - 1}`] } : {}),
  }));
  return { Version: "2020-12-01", Metadata: {}, Parameters: [], Steps: steps };
}
