#!/bin/sh
# Quick side-by-side DORA figure, kept for its old command line: bench/run.sh on one scenario (loopback relay,
# memfile persist on, single-threaded), one repetition, no start-up metrics.
# Usage: bench/quick-dora.sh [RATES] [SECONDS]    e.g. bench/quick-dora.sh "500 1000 2000 4000" 10
exec bash "$(dirname "$0")/run.sh" --scenarios lo-disk-st --rates "${1:-250 500 1000 2000 4000}" \
    --seconds "${2:-10}" --reps 1 --no-startup
