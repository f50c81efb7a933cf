-- title: Kernel services after warm-up: invocations, time per invocation, share of kernel time (Table 2)
-- requires: kernel_service_sampled
-- absent: the trace has no KernelServiceSampled events: no guest OS ran (the run uses a synthetic or hardware-only model)
-- empty: no kernel service ran in the measured window
-- compare: yes
-- key: service
-- chart: bar x=service y=us_per_call title="Time per invocation (Table 2)" axis="µs"
-- note: the guest's service events carry no split of an invocation's time into the monitor's categories, so Table 2's per-service breakdown (kernel execution, TLB-write emulation, other privileged instructions, monitor calls & page faults, kernel TLB faults) is not available; overhead/monitor gives the split for all services together
SELECT
  name AS service, -- the kernel service (Table 2 names: DEMAND_ZERO, QUICK_FAULT, OPEN, UTLB_MISS, WRITE, READ, EXECVE…)
  round(invocations, 0) AS invocations, -- invocations in the window (UTLB refills: from the samples)
  round(total_ticks / nullif(invocations, 0) / 1e6, 3) AS us_per_call, -- mean time per invocation, µs (on Disco: monitor work on its behalf included)
  round(total_ticks / 1e9, 3) AS total_ms, -- time in the service, ms
  round(100.0 * total_ticks / nullif((SELECT sum(total_ticks) FROM service_time), 0), 1) AS kernel_pct, -- percent of the time in all services (the paper's "% of system time")
  round(sync_ticks / nullif(invocations, 0) / 1e6, 3) AS sync_us_per_call, -- of which spinning on locks, µs per invocation
  source -- 'completed': one event per invocation; 'sampled': per-interval counts
FROM service_time
ORDER BY total_ticks DESC
LIMIT :top;
