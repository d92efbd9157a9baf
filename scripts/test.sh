#!/bin/sh
# Runs every test of Nestor on Debian 12 (as root, or with sudo): installs the packages the tests use
# (Debian's Kea 2.2 as the reference, real DHCP clients, iproute2 for network namespaces), then `mvn -B verify`
# from the root, which builds every module, the Karaf distribution, and runs unit, engine, wire and system tests.
set -e
cd "$(dirname "$0")/.."
SUDO=; [ "$(id -u)" -eq 0 ] || SUDO=sudo
PACKAGES="kea-dhcp4-server kea-admin kea-doc kea-ctrl-agent isc-dhcp-client udhcpc dhcpcd-base isc-dhcp-relay iproute2 procps curl jq python3 openssl"
missing=$(for p in $PACKAGES; do dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q 'install ok installed' || echo "$p"; done)
if [ -n "$missing" ]; then
    $SUDO apt-get update -qq
    # policy-rc.d style: do not start the packaged Kea service; the tests start their own servers.
    DEBIAN_FRONTEND=noninteractive RUNLEVEL=1 $SUDO apt-get install -y -qq --no-install-recommends $missing
fi
exec mvn -B verify "$@"
