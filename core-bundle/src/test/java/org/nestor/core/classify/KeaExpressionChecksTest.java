package org.nestor.core.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every expression Kea 2.2's {@code kea-dhcp4 -t} was asked about (recorded by
 * {@code record-kea-expression-checks.sh} beside the data) is accepted or refused here with the same message and
 * position. lcase/ucase are left out on purpose: Kea 2.5+ has them, 2.2 does not.
 */
class KeaExpressionChecksTest {
    private final ExpressionParser parser = ExpressionParser.dhcp4(new TestOptionDefinitions());

    static List<Arguments> recordedChecks() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                KeaExpressionChecksTest.class.getResourceAsStream("kea22-expression-checks.tsv"),
                StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                int tab = line.lastIndexOf('\t');
                String expr = line.substring(0, tab);
                if (expr.contains("lcase") || expr.contains("ucase")) continue;
                rows.add(Arguments.of(expr, line.substring(tab + 1)));
            }
        }
        return rows;
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("recordedChecks")
    void parserAgreesWithKea(String expression, String keaVerdict) {
        String ours;
        try {
            parser.parse(expression, Set.of("EARLY"));
            ours = "OK";
        } catch (ExpressionException e) {
            ours = e.getMessage();
        }
        assertEquals(keaVerdict, ours);
    }
}
