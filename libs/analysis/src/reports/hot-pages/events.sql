-- title: Every page event in order, with its provenance (interrupts and the monitor's decisions)
-- requires: counter_sample
-- absent: the trace has no CounterSample events: it was not recorded on the hardware model
-- empty: no page's miss counter crossed the hot-page threshold in this run
SELECT
  seq, -- position in the event stream
  round(tick / 1e6, 3) AS time_us, -- simulated time, µs
  event, -- 'hot-page-flagged', 'migrated', 'replicated', 'replica-collapsed' or 'migration-declined'
  machine_page, -- the machine page (address / 4096)
  home_node, -- the node whose memory holds it
  node, -- the node whose counter crossed the threshold (a move: its destination; a collapse: the writer)
  json_extract(provenance, '$.threshold') AS threshold, -- the miss-count threshold crossed
  json_extract(provenance, '$.node_misses') AS node_misses, -- the page's miss counter for every node at the event, by node index
  (SELECT sum(value) FROM json_each(provenance, '$.node_misses')) AS counted, -- all misses in those counters
  round(100.0 * json_extract(provenance, '$.node_misses[' || node || ']') / nullif((SELECT sum(value) FROM json_each(provenance, '$.node_misses')), 0), 1) AS node_pct, -- the triggering node's share of the counted misses
  (SELECT count(*) FROM json_each(provenance, '$.node_misses') WHERE value > 0) AS nodes_missing, -- nodes with at least one counted miss (1: one user, migrate; many: shared)
  round(latency_ticks / 1e6, 3) AS latency_us, -- time the action took, µs (NULL for an interrupt or a declined migration)
  provenance -- everything the event carried about its cause, as JSON (e.g. a declined migration's reason, a move's limit)
FROM page_event
ORDER BY seq;
