-- event: migrated
-- requires: page_migrated
SELECT
  seq, tick, 'migrated', old_machine_page, from_node, to_node, cpu, latency_ticks,
  json_object(
    'node_misses', json(node_misses),
    'dominant_share_percent', dominant_share_percent,
    'migrate_threshold_percent', migrate_threshold_percent,
    'moves', moves,
    'move_limit', move_limit,
    'new_machine_page', new_machine_page,
    'mappers', mappers,
    'tlb_entries_invalidated', tlb_entries_invalidated,
    'l2tlb_entries_invalidated', l2tlb_entries_invalidated,
    'ipis', ipis,
    'copy_ticks', copy_ticks
  )
FROM page_migrated
