#!/bin/bash
# Records how Kea judges classification expressions: reads one expression per line on stdin, writes
# "expression<TAB>OK" or "expression<TAB><Kea's error>" using `kea-dhcp4 -t` (Debian 12: Kea 2.2.0).
# A class named EARLY is defined before the class under test, so member('EARLY') is legal.
# Usage: ./record-kea-expression-checks.sh < expressions.txt > kea22-expression-checks.tsv
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
while IFS= read -r expr; do
  [ -z "$expr" ] && continue
  json=$(printf '%s' "$expr" | python3 -c 'import json,sys;print(json.dumps(sys.stdin.read()))')
  printf '{"Dhcp4":{"client-classes":[{"name":"EARLY"},{"name":"T","test":%s}]}}\n' "$json" > "$dir/c.json"
  err=$(kea-dhcp4 -t "$dir/c.json" 2>&1 | sed -n 's/^Error encountered: .*\] error: \(.*\) at (.*$/\1/p')
  printf '%s\t%s\n' "$expr" "${err:-OK}"
done
