package org.nestor.core.control;

/**
 * What {@code version-get} and {@code build-report} print.
 *
 * @param version the short version ({@code -v})
 * @param extended the extended version ({@code -V})
 * @param buildReport the build report ({@code -W})
 */
public record VersionTexts(String version, String extended, String buildReport) {
}
