/**
 * {@code libdhcp_site_example}: a site's own hook library written against {@code hooks-api} alone. It drops DISCOVERs
 * from blocked MAC prefixes and classes clients by relay circuit-id; it must not use any Nestor class outside the API.
 */
package org.nestor.example.sitehook;
