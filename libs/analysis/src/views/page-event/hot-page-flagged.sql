-- event: hot-page-flagged
-- requires: hot_page_flagged
SELECT
  seq, tick, 'hot-page-flagged', machine_page, home_node, trigger_node, cpu, NULL,
  json_object(
    'threshold', threshold,
    'node_misses', json(node_misses),
    'interval_start_ticks', interval_start_ticks
  )
FROM hot_page_flagged
