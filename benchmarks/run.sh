#!/usr/bin/env bash
# Runs the benchmark suite and the 1 GB TokenReader memory check, and writes the reports (GitHub markdown, plus the hot
# loop's disassembly) to benchmarks/results/. About 15 minutes on 2 cores; run it on a quiet machine.
#
#   benchmarks/run.sh                          # everything
#   benchmarks/run.sh --filter '*Scaling*'     # arguments replace the default --filter '*' (BenchmarkDotNet syntax)
#
# Job: one launch, 3 warmup and 15 measured iterations per case (BenchmarkDotNet's default of up to 100 iterations would take
# hours for the ~40 cases); each case runs in its own process, one at a time, so the second core is left to the OS, the GC
# and tiered JIT.
set -euo pipefail
cd "$(dirname "$0")/.."

project=benchmarks/NewsText.Benchmarks
artifacts=benchmarks/BenchmarkDotNet.Artifacts
results=benchmarks/results

if [ $# -eq 0 ]; then
  set -- --filter '*'
fi

dotnet build "$project" -c Release
rm -rf "$artifacts/results"
dotnet run -c Release --no-build --project "$project" -- \
  --launchCount 1 --warmupCount 3 --iterationCount 15 \
  --exporters GitHub --artifacts "$artifacts" "$@"

mkdir -p "$results"
cp "$artifacts"/results/*-report-github.md "$results"/
cp "$artifacts"/results/*-asm.md "$results"/ 2>/dev/null || true

dotnet run -c Release --no-build --project "$project" -- --memory-1gb | tee "$results/memory-1gb.txt"
echo "Results are in $results/"
