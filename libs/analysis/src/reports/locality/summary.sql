-- title: Whole machine: L2 misses and their stall, local vs remote
-- requires: counter_sample
-- absent: the trace has no CounterSample events, so no miss counts: it was not recorded on the hardware model (try a hw-* scenario)
-- compare: yes
-- chart: stacked y=misses_local,misses_remote title="L2 misses by where they were served" axis="misses"
-- chart: stacked y=stall_local_us,stall_remote_us title="Stall on L2 misses" axis="µs"
SELECT
  count(*) AS cpus, -- CPUs with counter samples
  sum(misses_local) AS misses_local, -- L2 misses served by the requesting CPU's own node (upgrades included)
  sum(misses_remote) AS misses_remote, -- L2 misses served by another node
  sum(misses_local) + sum(misses_remote) AS misses, -- all L2 misses: misses_local + misses_remote
  round(100.0 * sum(misses_local) / nullif(sum(misses_local) + sum(misses_remote), 0), 1) AS local_pct, -- percent of L2 misses served locally (§5.5's locality figure)
  sum(three_hop_misses) AS three_hop_misses, -- misses whose critical path crossed the network three times
  round(sum(stall_local_ticks) / 1e6, 1) AS stall_local_us, -- stall on local misses, µs summed over CPUs
  round(sum(stall_remote_ticks) / 1e6, 1) AS stall_remote_us, -- stall on remote misses, µs summed over CPUs
  round(100.0 * sum(stall_remote_ticks) / nullif(sum(stall_local_ticks) + sum(stall_remote_ticks), 0), 1) AS remote_stall_pct, -- percent of L2-miss stall spent on remote misses
  round(100.0 * (sum(stall_local_ticks) + sum(stall_remote_ticks)) / nullif(sum(interval_ticks), 0), 1) AS miss_stall_pct -- percent of CPU time stalled on L2 misses
FROM cpu_counters;
