#!/usr/bin/env bash
# Copies N (default 16) queue entries of a finished run, fuzz/out/<target>/default/queue, into the regression corpus
# tests/NewsText.Tests/Fuzz/Corpus/<target>/ as afl-<hash>: entries that found new edges (+cov), distinct by content,
# at most 2 KB; half the smallest, half spread evenly over the rest by size.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: fuzz/pick-corpus.sh TARGET [N]}
n=${2:-16}
queue=fuzz/out/$target/default/queue
dest=tests/NewsText.Tests/Fuzz/Corpus/$target
mkdir -p "$dest"
mapfile -t files < <(find "$queue" -maxdepth 1 -type f -name 'id:*+cov*' -size -2049c -printf '%s %p\n' | sort -n -k1,1 | cut -d' ' -f2-)
[ ${#files[@]} -gt 0 ] || { echo "no +cov entries in $queue" >&2; exit 1; }
declare -A seen
picked=()
pick() {
  local f=$1 h
  h=$(sha256sum "$f" | cut -c1-12)
  [ -z "${seen[$h]:-}" ] || return 0
  seen[$h]=1
  picked+=("$f")
  cp "$f" "$dest/afl-$h"
}
half=$(( n / 2 ))
for ((i = 0; i < ${#files[@]} && ${#picked[@]} < half; i++)); do pick "${files[$i]}"; done
rest=$(( n - ${#picked[@]} ))
if [ "$rest" -gt 0 ] && [ ${#files[@]} -gt 0 ]; then
  for ((k = 1; k <= rest; k++)); do pick "${files[$(( (${#files[@]} - 1) * k / rest ))]}"; done
fi
echo "copied ${#picked[@]} of ${#files[@]} +cov entries from $queue into $dest"
