/** The scenario named by the user cannot be run as given: bad input, exit code 2. */
export class ScenarioError extends Error {
  override readonly name = 'ScenarioError';
  readonly exitCode = 2;
}
