package org.nestor.core.dhcp4;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nestor.core.classify.ClassEvaluator;
import org.nestor.core.classify.ExpressionException;
import org.nestor.core.classify.ExpressionParser;
import org.nestor.core.classify.EvalContext;
import org.nestor.core.config.Dhcp4Config;
import org.nestor.core.host.Host4;
import org.nestor.core.net.InboundDatagram;
import org.nestor.core.wire.Dhcp4Packet;

/**
 * Classifies with Kea's expression language: every class test of the configuration is compiled once here and
 * evaluated in Kea's order by {@link ClassEvaluator}.
 */
public final class ExpressionClientClassifier implements ClientClassifier {
    private final ClassEvaluator evaluator;

    /**
     * @param config a configuration the parser accepted (its tests already compiled once there)
     * @throws IllegalStateException if a test does not compile, which the parser prevents
     */
    public ExpressionClientClassifier(Dhcp4Config config) {
        try {
            evaluator = ClassEvaluator.compile(config.clientClasses(),
                    ExpressionParser.dhcp4(config.optionDefinitions()));
        } catch (ExpressionException e) {
            throw new IllegalStateException(e.keaConfigMessage(), e);
        }
    }

    @Override
    public Set<String> classify(Dhcp4Packet query, InboundDatagram in) {
        EvalContext ctx = context(query, in, new LinkedHashSet<>());
        evaluator.classifyOnReceive(ctx);
        return ctx.classes();
    }

    @Override
    public Set<String> afterHostLookup(Dhcp4Packet query, InboundDatagram in, Set<String> classes,
                                       Optional<Host4> host) {
        EvalContext ctx = context(query, in, new LinkedHashSet<>(classes));
        evaluator.classifyAfterHostLookup(ctx, host.isPresent(),
                host.map(Host4::clientClasses).orElse(List.of()));
        return ctx.classes();
    }

    @Override
    public Set<String> evaluateRequired(Dhcp4Packet query, InboundDatagram in, Set<String> classes,
                                        List<String> required) {
        EvalContext ctx = context(query, in, new LinkedHashSet<>(classes));
        evaluator.evaluateRequired(ctx, required); // Kea 2.2 skips a required class without a test
        return ctx.classes();
    }

    private static EvalContext context(Dhcp4Packet query, InboundDatagram in, Set<String> classes) {
        return new DatagramEvalContext(query, in, classes);
    }
}
