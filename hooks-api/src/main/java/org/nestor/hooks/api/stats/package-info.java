/**
 * The server's statistics as hooks see them: {@link org.nestor.hooks.api.stats.Statistics}, by Kea's names.
 * An interface only; nothing here may depend on the core.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.nestor.hooks.api.stats;
