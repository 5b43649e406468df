package cn.jixiao.store;

import cn.jixiao.PlainChinese;
import cn.jixiao.domain.Unit;
import cn.jixiao.sample.SyntheticUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.IntRange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Fuzzing the unit-file open (issue 14), bounded to a few hundred tries: a unit file with bytes
 * changed, cut short, or rows rewritten either opens and reads whole, or is refused with a
 * message for the clerk and left exactly as it was (no backups/, no journal beside it).
 */
class OpenFuzzTest {
    private static final byte[] GOOD;
    private static final String[] TABLES = {"unit", "fiscal_year", "project", "indicator"};

    static {
        try {
            Path dir = Files.createTempDirectory("fuzz-open-base");
            Path file = dir.resolve("u.jixiao");
            try (UnitFile f = UnitFile.create(file)) {
                f.importUnit(SyntheticUnit.generate(3, 4, 21));
            }
            GOOD = Files.readAllBytes(file);
            Files.delete(file);
            Files.delete(dir);
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Open and read, or a plain refusal that changed nothing. */
    private static void openOrRefuse(byte[] bytes, String... sql) throws Exception {
        Path dir = Files.createTempDirectory("fuzz-open");
        try {
            Path file = Files.write(dir.resolve("u.jixiao"), bytes);
            if (sql.length > 0) {
                try {
                    FileStates.exec(file, sql);
                } catch (java.sql.SQLException refusedBySqlite) {
                    return; // a damage SQLite itself does not allow (NULL in a NOT NULL column)
                }
            }
            FileStates.Snapshot before = FileStates.Snapshot.of(file);
            try {
                Unit read = UnitFile.read(file);
                before.assertUnchanged();
                try (UnitFile f = UnitFile.open(file)) {
                    Unit u = f.load();
                    if (!u.name.equals(read.name)) {
                        throw new AssertionError("open and read agree");
                    }
                    f.saveUnitInfo(u);
                }
            } catch (UnitFileException e) {
                PlainChinese.assertPlain(e.getMessage());
                before.assertUnchanged();
                try {
                    UnitFile.open(file).close();
                } catch (UnitFileException again) {
                    PlainChinese.assertPlain(again.getMessage());
                    before.assertUnchanged();
                }
            }
        } finally {
            try (var all = Files.walk(dir)) {
                for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    @Property(tries = 200, shrinking = ShrinkingMode.BOUNDED)
    void aFileWithBytesChangedOpensWholeOrIsRefusedUnchanged(@ForAll("someOffsets") List<Integer> offsets,
                                                              @ForAll byte value) throws Exception {
        byte[] bytes = GOOD.clone();
        for (int at : offsets) {
            bytes[at % bytes.length] ^= (byte) (value == 0 ? 1 : value);
        }
        openOrRefuse(bytes);
    }

    @Property(tries = 100, shrinking = ShrinkingMode.BOUNDED)
    void aFileCutShortAnywhereIsRefusedUnchanged(@ForAll("offsets") int length) throws Exception {
        openOrRefuse(java.util.Arrays.copyOf(GOOD, length % GOOD.length));
    }

    @Property(tries = 150, shrinking = ShrinkingMode.BOUNDED)
    void rowsRewrittenAnyhowOpenWholeOrAreRefusedUnchanged(@ForAll @IntRange(min = 0, max = 3) int table,
                                                           @ForAll("rowValues") String value) throws Exception {
        openOrRefuse(GOOD, "UPDATE " + TABLES[table] + " SET data = " + value + " WHERE rowid IN (SELECT rowid FROM "
                + TABLES[table] + " ORDER BY random() LIMIT 1)");
    }

    @Provide
    Arbitrary<Integer> offsets() {
        return Arbitraries.integers().between(0, Integer.MAX_VALUE);
    }

    @Provide
    Arbitrary<List<Integer>> someOffsets() {
        return offsets().list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<String> rowValues() {
        return Arbitraries.oneOf(
                Arbitraries.of("NULL", "42", "x'00ff'", "''", "'{}'", "'[]'", "'null'", "'{\"id\":null}'", "'{\"name\":{}}'",
                        "'{\"year\":\"x\"}'", "'{\"indicators\":5}'", "replace(data, 'id', 'di')", "substr(data, 1, length(data) / 2)",
                        "data || 'x'", "replace(data, '\"', '')", "replace(data, '2024', '99999')", "replace(data, '[', '{')"),
                Arbitraries.strings().withChars("{}[]:,\"abc12 ").ofMaxLength(20).map(s -> "'" + s.replace("'", "''") + "'"));
    }
}
