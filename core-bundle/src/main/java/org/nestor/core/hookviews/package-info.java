/**
 * The running server seen through hooks-api service contracts (lease store, subnet index) so that hook bundles reach
 * it without the core: each view follows reconfiguration. Plain Java; the osgi package registers them.
 */
package org.nestor.core.hookviews;
