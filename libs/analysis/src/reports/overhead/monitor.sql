-- title: Monitor time by category, after warm-up (§5.2, Table 2's categories plus the simulator's own)
-- requires: execution_sample, vm_created
-- absent: the run is not on Disco (no VmCreated event), so there is no monitor time to split
-- empty: the monitor took no time in the measured window
-- compare: yes
-- key: category
-- chart: stacked x=category y=ms title="Monitor time by category" axis="ms of CPU time"
SELECT
  b.label AS category, -- what the monitor did: the paper's four categories, then the simulator's extra buckets
  b.name AS bucket, -- the TimeBucket enum name
  round(coalesce(sum(s.ticks), 0) / 1e9, 3) AS ms, -- CPU time in this category summed over CPUs, ms
  round(100.0 * coalesce(sum(s.ticks), 0) / nullif((SELECT sum(ticks) FROM time_split WHERE mode = 'monitor'), 0), 1) AS monitor_pct, -- percent of all monitor time
  round(100.0 * coalesce(sum(s.ticks), 0) / nullif((SELECT sum(ticks) FROM time_split WHERE mode <> 'idle'), 0), 2) AS busy_pct -- percent of non-idle CPU time
FROM time_bucket AS b
LEFT JOIN time_split AS s ON s.bucket = b.bucket
WHERE b.mode = 'monitor'
GROUP BY b.bucket
ORDER BY b.bucket;
