#!/usr/bin/env bash
# Adds every public symbol the PublicApiAnalyzers report as undeclared (RS0016) to PublicAPI.Unshipped.txt,
# and removes the ones it reports as gone (RS0017). Review the diff: it is the public API change.
set -euo pipefail
cd "$(dirname "$0")/.."
proj=src/NewsText/NewsText.csproj
file=src/NewsText/PublicAPI.Unshipped.txt
log=$(dotnet build "$proj" -c Debug --no-incremental -p:TreatWarningsAsErrors=false 2>&1 || true)
add=$(grep -oP "RS0016: Symbol '\K.*(?=' is not part of the declared public API)" <<<"$log" | sort -u || true)
del=$(grep -oP "RS0017: Symbol '\K.*(?=' is part of the declared API, but is either not public or could not be found)" <<<"$log" | sort -u || true)
tmp=$(mktemp)
{ echo '#nullable enable'; { grep -v '^#nullable' "$file" || true; printf '%s\n' "$add"; } | grep -v '^$' | grep -vxF -f <(printf '%s\n' "$del" | grep -v '^$' || echo '@@none@@') | sort -u; } >"$tmp"
mv "$tmp" "$file"
echo "added $(grep -c . <<<"$add" || true), removed $(grep -c . <<<"$del" || true) symbol(s) in $file"
