#!/bin/sh
# Builds Nestor if needed and runs the DHCPv4 server in the foreground on the shipped sample configuration
# (etc/kea/kea-dhcp4.conf of the distribution), like `kea-dhcp4 -c /etc/kea/kea-dhcp4.conf`. Extra arguments are
# passed on (e.g. -p 10067 -P 10068 -d). Port 67 needs root. Stop with Ctrl-C or SIGTERM.
set -e
cd "$(dirname "$0")/.."
home=karaf-dist/target/assembly
[ -x "$home/bin/nestor-dhcp4" ] || mvn -B -q install -DskipTests
exec "$home/bin/nestor-dhcp4" -c "$home/etc/kea/kea-dhcp4.conf" "$@"
