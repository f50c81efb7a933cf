-- title: Execution time split into user, kernel, monitor and idle, after warm-up (Figure 5)
-- requires: execution_sample
-- absent: the trace has no ExecutionSample events: it was not recorded on a model that accounts CPU time by bucket (irix, disco-irix, disco-synthetic)
-- compare: yes
-- chart: stacked y=user_ms,kernel_ms,monitor_ms,idle_ms title="Execution time (Figure 5)" axis="ms of CPU time"
WITH t AS (
  SELECT
    sum(CASE WHEN mode = 'user' THEN ticks END) AS user_ticks,
    sum(CASE WHEN mode = 'kernel' THEN ticks END) AS kernel_ticks,
    sum(CASE WHEN mode = 'monitor' THEN ticks END) AS monitor_ticks,
    sum(CASE WHEN mode = 'idle' THEN ticks END) AS idle_ticks,
    sum(ticks) AS total_ticks,
    count(DISTINCT cpu) AS cpus
  FROM time_split
)
SELECT
  t.cpus AS cpus, -- CPUs with samples in the window
  round((w.end_tick - w.start_tick) / 1e9, 3) AS elapsed_ms, -- simulated time measured: from the window's start to its end, ms
  round(coalesce(t.user_ticks, 0) / 1e9, 3) AS user_ms, -- CPU time in user mode (instructions and stall), ms summed over CPUs
  round(coalesce(t.kernel_ticks, 0) / 1e9, 3) AS kernel_ms, -- CPU time in the guest kernel, its lock spinning included, ms
  round(coalesce(t.monitor_ticks, 0) / 1e9, 3) AS monitor_ms, -- CPU time in the monitor (Disco), all its buckets, ms
  round(coalesce(t.idle_ticks, 0) / 1e9, 3) AS idle_ms, -- CPU time idle, ms
  round(t.total_ticks / 1e9, 3) AS total_ms, -- all CPU time in the window (CPUs × elapsed), ms
  round(100.0 * coalesce(t.monitor_ticks, 0) / nullif(t.total_ticks - coalesce(t.idle_ticks, 0), 0), 1) AS monitor_busy_pct, -- monitor time as a percent of non-idle time
  w.start_reason || ' → ' || w.end_reason AS window -- what opened and closed the measured window ('booted' → 'finished' for the paper's workloads)
FROM t, measure_window AS w;
