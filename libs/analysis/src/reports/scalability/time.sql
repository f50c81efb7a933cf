-- title: Execution time split into user, user stall, kernel, kernel synchronization, monitor and idle, after warm-up (Figure 7)
-- requires: execution_sample
-- absent: the trace has no ExecutionSample events: it was not recorded on a model that accounts CPU time by bucket
-- compare: yes
-- chart: stacked y=user_ms,user_stall_ms,kernel_ms,kernel_sync_ms,monitor_ms,idle_ms title="Execution time (Figure 7)" axis="ms of CPU time"
WITH t AS (
  SELECT
    sum(CASE WHEN bucket = 0 THEN exec_ticks END) AS user_exec,
    sum(CASE WHEN bucket = 0 THEN stall_local_ticks + stall_remote_ticks + stall_l2_hit_ticks END) AS user_stall,
    sum(CASE WHEN bucket = 1 THEN ticks END) AS kernel,
    sum(CASE WHEN bucket = 2 THEN ticks END) AS kernel_sync,
    sum(CASE WHEN mode = 'monitor' THEN ticks END) AS monitor,
    sum(CASE WHEN mode = 'idle' THEN ticks END) AS idle,
    sum(CASE WHEN bucket = 1 THEN stall_local_ticks + stall_remote_ticks + stall_l2_hit_ticks END) AS kernel_stall,
    sum(ticks) AS total,
    count(DISTINCT cpu) AS cpus
  FROM time_split
)
SELECT
  cpus, -- CPUs with samples in the window
  round((w.end_tick - w.start_tick) / 1e9, 3) AS elapsed_ms, -- simulated time measured (after warm-up), ms
  round(coalesce(user_exec, 0) / 1e9, 3) AS user_ms, -- user-mode instructions, ms of CPU time
  round(coalesce(user_stall, 0) / 1e9, 3) AS user_stall_ms, -- user-mode memory stall, ms
  round(coalesce(kernel, 0) / 1e9, 3) AS kernel_ms, -- guest kernel outside lock spinning (its stall included), ms
  round(coalesce(kernel_sync, 0) / 1e9, 3) AS kernel_sync_ms, -- guest kernel spinning or waiting on locks, ms
  round(coalesce(monitor, 0) / 1e9, 3) AS monitor_ms, -- the monitor (Disco), ms
  round(coalesce(idle, 0) / 1e9, 3) AS idle_ms, -- idle, ms
  round(total / 1e9, 3) AS total_ms, -- all CPU time (CPUs × elapsed), ms
  round(100.0 * coalesce(kernel_stall, 0) / nullif(kernel, 0), 1) AS kernel_stall_pct -- percent of kernel time that is memory stall (communication misses)
FROM t, measure_window AS w;
