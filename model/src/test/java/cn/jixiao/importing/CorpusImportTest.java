package cn.jixiao.importing;

import cn.jixiao.domain.Unit;
import cn.jixiao.importing.source.SourceDocument;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The corpus of forms in layouts unlike ours (HTML tables with rowspans, as a user's Word or WPS
 * makes them, see corpus/make.sh): every document must import with each form's project name and
 * amount right and at least 95 % of its indicator rows right (一级, 二级, 三级, 指标值, and 得分 for a
 * 自评表), into an empty unit. The misses are printed.
 */
class CorpusImportTest {
    static final Path CORPUS = Path.of("src/test/resources/cn/jixiao/importing/corpus");

    static List<Path> documents() throws IOException {
        try (Stream<Path> s = Files.list(CORPUS)) {
            return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    static String base(Path html) {
        String n = html.getFileName().toString();
        return n.substring(0, n.length() - ".html".length());
    }

    @TestFactory
    List<DynamicTest> everyCorpusDocumentImports() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        List<Path> docs = documents();
        assertFalse(docs.isEmpty(), "corpus is empty");
        for (Path html : docs) {
            CorpusExpectation want = CorpusExpectation.read(CORPUS.resolve(base(html) + ".json"));
            tests.add(DynamicTest.dynamicTest(base(html) + ".html", () -> check(html.getFileName().toString(), HtmlTables.read(html), want)));
        }
        return tests;
    }

    static void check(String what, SourceDocument doc, CorpusExpectation want) {
        List<FoundForm> found = FormRecogniser.recognise(doc, new Unit());
        CorpusExpectation.Score score = want.score(found);
        System.out.printf("corpus %-40s forms %d/%d rows %d/%d (%.1f%%)%n", what, score.formsRight(), score.formsExpected(),
                score.rowsRight(), score.rowsExpected(), 100 * score.rowShare());
        score.misses().forEach(m -> System.out.println("  " + what + ": " + m));
        assertTrue(score.formsRight() == score.formsExpected() && score.rowShare() >= 0.95,
                what + ": " + String.join("; ", score.misses()));
    }
}
