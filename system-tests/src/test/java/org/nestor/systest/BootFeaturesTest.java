package org.nestor.systest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The features the distribution boots, read from its {@code etc/org.apache.karaf.features.cfg} and the feature
 * repositories in its {@code system/} directory.
 */
class BootFeaturesTest {
    private static final String DEFAULT_LEVEL = "the default start level";

    /**
     * Karaf's features service gives a bundle the start level of whichever feature naming it it meets first, and
     * stops a started bundle whose level it raises above the framework's current one. With SCR named at level 12 by
     * the core's feature and at 30 by Karaf's scr feature, a start following a first start stopped while the
     * features service was still provisioning moved SCR to 30: it stopped SCR, and with it the running server, and
     * started both again.
     */
    @Test
    void everyBundleANestorFeatureNamesHasOneStartLevelAmongTheBootedFeatures() throws Exception {
        Path home = Commands.nestorHome();
        Map<String, List<Element>> features = featuresIn(home.resolve("system"));
        Map<String, Map<String, Set<String>>> levelsByBundle = new TreeMap<>();
        Set<String> namedByNestor = new TreeSet<>();
        Set<String> visited = new HashSet<>();
        List<String> boot = bootFeatures(home);
        assertFalse(boot.isEmpty(), "no featuresBoot in etc/org.apache.karaf.features.cfg");
        for (String name : boot) {
            collect(name, features, visited, levelsByBundle, namedByNestor);
        }
        assertFalse(namedByNestor.isEmpty(), "the booted features name no bundle of a nestor feature");
        Map<String, Map<String, Set<String>>> conflicting = new TreeMap<>();
        for (String bundle : namedByNestor) {
            Map<String, Set<String>> featuresByLevel = levelsByBundle.get(bundle);
            if (featuresByLevel.size() > 1) {
                conflicting.put(bundle, featuresByLevel);
            }
        }
        assertEquals(Map.of(), conflicting, "bundles named at different start levels (level: features)");
    }

    /**
     * Walks a feature and the features it names, noting for each bundle the features naming it per start level, and
     * whether a nestor feature names it.
     */
    private static void collect(String name, Map<String, List<Element>> features, Set<String> visited,
                                Map<String, Map<String, Set<String>>> levelsByBundle, Set<String> namedByNestor) {
        if (!visited.add(name)) {
            return;
        }
        for (Element feature : features.getOrDefault(name, List.of())) {
            NodeList bundles = feature.getElementsByTagNameNS("*", "bundle");
            for (int i = 0; i < bundles.getLength(); i++) {
                Element bundle = (Element) bundles.item(i);
                String location = bundle.getTextContent().trim();
                String level = bundle.getAttribute("start-level").isEmpty() ? DEFAULT_LEVEL
                        : bundle.getAttribute("start-level");
                levelsByBundle.computeIfAbsent(location, k -> new TreeMap<>())
                        .computeIfAbsent(level, k -> new TreeSet<>()).add(name);
                if (name.startsWith("nestor-")) {
                    namedByNestor.add(location);
                }
            }
            NodeList children = feature.getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                if (children.item(i) instanceof Element child && "feature".equals(child.getLocalName())) {
                    collect(child.getTextContent().trim(), features, visited, levelsByBundle, namedByNestor);
                }
            }
        }
    }

    private static List<String> bootFeatures(Path home) throws IOException {
        Properties cfg = new Properties();
        try (var in = Files.newInputStream(home.resolve("etc/org.apache.karaf.features.cfg"))) {
            cfg.load(in);
        }
        List<String> names = new ArrayList<>();
        for (String entry : cfg.getProperty("featuresBoot", "").split(",")) {
            String name = entry.trim().replaceAll("/.*", "").replaceAll("[()]", "");
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    /** @return every feature definition of the feature repositories under {@code system}, by feature name */
    private static Map<String, List<Element>> featuresIn(Path system) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Map<String, List<Element>> byName = new HashMap<>();
        List<Path> repositories;
        try (Stream<Path> files = Files.walk(system)) {
            repositories = files.filter(p -> p.getFileName().toString().endsWith("features.xml")).toList();
        }
        for (Path repository : repositories) {
            Element root = factory.newDocumentBuilder().parse(repository.toFile()).getDocumentElement();
            if (!"features".equals(root.getLocalName())) {
                continue;
            }
            NodeList children = root.getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                if (children.item(i) instanceof Element f && "feature".equals(f.getLocalName())) {
                    byName.computeIfAbsent(f.getAttribute("name"), k -> new ArrayList<>()).add(f);
                }
            }
        }
        return byName;
    }
}
