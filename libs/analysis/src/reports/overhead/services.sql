-- title: Kernel services after warm-up: invocations, time per invocation and its split (Table 2)
-- requires: kernel_service_sampled
-- absent: the trace has no KernelServiceSampled events: no guest OS ran (the run uses a synthetic or hardware-only model)
-- empty: no kernel service ran in the measured window
-- compare: yes
-- key: service
-- chart: stacked x=service y=kernel_us,tlb_write_us,privileged_us,call_fault_us,kernel_tlb_us,other_monitor_us,sync_us title="Time per invocation by category (Table 2)" axis="µs"
SELECT
  name AS service, -- the kernel service (Table 2 names: DEMAND_ZERO, QUICK_FAULT, OPEN, UTLB_MISS, WRITE, READ, EXECVE…)
  round(invocations, 0) AS invocations, -- invocations in the window (UTLB refills: from the samples)
  round(total_ticks / nullif(invocations, 0) / 1e6, 3) AS us_per_call, -- mean time per invocation, µs (on Disco: monitor work on its behalf included)
  round(total_ticks / 1e9, 3) AS total_ms, -- time in the service, ms
  round(100.0 * total_ticks / nullif((SELECT sum(total_ticks) FROM service_time), 0), 1) AS kernel_pct, -- percent of the time in all services (the paper's "% of system time")
  round(kernel_ticks / nullif(invocations, 0) / 1e6, 3) AS kernel_us, -- of which kernel execution, µs per invocation (NULL: the trace predates the split)
  round(monitor_tlb_write_ticks / nullif(invocations, 0) / 1e6, 3) AS tlb_write_us, -- TLB-write emulation, µs per invocation
  round(monitor_privileged_ticks / nullif(invocations, 0) / 1e6, 3) AS privileged_us, -- other privileged instructions, µs per invocation
  round(monitor_call_fault_ticks / nullif(invocations, 0) / 1e6, 3) AS call_fault_us, -- monitor calls & page faults, µs per invocation
  round(monitor_kernel_tlb_ticks / nullif(invocations, 0) / 1e6, 3) AS kernel_tlb_us, -- kernel TLB faults, µs per invocation
  round((monitor_tlb_miss_ticks + monitor_numa_ticks + monitor_other_ticks) / nullif(invocations, 0) / 1e6, 3) AS other_monitor_us, -- the simulator's other monitor buckets (user TLB misses in copyin/copyout, NUMA, other), µs per invocation
  round(sync_ticks / nullif(invocations, 0) / 1e6, 3) AS sync_us, -- spinning on locks, µs per invocation
  source -- 'completed': one event per invocation; 'sampled': per-interval counts
FROM service_time
ORDER BY total_ticks DESC
LIMIT :top;
