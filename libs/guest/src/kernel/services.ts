import { GuestService } from '@disco/trace-schema';

export { GuestService };
export const SERVICE_COUNT = Object.keys(GuestService).length;

/** Names as Table 2 prints them (uppercase faults, lowercase system calls). */
export function serviceName(service: number): string {
  const entry = Object.entries(GuestService).find(([, v]) => v === service);
  const name = entry === undefined ? `SERVICE_${service}` : entry[0].replace(/^SERVICE_/, '');
  return ['UTLB_MISS', 'QUICK_FAULT', 'DEMAND_ZERO', 'COW_FAULT'].includes(name) ? name : name.toLowerCase();
}
