import type { TraceReader } from '@disco/trace-store';

/** The kernel services of Table 2 (§5.2), as the service_time view names them. */
export const TABLE2_SERVICES = ['DEMAND_ZERO', 'QUICK_FAULT', 'OPEN', 'UTLB_MISS', 'WRITE', 'READ', 'EXECVE'] as const;

/** Sweep-table column of a service's mean time per invocation, in µs. */
export const serviceUsColumn = (service: string) => `${service.toLowerCase()}_us`;
/** Sweep-table column of a service's slowdown against the baseline run (µs per call here / there). */
export const serviceSlowdownColumn = (service: string) => `${service.toLowerCase()}_slowdown`;

/**
 * Mean time per invocation (µs) of each Table 2 service in the measured
 * window, from the service_time view (on Disco the monitor's work on the
 * service's behalf included, as the paper measures it); null for a service
 * that did not run, or every service when no guest OS ran.
 */
export function serviceUsPerCall(reader: TraceReader, views: ReadonlySet<string>): Record<string, number | null> {
  const out: Record<string, number | null> = Object.fromEntries(TABLE2_SERVICES.map((s) => [serviceUsColumn(s), null]));
  if (!views.has('service_time')) return out;
  const rows = reader.query('SELECT name, total_ticks, invocations FROM service_time').rows as [string, number, number][];
  for (const [name, ticks, invocations] of rows) {
    if ((TABLE2_SERVICES as readonly string[]).includes(name) && invocations > 0) out[serviceUsColumn(name)] = ticks / invocations / 1e6;
  }
  return out;
}

/** Slowdown of each Table 2 service: µs per call in `row` over µs per call in `baseline` (null where either is missing). */
export function serviceSlowdowns(row: Readonly<Record<string, unknown>>, baseline: Readonly<Record<string, unknown>> | undefined): Record<string, number | null> {
  return Object.fromEntries(
    TABLE2_SERVICES.map((s) => {
      const here = row[serviceUsColumn(s)];
      const there = baseline?.[serviceUsColumn(s)];
      return [serviceSlowdownColumn(s), typeof here === 'number' && typeof there === 'number' && there > 0 ? here / there : null];
    }),
  );
}
