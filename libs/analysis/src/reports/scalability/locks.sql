-- title: Lock contention in the guest kernel after warm-up (memlock and the others sampled)
-- requires: lock_contention_sampled
-- absent: the trace has no LockContentionSampled events: no guest OS ran
-- empty: no lock was acquired in the measured window
-- compare: yes
-- key: lock
-- chart: bar x=lock y=spin_ms title="Time spinning or waiting per lock" axis="ms"
WITH s AS (
  SELECT l.lock, l.acquisitions, l.contended, l.spin_ticks,
    max(0, min(l.tick, w.end_tick) - max(l.tick - l.interval_ticks, w.start_tick)) * 1.0 / nullif(l.interval_ticks, 0) AS share
  FROM lock_contention_sampled AS l, measure_window AS w
  WHERE l.tick > w.start_tick AND l.tick - l.interval_ticks < w.end_tick
)
SELECT
  lock, -- the kernel lock (memlock guards memory-management data)
  round(sum(share * acquisitions), 0) AS acquisitions, -- acquisitions in the window, all CPUs
  round(sum(share * contended), 0) AS contended, -- acquisitions that found it held by another CPU
  round(100.0 * sum(share * contended) / nullif(sum(share * acquisitions), 0), 1) AS contended_pct, -- percent of acquisitions contended
  round(sum(share * spin_ticks) / 1e9, 3) AS spin_ms, -- time spent spinning or waiting for it, ms
  round(100.0 * sum(share * spin_ticks) / nullif((SELECT sum(ticks) FROM time_split WHERE bucket = 2), 0), 1) AS sync_pct -- percent of all kernel-synchronization time (NULL without ExecutionSample)
FROM s
GROUP BY lock
ORDER BY sum(share * spin_ticks) DESC, lock
LIMIT :top;
