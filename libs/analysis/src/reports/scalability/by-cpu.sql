-- title: Execution time per CPU, split as Figure 7, after warm-up
-- requires: execution_sample
-- absent: the trace has no ExecutionSample events
-- compare: yes
-- key: cpu
-- chart: stacked x=cpu y=user_ms,user_stall_ms,kernel_ms,kernel_sync_ms,monitor_ms,idle_ms title="Execution time per CPU" axis="ms"
SELECT
  cpu, -- the physical CPU
  round(coalesce(sum(CASE WHEN bucket = 0 THEN exec_ticks END), 0) / 1e9, 3) AS user_ms, -- user-mode instructions, ms
  round(coalesce(sum(CASE WHEN bucket = 0 THEN stall_local_ticks + stall_remote_ticks + stall_l2_hit_ticks END), 0) / 1e9, 3) AS user_stall_ms, -- user-mode memory stall, ms
  round(coalesce(sum(CASE WHEN bucket = 1 THEN ticks END), 0) / 1e9, 3) AS kernel_ms, -- guest kernel, ms
  round(coalesce(sum(CASE WHEN bucket = 2 THEN ticks END), 0) / 1e9, 3) AS kernel_sync_ms, -- guest kernel lock spinning, ms
  round(coalesce(sum(CASE WHEN mode = 'monitor' THEN ticks END), 0) / 1e9, 3) AS monitor_ms, -- the monitor, ms
  round(coalesce(sum(CASE WHEN mode = 'idle' THEN ticks END), 0) / 1e9, 3) AS idle_ms -- idle, ms
FROM time_split
GROUP BY cpu
ORDER BY cpu;
