/** Run-length fields of the models that run a guest OS (`irix`, `disco-irix`). */
export interface GuestRunFields {
  /** Upper bound on simulated time; the run ends earlier when every workload process has exited. */
  readonly maxDurationMs: number;
  /** Period of the counter and footprint samples. */
  readonly sampleIntervalUs: number;
}

export const GUEST_RUN_DEFAULTS: GuestRunFields = { maxDurationMs: 20_000, sampleIntervalUs: 5000 };

export const guestRunProperties = {
  maxDurationMs: { type: 'number', exclusiveMinimum: 0, maximum: 600_000, description: 'simulated time limit in ms (default 20000)' },
  sampleIntervalUs: { type: 'number', minimum: 1, maximum: 10_000_000, description: 'sample period in µs (default 5000)' },
} as const;
