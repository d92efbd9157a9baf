package org.nestor.core.classify;

import java.util.Set;
import org.nestor.core.wire.options.OptionDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiles Kea's classification expressions (Kea 2.2 – 2.6 syntax, plus {@code lcase}/{@code ucase}) into
 * {@link Expression}s, refusing what Kea refuses with Kea's message and position. Option names are resolved
 * against the definitions given here, so evaluation needs no look-ups by name.
 */
public final class ExpressionParser {
    private final Universe universe;
    private final OptionDefinitions definitions;
    private final Logger log;

    /**
     * @param universe DHCPv4 or DHCPv6
     * @param definitions standard and custom option definitions ({@code option[name]}, {@code .text} types)
     */
    public ExpressionParser(Universe universe, OptionDefinitions definitions) {
        this.universe = universe;
        this.definitions = definitions;
        this.log = LoggerFactory.getLogger(universe == Universe.V4 ? "kea-dhcp4.eval" : "kea-dhcp6.eval");
    }

    /** @return a DHCPv4 parser */
    public static ExpressionParser dhcp4(OptionDefinitions definitions) {
        return new ExpressionParser(Universe.V4, definitions);
    }

    /** @return the universe this parser compiles for */
    public Universe universe() {
        return universe;
    }

    /**
     * Compiles a {@code test}: a boolean expression.
     *
     * @param text the expression
     * @param knownClasses classes defined before this one; {@code member()} may name only these and built-ins
     * @throws ExpressionException with Kea's wording and position when Kea would refuse it
     */
    public Expression parse(String text, Set<String> knownClasses) throws ExpressionException {
        ClassReferences refs = new ClassReferences(knownClasses);
        BoolNode node = grammar(text, refs).topBool();
        return new Expression(text, node, null, refs.referenced(), log);
    }

    /**
     * Compiles a {@code template-test}: a string expression.
     *
     * @throws ExpressionException with Kea's wording and position when Kea would refuse it
     */
    public Expression parseString(String text, Set<String> knownClasses) throws ExpressionException {
        ClassReferences refs = new ClassReferences(knownClasses);
        StringNode node = grammar(text, refs).topString();
        return new Expression(text, null, node, refs.referenced(), log);
    }

    private Grammar grammar(String text, ClassReferences refs) {
        TokenStream in = new TokenStream(text);
        return new Grammar(in, new AccessorGrammar(in, universe, definitions, refs));
    }
}
