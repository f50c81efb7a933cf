-- event: replica-collapsed
-- requires: replica_collapsed
SELECT
  seq, tick, 'replica-collapsed', machine_page, NULL, writer_node, cpu, latency_ticks,
  json_object(
    'survivor_machine_page', survivor_machine_page,
    'replicas_freed', replicas_freed,
    'vcpu', vcpu,
    'physical_page', physical_page,
    'tlb_entries_invalidated', tlb_entries_invalidated,
    'ipis', ipis
  )
FROM replica_collapsed
