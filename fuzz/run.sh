#!/usr/bin/env bash
# Fuzzes NewsText with AFL++ and SharpFuzz: fuzz/run.sh SECONDS [tokenizer|tokenreader|parser …] (default: all three).
# Installs afl++ (apt) and the sharpfuzz tool (fuzz/.tools) when missing, builds the harness in Release, copies its output
# to fuzz/out/bin, instruments NewsText.dll there, then runs each target for SECONDS under nice -n 19, one after another,
# from fuzz/corpus/<target>/ into fuzz/out/<target>/, and prints the figures from fuzzer_stats.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -lt 1 ] || ! [[ $1 =~ ^[0-9]+$ ]]; then
  echo "usage: fuzz/run.sh SECONDS [tokenizer|tokenreader|parser …]" >&2
  exit 2
fi
seconds=$1
shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(tokenizer tokenreader parser)

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if ! command -v afl-fuzz > /dev/null; then
  echo "::: installing afl++"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd=sudo
  $sudo_cmd apt-get update -qq
  $sudo_cmd apt-get install -y -qq afl++
fi

tools=fuzz/.tools
if [ ! -x "$tools/sharpfuzz" ]; then
  echo "::: installing SharpFuzz.CommandLine 2.3.0 into $tools"
  dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$tools"
fi

echo "::: building the harness (Release)"
dotnet build fuzz/NewsText.Fuzz/NewsText.Fuzz.csproj -c Release -v quiet -nologo
bin=fuzz/out/bin
rm -rf "$bin"
mkdir -p "$bin"
cp -r fuzz/NewsText.Fuzz/bin/Release/net10.0/. "$bin/"
echo "::: instrumenting $bin/NewsText.dll"
"$tools/sharpfuzz" "$bin/NewsText.dll"

export AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_SKIP_BIN_CHECK=1
# The .NET runtime takes a while to start the fork server.
export AFL_FORKSRV_INIT_TMOUT=${AFL_FORKSRV_INIT_TMOUT:-60000}

for target in "${targets[@]}"; do
  case $target in
    tokenizer|tokenreader|parser) ;;
    *) echo "unknown target: $target" >&2; exit 2 ;;
  esac
  out=fuzz/out/$target
  rm -rf "$out"
  mkdir -p "$out"
  echo "::: $target for ${seconds}s from fuzz/corpus/$target into $out ($(date -u +%H:%M:%S))"
  nice -n 19 afl-fuzz -i "fuzz/corpus/$target" -o "$out" -t 5000 -m none -V "$seconds" \
    -- dotnet "$bin/NewsText.Fuzz.dll" "$target" > "$out/afl.log" 2>&1 || {
    echo "afl-fuzz exited with $?; last lines of $out/afl.log:" >&2
    tail -n 30 "$out/afl.log" >&2
  }
  stats=$out/default/fuzzer_stats
  if [ -f "$stats" ]; then
    echo "::: $target figures"
    grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|paths_total|saved_crashes|unique_crashes|saved_hangs|unique_hangs|stability|bitmap_cvg) ' "$stats"
  else
    echo "::: $target: no fuzzer_stats (see $out/afl.log)" >&2
  fi
done
