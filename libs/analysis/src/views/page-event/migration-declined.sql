-- event: migration-declined
-- requires: migration_declined
SELECT
  seq, tick, 'migration-declined', machine_page, NULL, dominant_node, cpu, NULL,
  json_object(
    'reason', reason,
    'node_misses', json(node_misses),
    'dominant_share_percent', dominant_share_percent,
    'migrate_threshold_percent', migrate_threshold_percent,
    'readers', readers,
    'moves', moves,
    'move_limit', move_limit
  )
FROM migration_declined
