package org.nestor.core.classify;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Assigns client classes to a DHCPv4 query in Kea's order. Built once per configuration (all tests compiled
 * then); used by many threads at once (it holds no per-packet state).
 * <ol>
 * <li>{@link #classifyOnReceive}: ALL, VENDOR_CLASS_&lt;option 60&gt;, then every test in definition order except
 * only-if-required classes and those depending on KNOWN/UNKNOWN; the caller then checks {@link #isDropped}.</li>
 * <li>{@link #classifyAfterHostLookup}: KNOWN or UNKNOWN, the reservation's classes, then the KNOWN/UNKNOWN
 * dependent tests; the caller checks {@link #isDropped} again.</li>
 * <li>{@link #evaluateRequired}: after allocation, the classes required by shared network, subnet and pool.</li>
 * </ol>
 */
public final class ClassEvaluator {
    private static final Logger DHCP4 = LoggerFactory.getLogger("kea-dhcp4.dhcp4");
    private static final Logger EVAL = LoggerFactory.getLogger("kea-dhcp4.eval");
    private static final int VENDOR_CLASS_OPTION = 60;

    private final Map<String, CompiledClass> byName;

    private ClassEvaluator(Map<String, CompiledClass> byName) {
        this.byName = byName;
    }

    /**
     * Compiles every class's test. A test may name (in member()) only built-in classes and classes defined before
     * it, as in Kea.
     *
     * @throws ExpressionException for the first test Kea would refuse; {@link ExpressionException#className()}
     *         names its class
     */
    public static ClassEvaluator compile(List<? extends ClassDefinition> classes, ExpressionParser parser)
            throws ExpressionException {
        Map<String, CompiledClass> compiled = new LinkedHashMap<>();
        for (ClassDefinition def : classes) {
            Expression test = null;
            boolean dependsOnKnown = false;
            if (def.test() != null && !def.test().isEmpty()) {
                try {
                    test = parser.parse(def.test(), compiled.keySet());
                } catch (ExpressionException e) {
                    throw e.inClass(def.name());
                }
                dependsOnKnown = test.referencedClasses().stream().anyMatch(c -> BuiltinClasses.isHostDependent(c)
                        || (compiled.containsKey(c) && compiled.get(c).dependsOnKnown()));
            }
            compiled.put(def.name(), new CompiledClass(def.name(), test, def.onlyIfRequired(), dependsOnKnown));
        }
        return new ClassEvaluator(compiled);
    }

    /** @return the compiled classes in definition order */
    public List<CompiledClass> classes() {
        return List.copyOf(byName.values());
    }

    /** @return whether class {@code name}'s test waits for host lookup (false for unknown names) */
    public boolean dependsOnKnown(String name) {
        CompiledClass c = byName.get(name);
        return c != null && c.dependsOnKnown();
    }

    /** Steps 1–3 of Kea's classification, on receipt. */
    public void classifyOnReceive(EvalContext context) {
        Set<String> classes = context.classes();
        classes.add(BuiltinClasses.ALL);
        byte[] vendorClass = context.option(VENDOR_CLASS_OPTION);
        if (vendorClass != null) {
            classes.add(BuiltinClasses.VENDOR_CLASS_PREFIX + new String(vendorClass, StandardCharsets.UTF_8));
        }
        evaluateInOrder(context, false);
    }

    /**
     * After host lookup: KNOWN (reservation found) or UNKNOWN, the reservation's classes, then the tests that
     * depend on them.
     */
    public void classifyAfterHostLookup(EvalContext context, boolean known, Collection<String> reservationClasses) {
        context.classes().add(known ? BuiltinClasses.KNOWN : BuiltinClasses.UNKNOWN);
        context.classes().addAll(reservationClasses);
        evaluateInOrder(context, true);
    }

    /** @return true when the packet is in DROP and must be dropped */
    public static boolean isDropped(EvalContext context) {
        return context.classes().contains(BuiltinClasses.DROP);
    }

    /**
     * Evaluates required classes in the order given (Kea 2.2: require-client-classes of the shared network, then
     * the subnet, then the pool); each that matches joins the packet. A class without a test is skipped, as Kea
     * 2.2 skips it (DHCP4_CLASS_UNTESTABLE).
     */
    public void evaluateRequired(EvalContext context, List<String> required) {
        Set<String> seen = new HashSet<>();
        for (String name : required) {
            if (!seen.add(name)) continue;
            CompiledClass c = byName.get(name);
            if (c == null) {
                DHCP4.debug("DHCP4_CLASS_UNDEFINED required class {} has no definition", name);
            } else if (c.test() == null) {
                DHCP4.debug("DHCP4_CLASS_UNTESTABLE required class {} has no test expression", name);
            } else if (evaluate(c, context)) {
                context.classes().add(name);
            }
        }
    }

    private void evaluateInOrder(EvalContext context, boolean knownPhase) {
        for (CompiledClass c : byName.values()) {
            if (c.test() == null || c.onlyIfRequired() || c.dependsOnKnown() != knownPhase) continue;
            if (evaluate(c, context)) {
                context.classes().add(c.name());
            }
        }
    }

    private static boolean evaluate(CompiledClass c, EvalContext context) {
        boolean result;
        try {
            result = c.test().test(context);
        } catch (EvalFailure | IndexOutOfBoundsException e) {
            EVAL.debug("EVAL_RESULT Expression {} evaluated to {}", c.name(), e.getMessage());
            return false;
        }
        if (EVAL.isDebugEnabled()) EVAL.debug("EVAL_RESULT Expression {} evaluated to {}", c.name(), result);
        return result;
    }
}
