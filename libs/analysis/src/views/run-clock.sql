-- view: run_clock
-- One row: how long the run lasted in simulated time, and the machine's size.
-- Rates "per simulated second" divide by sim_seconds.
CREATE TEMP VIEW run_clock AS
SELECT
  coalesce(run.sim_ticks, (SELECT max(last_tick) FROM batch), 0) AS sim_ticks, -- simulated time reached, in picoseconds (the last batch's tick for a run that did not finish)
  coalesce(run.sim_ticks, (SELECT max(last_tick) FROM batch), 0) / 1e12 AS sim_seconds, -- the same, in seconds
  (SELECT cpus FROM run_started LIMIT 1) AS cpus, -- CPUs of the machine, from RunStarted
  (SELECT nodes FROM run_started LIMIT 1) AS nodes, -- nodes of the machine, from RunStarted
  run.level AS level -- trace level: 'default' or 'detailed' (per-miss events)
FROM run;
