#!/usr/bin/env bash
# Stops what tools/testing/slurm-up.sh started, by the pids it recorded:
# slurmd, then slurmctld, then munged. A cluster it did not start is left alone.
set -uo pipefail
STATE=${DISCO_SLURM_STATE:-/var/run/disco-slurm}
for daemon in slurmd slurmctld munged; do
  file="$STATE/$daemon.pid"
  [ -s "$file" ] || continue
  pid=$(cat "$file")
  if kill "$pid" 2>/dev/null; then
    for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
  fi
  rm -f "$file"
done
echo "slurm-down: stopped"
