/**
 * The largest run the model makes: the ranges a scenario accepts
 * (/machine/cpus, one CPU per node; /disco-synthetic/vms and each VM's VCPUs)
 * and libs/hardware's node limit. Whoever reads a trace checks the numbers it
 * gives against these before they size or index anything: a trace beyond
 * them was not written by the model, so it is damaged or crafted.
 */
export const MODEL_LIMITS = {
  /** Nodes, each with one CPU. */
  nodes: 32,
  /** Virtual machines of one run. */
  vms: 64,
  /** VCPUs of one virtual machine. */
  vcpusPerVm: 64,
} as const;

/** Whether `value`, read from a trace, is an integer in [min, maxExclusive): the check before it sizes or indexes anything. */
export function isIntegerInRange(value: unknown, min: number, maxExclusive: number): value is number {
  return Number.isInteger(value) && (value as number) >= min && (value as number) < maxExclusive;
}
