package org.nestor.core.control.http;

import java.nio.file.Path;

/**
 * The TLS part of an HTTP control endpoint, as Kea spells it.
 *
 * @param trustAnchor {@code trust-anchor}: a PEM file of CA certificates, or a directory of them
 * @param certFile {@code cert-file}: the server's certificate chain (PEM)
 * @param keyFile {@code key-file}: the server's unencrypted private key (PEM, PKCS#8)
 * @param certRequired {@code cert-required}: clients must present a certificate signed by the trust anchor
 */
public record TlsSettings(Path trustAnchor, Path certFile, Path keyFile, boolean certRequired) {
}
