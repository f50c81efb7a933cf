#!/usr/bin/env bash
# Starts a single-node SLURM cluster on this machine for the sweep tests
# (apps/sweep/test/slurm.spec.ts), as configured in the project notes: munge,
# slurmctld and slurmd as root, no systemd, no cgroups, no accounting.
# Installs slurm-wlm and munge with apt-get when they are missing (needs root).
# Idempotent: a cluster that already answers `sinfo` is left as it is.
# Stop it with tools/testing/slurm-down.sh (it stops only what this script started,
# by the pids recorded in $STATE).
set -euo pipefail
STATE=${DISCO_SLURM_STATE:-/var/run/disco-slurm}
if command -v sinfo >/dev/null && timeout 5 sinfo -h >/dev/null 2>&1; then
  echo "slurm-up: SLURM already answers sinfo"
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "slurm-up: needs root to install and start SLURM" >&2
  exit 1
fi
if ! command -v slurmctld >/dev/null || ! command -v munged >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq slurm-wlm munge >/dev/null
fi
mkdir -p "$STATE"

# munge: a key, its directories owned by munge, the daemon as the munge user.
mkdir -p /etc/munge /var/log/munge /run/munge /var/lib/munge
if [ ! -s /etc/munge/munge.key ]; then
  if command -v mungekey >/dev/null; then mungekey --create --keyfile=/etc/munge/munge.key; else create-munge-key -f; fi
fi
chown -R munge:munge /etc/munge /var/log/munge /run/munge /var/lib/munge
chmod 0400 /etc/munge/munge.key
chmod 0755 /run/munge
if ! munge -n 2>/dev/null | unmunge >/dev/null 2>&1; then
  runuser -u munge -- munged
  for _ in $(seq 1 20); do munge -n 2>/dev/null | unmunge >/dev/null 2>&1 && break; sleep 0.25; done
  pgrep -u munge -x munged | head -1 > "$STATE/munged.pid"
fi

HOST=$(hostname)
CPUS=$(nproc)
mkdir -p /etc/slurm /var/spool/slurmctld /var/spool/slurmd /var/log/slurm
cat > /etc/slurm/slurm.conf <<CONF
# Written by disco-sim tools/testing/slurm-up.sh: a single-node cluster for tests.
ClusterName=disco
SlurmctldHost=$HOST
SlurmUser=root
AuthType=auth/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
JobAcctGatherType=jobacct_gather/none
ReturnToService=2
StateSaveLocation=/var/spool/slurmctld
SlurmdSpoolDir=/var/spool/slurmd
SlurmctldPidFile=/run/slurmctld.pid
SlurmdPidFile=/run/slurmd.pid
SlurmctldLogFile=/var/log/slurm/slurmctld.log
SlurmdLogFile=/var/log/slurm/slurmd.log
MinJobAge=600
NodeName=$HOST CPUs=$CPUS RealMemory=4000 State=UNKNOWN
PartitionName=debug Nodes=$HOST Default=YES MaxTime=INFINITE State=UP
CONF

slurmctld
slurmd
for _ in $(seq 1 40); do
  if sinfo -h -o '%T' 2>/dev/null | grep -q idle; then
    cat /run/slurmctld.pid > "$STATE/slurmctld.pid"
    cat /run/slurmd.pid > "$STATE/slurmd.pid"
    echo "slurm-up: node $HOST idle ($CPUS CPUs)"
    exit 0
  fi
  sleep 0.5
done
echo "slurm-up: the node did not become idle; see /var/log/slurm/" >&2
exit 1
