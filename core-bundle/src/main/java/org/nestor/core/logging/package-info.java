/**
 * Translates Kea's {@code loggers} configuration into log4j2 properties for pax-logging (PID
 * {@code org.ops4j.pax.logging}). Plain Java: must not touch OSGi, ConfigurationAdmin or a logging backend.
 */
package org.nestor.core.logging;
