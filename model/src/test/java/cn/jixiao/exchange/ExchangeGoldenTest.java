package cn.jixiao.exchange;

import cn.jixiao.domain.Unit;
import cn.jixiao.sample.Samples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The exchange document's shape, pinned: each sample unit (sample-data/units, as shipped)
 * imported and exported again must give exactly the committed golden copy
 * (src/test/resources/golden/NAME.json). A change of the JSON shape, deliberate or not, shows
 * here first; a deliberate one bumps {@link UnitDocument#VERSION}, upgrades older documents on
 * import, and rewrites the goldens with {@code -Djixiao.writeGolden=true}.
 */
class ExchangeGoldenTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    static List<String> samples() {
        return Samples.NAMES;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void exportOfTheImportedSampleIsTheGoldenCopy(String sample) throws IOException {
        Unit imported = IncomingUnit.check(Samples.load(sample)).unit();
        String exported = UnitExchange.toJson(imported);
        Path golden = GOLDEN.resolve(sample + ".json");
        if (Boolean.getBoolean("jixiao.writeGolden")) {
            Files.writeString(golden, exported, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), exported,
                sample + ": the exchange JSON changed shape; see the class comment");
    }

    /** The golden copy is a document of the current version: it imports and exports to itself. */
    @ParameterizedTest
    @MethodSource("samples")
    void theGoldenCopyImportsAsTheCurrentVersion(String sample) throws IOException {
        String golden = Files.readString(GOLDEN.resolve(sample + ".json"), StandardCharsets.UTF_8);
        assertTrue(golden.contains("\"formatVersion\" : " + UnitDocument.VERSION + ","), sample);
        assertEquals(golden, UnitExchange.toJson(IncomingUnit.check(UnitExchange.fromJson(golden)).unit()));
    }
}
