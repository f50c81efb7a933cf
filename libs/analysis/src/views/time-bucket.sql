-- view: time_bucket
-- One row per accounting bucket of ExecutionSample (enum TimeBucket of
-- events.proto), with the paper's name for it and the group it belongs to
-- in Figures 5 and 7. The values are checked against the enum by a test.
CREATE TEMP VIEW time_bucket(bucket, name, label, mode) AS VALUES
  (0, 'TIME_USER', 'user', 'user'),
  (1, 'TIME_KERNEL', 'kernel', 'kernel'),
  (2, 'TIME_KERNEL_SYNC', 'kernel synchronization', 'kernel'),
  (3, 'TIME_IDLE', 'idle', 'idle'),
  (4, 'TIME_MONITOR_TLB_WRITE', 'TLB write emulation', 'monitor'),
  (5, 'TIME_MONITOR_PRIVILEGED', 'other privileged instructions', 'monitor'),
  (6, 'TIME_MONITOR_CALL_FAULT', 'monitor calls & page faults', 'monitor'),
  (7, 'TIME_MONITOR_KERNEL_TLB', 'kernel TLB faults', 'monitor'),
  (8, 'TIME_MONITOR_TLB_MISS', 'user TLB misses (simulator bucket)', 'monitor'),
  (9, 'TIME_MONITOR_NUMA', 'migration, replication, shootdowns (simulator bucket)', 'monitor'),
  (10, 'TIME_MONITOR_OTHER', 'VCPU scheduling, interrupts, other (simulator bucket)', 'monitor');
