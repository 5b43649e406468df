package cn.jixiao.exchange;

import cn.jixiao.PlainChinese;
import cn.jixiao.domain.Json;
import cn.jixiao.domain.Unit;
import cn.jixiao.domain.UnitRules;
import cn.jixiao.sample.SyntheticUnit;
import cn.jixiao.store.UnitFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzing the JSON import (issue 14), bounded to a few hundred tries: whatever the bytes, the
 * import either gives a unit that a new unit file takes, or refuses with a message for the clerk.
 * No exception of any other kind escapes, and no program text reaches the message.
 */
class ImportFuzzTest {
    private static final String BASE = UnitExchange.toJson(SyntheticUnit.generate(2, 3, 11));

    /** The outcome the clerk sees: a unit, or a plain Chinese refusal. */
    private static Unit importOrRefuse(byte[] bytes) throws Exception {
        Path dir = Files.createTempDirectory("fuzz-import");
        try {
            Path json = Files.write(dir.resolve("doc.json"), bytes);
            Unit unit;
            try {
                unit = UnitExchange.read(json);
            } catch (UnitExchange.ExchangeException e) {
                PlainChinese.assertPlain(e.getMessage());
                return null;
            }
            assertTrue(UnitRules.firstProblem(unit).isEmpty(), "an accepted unit keeps the rules");
            UnitFile.createWith(dir.resolve("u.jixiao"), unit).close();
            assertTrue(UnitFile.read(dir.resolve("u.jixiao")).name.equals(unit.name));
            return unit;
        } finally {
            try (var all = Files.walk(dir)) {
                for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    @Property(tries = 300, shrinking = ShrinkingMode.BOUNDED)
    void anyBytesAreImportedOrRefusedPlainly(@ForAll @Size(max = 400) byte[] bytes) throws Exception {
        importOrRefuse(bytes);
    }

    @Property(tries = 200, shrinking = ShrinkingMode.BOUNDED)
    void aDocumentCutOrSplicedAnywhereIsImportedOrRefusedPlainly(@ForAll("cuts") int at, @ForAll("noise") String noise) throws Exception {
        byte[] base = BASE.getBytes(StandardCharsets.UTF_8);
        int cut = Math.min(at, base.length);
        byte[] spliced = (new String(base, 0, cut, StandardCharsets.ISO_8859_1) + noise).getBytes(StandardCharsets.ISO_8859_1);
        importOrRefuse(spliced);
        importOrRefuse(java.util.Arrays.copyOf(base, cut));
    }

    @Property(tries = 150, shrinking = ShrinkingMode.BOUNDED)
    void anyValueAnywhereInTheDocumentIsImportedOrRefusedPlainly(@ForAll("places") int place, @ForAll("values") JsonNode value)
            throws Exception {
        ObjectNode doc = (ObjectNode) Json.MAPPER.readTree(BASE);
        List<JsonNode[]> slots = new ArrayList<>();
        collect(doc, slots);
        JsonNode[] slot = slots.get(place % slots.size());
        if (slot[0] instanceof ObjectNode o) {
            o.set(slot[1].asText(), value);
        } else if (slot[0] instanceof ArrayNode a) {
            a.set(slot[1].asInt(), value);
        }
        importOrRefuse(Json.MAPPER.writeValueAsBytes(doc));
    }

    /** Every (container, key) pair of the tree, to replace one value. */
    private static void collect(JsonNode node, List<JsonNode[]> out) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (node instanceof ObjectNode o) {
            Iterator<Map.Entry<String, JsonNode>> it = o.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                out.add(new JsonNode[] {o, f.textNode(e.getKey())});
                collect(e.getValue(), out);
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                out.add(new JsonNode[] {a, f.numberNode(i)});
                collect(a.get(i), out);
            }
        }
    }

    @Provide
    Arbitrary<Integer> cuts() {
        return Arbitraries.integers().between(0, BASE.length());
    }

    @Provide
    Arbitrary<Integer> places() {
        return Arbitraries.integers().between(0, 100_000);
    }

    @Provide
    Arbitrary<String> noise() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(20),
                Arbitraries.of("}", "]", "\"", ",", "null", "{}", "[[[[", "\uFEFF", "\u0000", "1e999999", "-"),
                Arbitraries.strings().withChars("{}[],:\"0123456789.-eE ntrufalse\\").ofMaxLength(30));
    }

    @Provide
    Arbitrary<JsonNode> values() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        Arbitrary<JsonNode> huge = Arbitraries.strings().withCharRange('一', '龥').ofMinLength(40_000).ofMaxLength(40_001).map(f::textNode);
        return Arbitraries.frequencyOf(Tuple.of(1, huge), Tuple.of(30, small(f)));
    }

    private static Arbitrary<JsonNode> small(JsonNodeFactory f) {
        return Arbitraries.oneOf(
                Arbitraries.just(f.nullNode()),
                Arbitraries.of(true, false).map(f::booleanNode),
                Arbitraries.integers().map(f::numberNode),
                Arbitraries.longs().map(f::numberNode),
                Arbitraries.doubles().map(f::numberNode),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(900).map(d -> f.numberNode(new BigDecimal(d))),
                Arbitraries.strings().ofMaxLength(50).map(f::textNode),
                Arbitraries.just(f.arrayNode()),
                Arbitraries.strings().ofMaxLength(5).map(s -> (JsonNode) f.arrayNode().add(s).addNull()),
                Arbitraries.just(f.objectNode()),
                Arbitraries.strings().ofMaxLength(5).map(s -> (JsonNode) f.objectNode().put("name", s).put("year", 2024)),
                Arbitraries.integers().between(1990, 2110).map(f::numberNode));
    }
}
