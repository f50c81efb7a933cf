// Per-VCPU counters live here so that the parts of the monitor can name them without importing the VCPU record.

/** Per-VCPU counters (VcpuCounterSample fields), indices into `Vcpu.counters`. */
export const V_PRIVILEGED = 0;
export const V_SPECIAL_PAGE = 1;
export const V_TLB_WRITES = 2;
export const V_L2TLB_HITS = 3;
export const V_VTLB_HITS = 4;
export const V_TLB_REFLECTED = 5;
export const V_KERNEL_TLB_FAULTS = 6;
export const V_MONITOR_CALLS = 7;
export const V_TRAPS = 8;
export const V_INTERRUPTS = 9;
export const V_COW_FAULTS = 10;
export const V_RUN_TICKS = 11;
export const VCPU_COUNTER_COUNT = 12;
