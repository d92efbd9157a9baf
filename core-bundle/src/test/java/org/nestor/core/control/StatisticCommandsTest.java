package org.nestor.core.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.nestor.core.json.JsonObject;
import org.nestor.core.json.JsonParser;
import org.nestor.core.json.JsonWriter;
import org.nestor.core.stats.StatsManager;

class StatisticCommandsTest {
    private final StatsManager stats = new StatsManager(Clock.fixed(Instant.parse("2026-11-22T07:21:46.949726Z"),
            ZoneOffset.UTC));
    private final CommandDispatcher dispatcher = new CommandDispatcher();

    StatisticCommandsTest() {
        new StatisticCommands(stats).registerWith(dispatcher);
        stats.add("pkt4-received", 1);
        stats.add("pkt4-received", 1);
        stats.set("subnet[1].total-addresses", 11);
    }

    private JsonObject run(String request) throws Exception {
        return dispatcher.execute(new JsonParser().parse(request, "<wire>"));
    }

    private void expect(int result, String text, String request) throws Exception {
        JsonObject answer = run(request);
        assertEquals(result, ControlResult.code(answer), answer::toString);
        assertEquals(text, ControlResult.text(answer), answer::toString);
    }

    @Test
    void statisticGetAnswersSamplesNewestFirstInKeasShape() throws Exception {
        JsonObject answer = run("{\"command\": \"statistic-get\", \"arguments\": {\"name\": \"pkt4-received\"}}");
        assertEquals("{\"arguments\":{\"pkt4-received\":[[2,\"2026-11-22 07:21:46.949726\"],"
                + "[1,\"2026-11-22 07:21:46.949726\"]]},\"result\":0}", JsonWriter.compact(answer));
    }

    @Test
    void statisticGetOfAnUnknownNameIsAnEmptyMap() throws Exception {
        assertEquals("{\"arguments\":{ },\"result\":0}",
                JsonWriter.compact(run("{\"command\": \"statistic-get\", \"arguments\": {\"name\": \"nope\"}}")));
    }

    @Test
    void statisticGetAllAnswersEveryStatisticSorted() throws Exception {
        JsonObject all = (JsonObject) run("{\"command\": \"statistic-get-all\"}").get("arguments");
        assertEquals(java.util.List.of("pkt4-received", "subnet[1].total-addresses"),
                all.members().stream().map(m -> m.key()).toList());
    }

    @Test
    void namedCommandsRefuseMissingAndMistypedNamesWithKeasTexts() throws Exception {
        for (String command : new String[] {"statistic-get", "statistic-reset", "statistic-remove"}) {
            expect(1, "Missing mandatory 'name' parameter.", "{\"command\": \"" + command + "\"}");
            expect(1, "Missing mandatory 'name' parameter.", "{\"command\": \"" + command + "\", \"arguments\": {}}");
            expect(1, "'name' parameter expected to be a string.",
                    "{\"command\": \"" + command + "\", \"arguments\": {\"name\": 5}}");
        }
        expect(1, "No 'nope' statistic found", "{\"command\": \"statistic-reset\", \"arguments\": {\"name\": \"nope\"}}");
        expect(1, "No 'nope' statistic found",
                "{\"command\": \"statistic-remove\", \"arguments\": {\"name\": \"nope\"}}");
    }

    @Test
    void resetAndRemoveWorkOnOneOrAll() throws Exception {
        expect(0, "Statistic 'pkt4-received' reset.",
                "{\"command\": \"statistic-reset\", \"arguments\": {\"name\": \"pkt4-received\"}}");
        assertEquals(0, stats.value("pkt4-received"));
        stats.add("pkt4-received", 5);
        expect(0, "All statistics reset to neutral values.", "{\"command\": \"statistic-reset-all\"}");
        assertEquals(0, stats.value("pkt4-received"));
        expect(0, "Statistic 'pkt4-received' removed.",
                "{\"command\": \"statistic-remove\", \"arguments\": {\"name\": \"pkt4-received\"}}");
        assertFalse(stats.exists("pkt4-received"));
        expect(0, "Warning: statistic-remove-all command is deprecated. All statistics removed.",
                "{\"command\": \"statistic-remove-all\"}");
        assertTrue(stats.snapshot().isEmpty());
    }

    @Test
    void sampleCountLimitsKeepTheNewestSamples() throws Exception {
        expect(0, "Statistic 'pkt4-received' count limit is set.", "{\"command\": \"statistic-sample-count-set\", "
                + "\"arguments\": {\"name\": \"pkt4-received\", \"max-samples\": 1}}");
        assertEquals("{\"pkt4-received\":[[2,\"2026-11-22 07:21:46.949726\"]]}", JsonWriter.compact(
                run("{\"command\": \"statistic-get\", \"arguments\": {\"name\": \"pkt4-received\"}}")
                        .get("arguments")));
        expect(0, "All statistics count limit are set.",
                "{\"command\": \"statistic-sample-count-set-all\", \"arguments\": {\"max-samples\": 3}}");
        expect(1, "'max-samples' parameter must not be zero",
                "{\"command\": \"statistic-sample-count-set-all\", \"arguments\": {\"max-samples\": 0}}");
        expect(1, "Missing mandatory 'max-samples' parameter.", "{\"command\": \"statistic-sample-count-set-all\"}");
        expect(1, "'max-samples' parameter expected to be an integer.", "{\"command\": "
                + "\"statistic-sample-count-set\", \"arguments\": {\"name\": \"pkt4-received\", \"max-samples\": \"x\"}}");
        expect(1, "No 'nope' statistic found", "{\"command\": \"statistic-sample-count-set\", "
                + "\"arguments\": {\"name\": \"nope\", \"max-samples\": 2}}");
    }

    @Test
    void sampleAgeLimitsAreSetOrRefusedWithKeasTexts() throws Exception {
        expect(0, "Statistic 'pkt4-received' duration limit is set.", "{\"command\": \"statistic-sample-age-set\", "
                + "\"arguments\": {\"name\": \"pkt4-received\", \"duration\": 10}}");
        expect(0, "All statistics duration limit are set.",
                "{\"command\": \"statistic-sample-age-set-all\", \"arguments\": {\"duration\": 10}}");
        expect(1, "Missing mandatory 'duration' parameter.", "{\"command\": \"statistic-sample-age-set\", "
                + "\"arguments\": {\"name\": \"pkt4-received\"}}");
        expect(1, "Missing mandatory 'duration' parameter.", "{\"command\": \"statistic-sample-age-set-all\"}");
        expect(1, "'duration' parameter expected to be an integer.", "{\"command\": \"statistic-sample-age-set\", "
                + "\"arguments\": {\"name\": \"pkt4-received\", \"duration\": \"x\"}}");
        expect(1, "No 'nope' statistic found", "{\"command\": \"statistic-sample-age-set\", "
                + "\"arguments\": {\"name\": \"nope\", \"duration\": 10}}");
    }
}
