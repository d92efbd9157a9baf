package org.nestor.core.osgi.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/** Bundle jars for the embedded framework: the jar a class came from, or one packed from a build directory. */
final class BundleJars {
    private BundleJars() {
    }

    /**
     * @param className a class the jar holds
     * @param jarPrefix how the jar's file name starts (several jars on the class path may hold the class)
     * @return the jar on the test class path holding {@code className} whose name starts with {@code jarPrefix}
     */
    static Path jar(String className, String jarPrefix) throws IOException {
        String resource = className.replace('.', '/') + ".class";
        for (URL url : Collections.list(BundleJars.class.getClassLoader().getResources(resource))) {
            String text = url.toString();
            if (text.startsWith("jar:file:")) {
                Path jar = Path.of(URI.create(text.substring(4, text.indexOf("!/"))));
                if (jar.getFileName().toString().startsWith(jarPrefix)) {
                    return jar;
                }
            }
        }
        throw new IOException("no jar " + jarPrefix + "* holding " + className + " on the test class path");
    }

    /**
     * @return the jar {@code type} was loaded from; when it was loaded from a directory of classes (a module of this
     *         reactor not yet packaged), that directory packed into a jar in {@code dir} with its own manifest
     */
    static Path of(Class<?> type, Path dir) throws IOException {
        Path location;
        try {
            location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        if (!Files.isDirectory(location)) {
            return location;
        }
        Path manifestFile = location.resolve("META-INF/MANIFEST.MF");
        if (!Files.isRegularFile(manifestFile)) {
            throw new IOException(location + " has no bundle manifest: build it with the bnd plugin first");
        }
        Manifest manifest;
        try (InputStream in = Files.newInputStream(manifestFile)) {
            manifest = new Manifest(in);
        }
        Path jar = dir.resolve(type.getSimpleName() + "-bundle.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
             Stream<Path> files = Files.walk(location)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = location.relativize(f).toString().replace('\\', '/');
                if (!name.equals("META-INF/MANIFEST.MF")) {
                    add(out, name, Files.readAllBytes(f));
                }
            }
        }
        return jar;
    }

    /**
     * @return a bundle named {@code symbolicName} holding {@code classes} (and their nested classes), with
     *         {@code headers} (name, value, name, value…) added to its manifest
     */
    static Path bundle(Path dir, String symbolicName, List<Class<?>> classes, String... headers) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", "1.0.0");
        for (int i = 0; i < headers.length; i += 2) {
            main.putValue(headers[i], headers[i + 1]);
        }
        Path jar = dir.resolve(symbolicName + ".jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            for (Class<?> c : classes) {
                Path classDir = Path.of(c.getProtectionDomain().getCodeSource().getLocation().getPath())
                        .resolve(c.getPackageName().replace('.', '/'));
                try (Stream<Path> files = Files.list(classDir)) {
                    for (Path f : files.filter(p -> p.getFileName().toString().startsWith(c.getSimpleName())).toList()) {
                        add(out, c.getPackageName().replace('.', '/') + "/" + f.getFileName(), Files.readAllBytes(f));
                    }
                }
            }
        }
        return jar;
    }

    private static void add(JarOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(bytes);
        out.closeEntry();
    }
}
