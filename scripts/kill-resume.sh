#!/usr/bin/env bash
# Reliability figure: a benchmark process killed with SIGKILL N times (default 20) at random points,
# resumed after each kill; checks every run done exactly once, PRAGMA integrity_check ok, and scores
# equal to an uninterrupted run. Usage: scripts/kill-resume.sh [KILLS] [SEED]
set -euo pipefail
cd "$(dirname "$0")/.."
kills="${1:-20}"
seed="${2:-$RANDOM}"
echo "kill/resume: $kills kills, seed $seed"
mvn -B -o test -Dcheckstyle.skip -Dtest=KillResumeTest -Dsrebench.kills="$kills" -Dsrebench.kills.seed="$seed" \
  | grep -E "Tests run:|FAIL|expected"
