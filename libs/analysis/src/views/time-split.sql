-- view: time_split
-- requires: execution_sample
-- One row per CPU and accounting bucket: the ExecutionSample time that falls
-- inside measure_window. A sample covers (tick - interval_ticks, tick]; one
-- that straddles an edge of the window counts in proportion to its overlap,
-- so the rows of all buckets of one CPU add up to the window's length.
-- Times are picoseconds (REAL, because of that proportion).
CREATE TEMP VIEW time_split AS
WITH s AS (
  SELECT
    e.cpu, e.bucket, e.exec_ticks, e.stall_local_ticks, e.stall_remote_ticks, e.stall_l2_hit_ticks, e.instructions,
    max(0, min(e.tick, w.end_tick) - max(e.tick - e.interval_ticks, w.start_tick)) * 1.0 / nullif(e.interval_ticks, 0) AS share
  FROM execution_sample AS e, measure_window AS w
  WHERE e.tick > w.start_tick AND e.tick - e.interval_ticks < w.end_tick
)
SELECT
  s.cpu AS cpu, -- the physical CPU
  s.bucket AS bucket, -- the TimeBucket value
  b.name AS name, -- its enum name, e.g. TIME_MONITOR_TLB_WRITE
  b.label AS label, -- the paper's name for it
  b.mode AS mode, -- 'user', 'kernel', 'idle' or 'monitor'
  sum(s.share * (s.exec_ticks + s.stall_local_ticks + s.stall_remote_ticks + s.stall_l2_hit_ticks)) AS ticks, -- all time in the bucket
  sum(s.share * s.exec_ticks) AS exec_ticks, -- instructions and exception-handler charges
  sum(s.share * s.stall_local_ticks) AS stall_local_ticks, -- stall on misses served by the local node
  sum(s.share * s.stall_remote_ticks) AS stall_remote_ticks, -- stall on misses served by a remote node
  sum(s.share * s.stall_l2_hit_ticks) AS stall_l2_hit_ticks, -- stall on L1 misses that hit the L2
  sum(s.share * s.instructions) AS instructions -- instructions executed
FROM s
LEFT JOIN time_bucket AS b ON b.bucket = s.bucket
GROUP BY s.cpu, s.bucket;
