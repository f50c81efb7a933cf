-- view: measure_window
-- One row: the part of the run that measurements count. §5.1 of the paper
-- excludes boot and warm-up, so the window opens when the last workload
-- reported 'booted' (WorkloadPhaseChanged) and closes when the last one
-- reported 'finished', or at the end of the run. A trace without phase
-- events (synthetic and hardware models) is measured whole.
CREATE TEMP VIEW measure_window AS
WITH phases AS (
  SELECT
    (SELECT max(tick) FROM {{workload_phase_changed}} WHERE phase = 'booted') AS booted_tick,
    (SELECT count(*) FROM {{workload_phase_changed}} WHERE phase = 'booted') AS booted,
    (SELECT max(tick) FROM {{workload_phase_changed}} WHERE phase = 'finished') AS finished_tick,
    (SELECT count(*) FROM {{workload_phase_changed}} WHERE phase = 'finished') AS finished
)
SELECT
  coalesce(booted_tick, 0) AS start_tick, -- first measured picosecond: the last 'booted', or 0
  CASE WHEN finished > 0 AND finished >= booted THEN finished_tick ELSE (SELECT sim_ticks FROM run_clock) END AS end_tick, -- last measured picosecond: the last 'finished' (once every booted workload finished), else the run's end
  CASE WHEN booted > 0 THEN 'booted' ELSE 'run start' END AS start_reason, -- what opened the window
  CASE WHEN finished > 0 AND finished >= booted THEN 'finished' ELSE 'run end' END AS end_reason, -- what closed it
  booted AS workloads -- workloads that reported 'booted'
FROM phases;
