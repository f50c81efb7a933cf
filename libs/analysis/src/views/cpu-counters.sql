-- view: cpu_counters
-- requires: counter_sample
-- One row per CPU: its CounterSample deltas summed over the run (the samples
-- are per-interval deltas, so they add up). Times are picoseconds.
CREATE TEMP VIEW cpu_counters AS
SELECT
  cpu, -- the CPU
  node, -- its node (one CPU per node on the FLASH-like machine)
  count(*) AS samples, -- CounterSample events summed
  sum(interval_ticks) AS interval_ticks, -- time the samples cover
  sum(instructions) AS instructions, -- instructions executed
  sum(cycles) AS cycles, -- cycles issuing instructions, stalls excluded
  sum(stall_local_ticks) AS stall_local_ticks, -- stall on L2 misses served by this CPU's node
  sum(stall_remote_ticks) AS stall_remote_ticks, -- stall on L2 misses served by another node
  sum(stall_l2_hit_ticks) AS stall_l2_hit_ticks, -- stall on L1 misses that hit in the L2
  sum(exception_ticks) AS exception_ticks, -- time in exception handlers (TLB refill, traps, interrupts)
  sum(idle_ticks) AS idle_ticks, -- time in reduced-power (idle) mode
  sum(tlb_misses) AS tlb_misses, -- TLB exceptions
  sum(misses_local) AS misses_local, -- L2 misses whose home is this CPU's node (upgrades included)
  sum(misses_remote) AS misses_remote, -- L2 misses whose home is another node (upgrades included)
  sum(three_hop_misses) AS three_hop_misses, -- L2 misses whose critical path crossed the network three times
  sum(upgrades) AS upgrades, -- stores to lines held shared (exclusive permission, no data)
  sum(invalidations_received) AS invalidations_received -- lines this CPU's L2 lost to other CPUs
FROM counter_sample
GROUP BY cpu, node;
