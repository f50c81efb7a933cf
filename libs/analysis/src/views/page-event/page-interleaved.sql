-- event: interleaved
-- requires: page_interleaved
SELECT
  seq, tick, 'interleaved', old_machine_page, from_node, to_node, cpu, latency_ticks,
  json_object(
    'node_samples', json(node_samples),
    'write_samples', write_samples,
    'accessing_nodes', accessing_nodes,
    'to_node_requests', to_node_requests,
    'imbalance_percent', imbalance_percent,
    'new_machine_page', new_machine_page,
    'mappers', mappers,
    'tlb_entries_invalidated', tlb_entries_invalidated,
    'ipis', ipis,
    'copy_ticks', copy_ticks
  )
FROM page_interleaved
