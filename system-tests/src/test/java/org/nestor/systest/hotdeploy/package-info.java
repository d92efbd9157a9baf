/**
 * Distribution-level hot deploy: hook bundles installed and uninstalled from the Karaf console (bin/nestor-console)
 * while perfdhcp keeps a bounded load on loopback, and the console's key login. Loopback and /tmp only.
 */
package org.nestor.systest.hotdeploy;
