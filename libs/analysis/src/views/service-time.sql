-- view: service_time
-- requires: kernel_service_sampled
-- One row per guest kernel service invoked inside measure_window: how often
-- and for how long. Services other than UTLB refills come from one
-- KernelServiceCompleted per invocation (counted by the tick it completed);
-- UTLB refills are only sampled (KernelServiceSampled), so they are counted
-- from the samples, in proportion to each sample's overlap with the window.
-- Times are picoseconds. Under Disco, an invocation's time includes the
-- monitor's work done on its behalf (emulation, kernel TLB faults): the
-- guest measures it on its CPU's clock, and splits it by the CPU's time
-- bucket (kernel_ticks, monitor_*_ticks); traces recorded before the guest
-- split it have NULL there.
CREATE TEMP VIEW service_time AS
WITH completed AS (
  SELECT k.service, count(*) AS invocations, sum(k.duration_ticks) AS total_ticks, sum(k.sync_ticks) AS sync_ticks, {{split:completed}}, 'completed' AS source
  FROM {{kernel_service_completed}} AS k, measure_window AS w
  WHERE k.service <> 1 AND k.tick > w.start_tick AND k.tick <= w.end_tick
  GROUP BY k.service
),
sampled AS (
  SELECT k.service,
    sum(k.invocations * max(0, min(k.tick, w.end_tick) - max(k.tick - k.interval_ticks, w.start_tick)) * 1.0 / nullif(k.interval_ticks, 0)) AS invocations,
    sum(k.total_ticks * max(0, min(k.tick, w.end_tick) - max(k.tick - k.interval_ticks, w.start_tick)) * 1.0 / nullif(k.interval_ticks, 0)) AS total_ticks,
    sum(k.sync_ticks * max(0, min(k.tick, w.end_tick) - max(k.tick - k.interval_ticks, w.start_tick)) * 1.0 / nullif(k.interval_ticks, 0)) AS sync_ticks,
    {{split:sampled}},
    'sampled' AS source
  FROM kernel_service_sampled AS k, measure_window AS w
  WHERE k.tick > w.start_tick AND k.tick - k.interval_ticks < w.end_tick
    AND (k.service = 1 OR NOT EXISTS (SELECT 1 FROM {{kernel_service_completed}}))
  GROUP BY k.service
)
SELECT
  u.service AS service, -- the GuestService value
  coalesce(substr(g.name, 9), 'service ' || u.service) AS name, -- its name without SERVICE_, e.g. DEMAND_ZERO, OPEN, UTLB_MISS
  u.invocations AS invocations, -- invocations in the window (REAL for sampled services)
  u.total_ticks AS total_ticks, -- their kernel time, nested services and sleep excluded
  u.sync_ticks AS sync_ticks, -- the part spent spinning on locks
  u.kernel_ticks AS kernel_ticks, -- guest kernel execution outside lock spinning
  u.monitor_tlb_write_ticks AS monitor_tlb_write_ticks, -- the monitor emulating the service's TLB writes
  u.monitor_privileged_ticks AS monitor_privileged_ticks, -- the monitor emulating its other privileged instructions
  u.monitor_call_fault_ticks AS monitor_call_fault_ticks, -- monitor calls and page faults (zeroing, COW) on its behalf
  u.monitor_kernel_tlb_ticks AS monitor_kernel_tlb_ticks, -- kernel TLB faults (the relocated kernel segment)
  u.monitor_tlb_miss_ticks AS monitor_tlb_miss_ticks, -- user TLB misses taken inside the service (copyin/copyout)
  u.monitor_numa_ticks AS monitor_numa_ticks, -- migration, replication, shootdowns during it
  u.monitor_other_ticks AS monitor_other_ticks, -- the rest of the monitor's time during it
  u.source AS source -- 'completed' (one event per invocation) or 'sampled'
FROM (SELECT * FROM completed UNION ALL SELECT * FROM sampled) AS u
LEFT JOIN guest_service AS g ON g.service = u.service;
