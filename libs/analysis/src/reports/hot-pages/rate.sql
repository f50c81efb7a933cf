-- title: Page events per simulated second of the measured window
-- requires: counter_sample
-- absent: the trace has no CounterSample events: it was not recorded on the hardware model, which raises hot-page interrupts
-- compare: yes
-- key: event
-- chart: bar x=event y=per_second title="Page events per simulated second" axis="per second"
-- Events and time both come from the measured window (view measure_window:
-- last 'booted' to last 'finished', the whole run without phase events), as
-- Table 3 reports rates of the measured workload.
WITH w AS (SELECT start_tick, end_tick, (end_tick - start_tick) / 1e12 AS seconds FROM measure_window)
SELECT
  k.event AS event, -- kind of page event: 'hot-page-flagged', and the monitor's 'migrated', 'replicated', 'replica-collapsed', 'migration-declined' when the trace has them
  count(p.seq) AS events, -- events of that kind inside the measured window
  count(DISTINCT p.machine_page) AS pages, -- distinct machine pages they concern
  round(count(p.seq) / nullif((SELECT seconds FROM w), 0), 1) AS per_second, -- events per simulated second of the window
  round(avg(p.latency_ticks) / 1e6, 3) AS mean_latency_us, -- mean time one took, µs (NULL for signals such as interrupts)
  round((SELECT seconds FROM w) * 1e3, 3) AS window_ms -- simulated time of the measured window, ms
FROM page_event_kind AS k
LEFT JOIN page_event AS p ON p.event = k.event
  AND p.tick >= (SELECT start_tick FROM w) AND p.tick <= (SELECT end_tick FROM w)
GROUP BY k.event
ORDER BY k.event;
