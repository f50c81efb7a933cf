-- title: Time by mode split into execution, local stall, remote stall, after warm-up (Figure 8)
-- requires: execution_sample
-- absent: the trace has no ExecutionSample events (the hardware-only model samples CounterSample; see by-cpu)
-- compare: yes
-- key: mode
-- chart: stacked x=mode y=exec_ms,l2_hit_stall_ms,local_stall_ms,remote_stall_ms title="Time by mode (Figure 8)" axis="ms of CPU time"
SELECT
  mode, -- 'user', 'kernel' (guest kernel, synchronization included) or 'monitor' (Disco); idle left out
  round(sum(exec_ticks) / 1e9, 3) AS exec_ms, -- instruction execution, ms of CPU time
  round(sum(stall_l2_hit_ticks) / 1e9, 3) AS l2_hit_stall_ms, -- stall on L1 misses that hit the L2, ms
  round(sum(stall_local_ticks) / 1e9, 3) AS local_stall_ms, -- stall on L2 misses served by the local node, ms
  round(sum(stall_remote_ticks) / 1e9, 3) AS remote_stall_ms, -- stall on L2 misses served by a remote node, ms
  round(100.0 * sum(stall_remote_ticks) / nullif(sum(stall_local_ticks + stall_remote_ticks), 0), 1) AS remote_stall_pct -- percent of L2-miss stall that is remote
FROM time_split
WHERE mode <> 'idle'
GROUP BY mode
ORDER BY CASE mode WHEN 'user' THEN 0 WHEN 'kernel' THEN 1 ELSE 2 END;
