-- title: Page events per simulated second
-- requires: counter_sample
-- absent: the trace has no CounterSample events: it was not recorded on the hardware model, which raises hot-page interrupts
-- compare: yes
-- key: event
-- chart: bar x=event y=per_second title="Page events per simulated second" axis="per second"
SELECT
  k.event AS event, -- kind of page event: 'hot-page-flagged', and the monitor's 'migrated', 'replicated', 'replica-collapsed', 'migration-declined' when the trace has them
  count(p.seq) AS events, -- events of that kind
  count(DISTINCT p.machine_page) AS pages, -- distinct machine pages they concern
  round(count(p.seq) / nullif((SELECT sim_seconds FROM run_clock), 0), 1) AS per_second, -- events per simulated second
  round(avg(p.latency_ticks) / 1e6, 3) AS mean_latency_us, -- mean time one took, µs (NULL for signals such as interrupts)
  round((SELECT sim_seconds FROM run_clock) * 1e3, 3) AS sim_ms -- simulated time of the run, ms
FROM page_event_kind AS k
LEFT JOIN page_event AS p ON p.event = k.event
GROUP BY k.event
ORDER BY k.event;
