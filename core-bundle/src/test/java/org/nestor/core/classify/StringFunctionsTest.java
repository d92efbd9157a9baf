package org.nestor.core.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Kea's string and conversion functions, checked with the examples of Kea's manual. */
class StringFunctionsTest {
    private final ExpressionParser parser = ExpressionParser.dhcp4(new TestOptionDefinitions());

    private boolean holds(String expression) throws ExpressionException {
        return parser.parse(expression, Set.of()).evaluate(TestPackets.context(TestPackets.discover()));
    }

    private String value(String expression) throws ExpressionException {
        return parser.parseString(expression, Set.of()).evaluateString(TestPackets.context(TestPackets.discover()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "substring('foobar', 0, 6) == 'foobar'", "substring('foobar', 3, 3) == 'bar'",
        "substring('foobar', 3, all) == 'bar'", "substring('foobar', 1, 4) == 'ooba'",
        "substring('foobar', -5, 4) == 'ooba'", "substring('foobar', -1, -3) == 'oba'",
        "substring('foobar', 4, -2) == 'ob'", "substring('foobar', 10, 2) == ''",
        "substring('foobar', -7, 2) == ''", "substring('', 0, all) == ''",
        "substring('foobar', 0, 4294967296) == ''",
        "concat('foo', 'bar') == 'foobar'", "'abc' + 'def' + 'ghi' == 'abcdefghi'",
        "concat(concat('a', 'b'), 'c') == 'a' + 'bc'",
        "split('one.two..four', '.', 1) == 'one'", "split('one.two..four', '.', 2) == 'two'",
        "split('one.two..four', '.', 3) == ''", "split('one.two..four', '.', 4) == 'four'",
        "split('one.two..four', '.', 5) == ''", "split('a.b', '', 1) == 'a.b'", "split('a.b', '.', 0) == ''",
        "split('a;b.c', ';.', 3) == 'c'", "split('it' + 0x27 + 's', 0x27, 2) == 's'",
        "ifelse('foo' == 'bar', 'us', 'them') == 'them'", "ifelse('a' == 'a', 'us', 'them') == 'us'",
        "hexstring('foo', '-') == '66-6F-6F'", "hexstring(0x0a0b, '') == '0A0B'",
        "lcase('LoWeR') == 'lower'", "ucase('uPpEr') == 'UPPER'",
        "addrtotext(192.10.0.1) == '192.10.0.1'", "addrtotext(2003:db8::) == '2003:db8::'",
        "addrtotext(2001:db8:0:0:1:0:0:1) == '2001:db8::1:0:0:1'", "addrtotext('') == ''",
        "int8totext(0xff) == '-1'", "int16totext(0xffff) == '-1'", "int32totext(0xffffffff) == '-1'",
        "uint8totext(0xff) == '255'", "uint16totext(0xffff) == '65535'",
        "uint32totext(4294967295) == '4294967295'", "uint32totext('') == ''",
        "not (substring('foobar', 3, 3) == 'baz')"
    })
    void manualExampleHolds(String expression) throws ExpressionException {
        assertTrue(holds(expression), expression);
    }

    @Test
    void conversionOfTheWrongLengthMakesTheTestFalse() throws ExpressionException {
        assertFalse(holds("addrtotext('abc') == ''"));
        assertFalse(holds("not (addrtotext('abc') == '')"), "the whole test fails, not just the comparison");
        assertFalse(holds("uint16totext(0x01) == ''"));
        assertEquals("", value("int8totext(0x0102)"));
    }
}
