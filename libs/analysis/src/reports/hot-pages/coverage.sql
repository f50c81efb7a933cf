-- title: Remote misses by how many misses their counter cell (page, requesting node, reset interval) had against the hot-page threshold (detailed level)
-- requires: cache_missed
-- absent: the trace has no CacheMissed events: per-miss events are recorded only with --level detailed
-- empty: no rows: no remote miss in the measured window, or the trace's scenario gives no positive hot-page threshold and reset period
-- compare: yes
-- key: band
-- chart: bar x=band y=remote_pct title="Remote misses by the misses of their counter cell" axis="% of remote misses"
-- FLASH raises a hot-page interrupt when one node's counter of one page reaches
-- the threshold (/machine/hotPageThresholdMisses) between two resets (every
-- /machine/missCounterResetUs from the start of the run, §4.2.3). So a remote
-- miss can lead a counter-driven policy (disco, carrefour's sampling aside) to
-- move its page only if its cell, the misses of that node to that page in that
-- interval, reaches the threshold: the misses of the cells below it are
-- invisible to the policy, however many there are. The monitor also clears a
-- page's counters when it moves the page; cells do not split there, so the
-- last band is an upper bound on what the counters saw. Both settings are read
-- from the trace's scenario (defaults applied); a trace without them (or whose
-- scenario is not JSON) gives no rows.
WITH w AS (SELECT start_tick, end_tick FROM measure_window),
s AS (
  SELECT
    CAST(CASE WHEN json_valid(scenario_json) THEN json_extract(scenario_json, '$.machine.hotPageThresholdMisses') END AS INTEGER) AS threshold,
    CAST(CASE WHEN json_valid(scenario_json) THEN json_extract(scenario_json, '$.machine.missCounterResetUs') END AS REAL) * 1e6 AS interval_ticks
  FROM run
),
cell AS (
  SELECT count(*) AS misses, sum(m.node <> m.home_node) AS remote
  FROM cache_missed AS m, w, s
  WHERE m.tick >= w.start_tick AND m.tick <= w.end_tick AND s.threshold > 0 AND s.interval_ticks > 0
  GROUP BY m.machine_address / 4096, m.node, CAST(m.tick / s.interval_ticks AS INTEGER)
),
banded AS (
  SELECT
    CASE
      WHEN c.misses >= s.threshold THEN '4: at or above the threshold'
      WHEN c.misses * 2 >= s.threshold THEN '3: half the threshold or more'
      WHEN c.misses * 4 >= s.threshold THEN '2: a quarter to a half'
      ELSE '1: below a quarter'
    END AS band,
    c.misses,
    c.remote
  FROM cell AS c, s
  WHERE c.remote > 0
)
SELECT
  band, -- the cells' misses against the threshold; only band 4 can raise an interrupt
  count(*) AS cells, -- (page, node, interval) cells with remote misses in the band
  sum(remote) AS remote_misses, -- remote misses of those cells
  round(100.0 * sum(remote) / (SELECT sum(remote) FROM banded), 1) AS remote_pct, -- percent of the window's remote misses
  round(avg(misses), 1) AS mean_cell_misses, -- mean misses per cell in the band (local ones of a page that moved included)
  (SELECT threshold FROM s) AS threshold, -- the hot-page threshold, misses of one node to one page
  round((SELECT interval_ticks FROM s) / 1e9, 3) AS interval_ms -- the counters' reset period, ms
FROM banded
GROUP BY band
ORDER BY band;
