/**
 * A small JSON reader and writer for Kea's configuration dialect: comments, {@code <?include?>}, positions on
 * every value. Must not know what a configuration means (that is the {@code config} package's job).
 */
package org.nestor.core.json;
