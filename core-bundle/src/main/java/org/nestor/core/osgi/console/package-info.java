/**
 * Karaf console commands ({@code nestor:command}, {@code nestor:status}, {@code nestor:list-commands}) that hand
 * Kea commands to the daemon's {@link org.nestor.core.control.CommandChannel} service, and {@code nestor:hooks}
 * that prints {@link org.nestor.core.hooks.HooksReport}. The shell API is imported optionally: without the Karaf
 * shell this package is simply unused; it must hold no command logic of its own.
 */
package org.nestor.core.osgi.console;
