-- event: replicated
-- requires: page_replicated
SELECT
  seq, tick, 'replicated', machine_page, NULL, to_node, cpu, latency_ticks,
  json_object(
    'node_misses', json(node_misses),
    'readers', readers,
    'replicate_min_misses', replicate_min_misses,
    'replicas', replicas,
    'moves', moves,
    'move_limit', move_limit,
    'replica_machine_page', replica_machine_page,
    'tlb_entries_invalidated', tlb_entries_invalidated,
    'l2tlb_entries_invalidated', l2tlb_entries_invalidated,
    'ipis', ipis,
    'copy_ticks', copy_ticks
  )
FROM page_replicated
