package org.nestor.core.control.http;

import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Builds the server side of TLS from Kea's {@code trust-anchor}, {@code cert-file}, {@code key-file}. */
public final class TlsContexts {
    private TlsContexts() {
    }

    /**
     * @return a server context; with {@code cert-required} clients must present a certificate that chains to the
     *     trust anchor, otherwise a certificate is checked only when offered
     * @throws IOException when a file cannot be read or holds no usable certificate or key
     */
    public static SslContext server(TlsSettings tls) throws IOException {
        try {
            return SslContextBuilder.forServer(tls.certFile().toFile(), tls.keyFile().toFile())
                    .trustManager(trustAnchors(tls.trustAnchor()))
                    .clientAuth(tls.certRequired() ? ClientAuth.REQUIRE : ClientAuth.OPTIONAL)
                    .protocols("TLSv1.3", "TLSv1.2")
                    .build();
        } catch (IllegalArgumentException | javax.net.ssl.SSLException e) {
            throw new IOException("cannot set up TLS from cert-file '" + tls.certFile() + "' and key-file '"
                    + tls.keyFile() + "': " + e.getMessage(), e);
        }
    }

    /** A PEM file of certificates, or every PEM file in a directory (Kea accepts both). */
    static X509Certificate[] trustAnchors(Path anchor) throws IOException {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(anchor)) {
            try (Stream<Path> s = Files.list(anchor)) {
                s.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        } else {
            files.add(anchor);
        }
        List<X509Certificate> certs = new ArrayList<>();
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (Path file : files) {
                try (InputStream in = Files.newInputStream(file)) {
                    for (Certificate c : factory.generateCertificates(in)) {
                        certs.add((X509Certificate) c);
                    }
                } catch (GeneralSecurityException e) {
                    if (!Files.isDirectory(anchor)) {
                        throw new IOException("trust-anchor '" + file + "': " + e.getMessage(), e);
                    }
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IOException(e.getMessage(), e);
        }
        if (certs.isEmpty()) {
            throw new IOException("trust-anchor '" + anchor + "' holds no certificate");
        }
        return certs.toArray(X509Certificate[]::new);
    }
}
