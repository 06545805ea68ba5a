#!/bin/sh
# Times tmj on hostile YAML models (docs/performance.md, "Reading YAML"): one long plain scalar of 1 to 16 MB,
# and the worst case the reader still accepts, lines of ReadLimits.MAX_YAML_LINE_CHARS up to the file limit.
# Usage: tm-bench/scripts/yaml-scan.sh [tmj.jar] [sizes in MB...]   (default: tm-cli/target/tmj.jar 1 2 4 8 16)
set -eu
jar=${1:-tm-cli/target/tmj.jar}
[ $# -gt 0 ] && shift
sizes=${*:-1 2 4 8 16}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
seconds() {
    start=$(date +%s.%N)
    java -jar "$jar" "$1" >/dev/null 2>"$dir/err" || true
    end=$(date +%s.%N)
    printf '%s\t%.1f s\t%s\n' "$(basename "$1")" "$(echo "$end - $start" | bc)" "$(cut -c1-100 "$dir/err")"
}
for mb in $sizes; do
    file="$dir/scalar-${mb}mb.yaml"
    { printf 'tmj: 1\nname: x\ndescription: '; head -c $((mb * 1024 * 1024)) /dev/zero | tr '\0' a; echo; } >"$file"
    seconds "$file"
done
# 8,000 lines of 8,000 characters (61 MiB): every line as long as the reader allows, as many as fit
file="$dir/worst-accepted.yaml"
{
    printf 'tmj: 1\nname: x\ndescription: |-\n'
    line=$(head -c 8000 /dev/zero | tr '\0' b)
    i=0
    while [ $i -lt 8000 ]; do printf '  %s\n' "$line"; i=$((i + 1)); done
} >"$file"
seconds "$file"
