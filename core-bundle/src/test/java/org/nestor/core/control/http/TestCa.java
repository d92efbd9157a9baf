package org.nestor.core.control.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A throw-away certificate authority made with openssl in a temporary directory: a CA, a server certificate for
 * 127.0.0.1 and client certificates, as an operator would make them for Kea (PEM, unencrypted PKCS#8 keys).
 */
final class TestCa {
    private final Path dir;
    private final String name;

    private TestCa(Path dir, String name) {
        this.dir = dir;
        this.name = name;
    }

    /** Creates {@code <name>-ca.pem} and its key in {@code dir}. */
    static TestCa create(Path dir, String name) throws IOException, InterruptedException {
        TestCa ca = new TestCa(dir, name);
        ca.openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                "-keyout", ca.file("ca-key.pem"), "-out", ca.file("ca.pem"), "-days", "2", "-subj", "/CN=" + name);
        return ca;
    }

    Path caCert() {
        return dir.resolve(name + "-ca.pem");
    }

    /** Issues {@code <name>-<who>.pem} and {@code <name>-<who>-key.pem}, valid for 127.0.0.1. */
    TlsFiles issue(String who) throws IOException, InterruptedException {
        Path ext = dir.resolve(name + "-" + who + ".ext");
        Files.writeString(ext, "subjectAltName=IP:127.0.0.1,DNS:localhost\n");
        openssl("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout",
                file(who + "-key.pem"), "-out", file(who + ".csr"), "-subj", "/CN=" + who);
        openssl("x509", "-req", "-in", file(who + ".csr"), "-CA", file("ca.pem"), "-CAkey", file("ca-key.pem"),
                "-CAcreateserial", "-out", file(who + ".pem"), "-days", "2", "-extfile", ext.toString());
        return new TlsFiles(dir.resolve(name + "-" + who + ".pem"), dir.resolve(name + "-" + who + "-key.pem"));
    }

    /** A certificate and its key. */
    record TlsFiles(Path cert, Path key) {
        /** @return a client context presenting this certificate and trusting {@code trusted} */
        SSLContext clientContext(Path trusted) throws Exception {
            Path p12 = cert.resolveSibling(cert.getFileName() + ".p12");
            run(List.of("openssl", "pkcs12", "-export", "-in", cert.toString(), "-inkey", key.toString(), "-out",
                    p12.toString(), "-passout", "pass:test"));
            KeyStore ks = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(p12)) {
                ks.load(in, "test".toCharArray());
            }
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(ks, "test".toCharArray());
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(kmf.getKeyManagers(), trustManagers(trusted), null);
            return ctx;
        }
    }

    /** @return a client context without a certificate that trusts {@code trusted} */
    static SSLContext anonymousClient(Path trusted) throws Exception {
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, trustManagers(trusted), null);
        return ctx;
    }

    private static javax.net.ssl.TrustManager[] trustManagers(Path trusted) throws Exception {
        KeyStore ts = KeyStore.getInstance("PKCS12");
        ts.load(null, null);
        try (InputStream in = Files.newInputStream(trusted)) {
            ts.setCertificateEntry("ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ts);
        return tmf.getTrustManagers();
    }

    private String file(String suffix) {
        return dir.resolve(name + "-" + suffix).toString();
    }

    private void openssl(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("openssl"));
        cmd.addAll(List.of(args));
        run(cmd);
    }

    private static void run(List<String> cmd) throws IOException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try {
            String output = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) {
                throw new IOException(String.join(" ", cmd) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
