-- title: By CPU: L2 misses local vs remote, and where the time went
-- requires: counter_sample
-- absent: the trace has no CounterSample events: it was not recorded on the hardware model (try a hw-* scenario)
-- compare: yes
-- key: cpu, node
-- chart: stacked x=cpu y=misses_local,misses_remote title="L2 misses per CPU" axis="misses"
-- chart: stacked x=cpu y=execute_us,stall_l2_hit_us,stall_local_us,stall_remote_us,exception_us,idle_us title="Time per CPU, split like §5.5's figures" axis="µs"
SELECT
  cpu, -- the CPU
  node, -- its node (one CPU per node)
  misses_local, -- L2 misses served by this CPU's node
  misses_remote, -- L2 misses served by another node
  round(100.0 * misses_local / nullif(misses_local + misses_remote, 0), 1) AS local_pct, -- percent of this CPU's L2 misses served locally
  three_hop_misses, -- misses that needed a third node (intervention or invalidation)
  round(max(0, interval_ticks - stall_l2_hit_ticks - stall_local_ticks - stall_remote_ticks - exception_ticks - idle_ticks) / 1e6, 1) AS execute_us, -- time issuing instructions: sampled time less stalls, exceptions and idle, µs
  round(stall_l2_hit_ticks / 1e6, 1) AS stall_l2_hit_us, -- stall on L1 misses that hit in the L2, µs
  round(stall_local_ticks / 1e6, 1) AS stall_local_us, -- stall on local L2 misses, µs
  round(stall_remote_ticks / 1e6, 1) AS stall_remote_us, -- stall on remote L2 misses, µs
  round(exception_ticks / 1e6, 1) AS exception_us, -- time in exception handlers (TLB refill, interrupts), µs
  round(idle_ticks / 1e6, 1) AS idle_us -- time idle (reduced-power mode), µs
FROM cpu_counters
ORDER BY cpu;
