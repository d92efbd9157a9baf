package org.nestor.core.hooks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nestor.core.json.JsonWriter;
import org.nestor.hooks.api.HookPoint;

/**
 * What the hooks of a server are doing now, for the operator: loaded libraries in calling order with their
 * parameters, the callouts of each hook point in calling order, and the packets parked per point. As JSON values
 * (the {@code list-hooks} command's arguments) or as text ({@code nestor:hooks}).
 */
public final class HooksReport {
    private HooksReport() {
    }

    /**
     * @return {@code {"libraries": [{"library", "parameters", "configured"}], "hook-points": [{"name", "callouts":
     *         [{"library", "bundle", "ranking"}], "parked"}]}}: points with a callout or a parking lot, in Kea's order
     */
    public static Map<String, Object> of(HooksManager hooks) {
        List<Object> libraries = new ArrayList<>();
        for (LibraryRegistry.Loaded l : hooks.libraries().inOrder()) {
            Map<String, Object> lib = new LinkedHashMap<>();
            lib.put("library", l.name());
            lib.put("parameters", l.parameters());
            lib.put("configured", l.configured());
            libraries.add(lib);
        }
        CalloutTable table = hooks.table();
        Map<HookPoint, Integer> parked = hooks.parked();
        List<Object> points = new ArrayList<>();
        for (HookPoint p : HookPoint.values()) {
            if (!table.has(p) && !parked.containsKey(p)) {
                continue;
            }
            List<Object> callouts = new ArrayList<>();
            for (CalloutEntry e : table.callouts(p)) {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("library", e.library());
                c.put("bundle", e.bundle());
                c.put("ranking", (long) e.ranking());
                callouts.add(c);
            }
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("name", p.keaName());
            point.put("callouts", callouts);
            point.put("parked", (long) parked.getOrDefault(p, 0));
            points.add(point);
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("libraries", libraries);
        report.put("hook-points", points);
        return report;
    }

    /** @return {@link #of} as lines for the console */
    @SuppressWarnings("unchecked")
    public static String text(HooksManager hooks) {
        Map<String, Object> report = of(hooks);
        StringBuilder sb = new StringBuilder("Hook libraries, in calling order:\n");
        List<Object> libraries = (List<Object>) report.get("libraries");
        if (libraries.isEmpty()) {
            sb.append("  (none loaded)\n");
        }
        int n = 0;
        for (Object o : libraries) {
            Map<String, Object> l = (Map<String, Object>) o;
            sb.append(String.format("  %d. %s (%s) parameters: %s%n", ++n, l.get("library"),
                    Boolean.TRUE.equals(l.get("configured")) ? "hooks-libraries" : "deployed",
                    JsonWriter.compact(JsonValues.toJson(l.get("parameters")))));
        }
        sb.append("Callouts per hook point, in calling order:\n");
        List<Object> points = (List<Object>) report.get("hook-points");
        if (points.isEmpty()) {
            sb.append("  (none)\n");
        }
        for (Object o : points) {
            Map<String, Object> p = (Map<String, Object>) o;
            sb.append(String.format("  %s (parked now: %d)%n", p.get("name"), (Long) p.get("parked")));
            int i = 0;
            for (Object c : (List<Object>) p.get("callouts")) {
                Map<String, Object> e = (Map<String, Object>) c;
                String bundle = (String) e.get("bundle");
                sb.append(String.format("    %d. library %s, bundle %s, ranking %d%n", ++i, e.get("library"),
                        bundle.isEmpty() ? "-" : bundle, (Long) e.get("ranking")));
            }
        }
        return sb.toString();
    }
}
