package cn.jixiao.importing;

import cn.jixiao.cli.Cli;
import cn.jixiao.domain.Unit;
import cn.jixiao.sample.Samples;
import cn.jixiao.store.UnitFile;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 恶意和损坏的文件, end to end: each kind the issue names (a zip bomb, XML entity expansion, a
 * 50 MB workbook, a 10 MB cell, no form, a password, a truncated file, WPS's own format), built
 * here, is refused through the service and through `jixiao import-forms` within seconds, with a
 * message that names the file; the unit file and the refused document stay byte for byte as they
 * were (sha256).
 */
class HostileFormsImportTest {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    @TempDir
    Path dir;
    private Path unitFile;

    @BeforeEach
    void aUnitFile() {
        unitFile = dir.resolve("单位.jixiao");
        UnitFile.createWith(unitFile, Samples.load(Samples.DEFAULT)).close();
    }

    @TestFactory
    Stream<DynamicTest> everyHostileFileIsRefusedAndNothingIsWritten() {
        return Stream.of(
                DynamicTest.dynamicTest("zip bomb", () -> refused(zipBomb(dir.resolve("压缩炸弹.docx")), "压缩")),
                DynamicTest.dynamicTest("entity expansion", () -> refused(entities(dir.resolve("实体.docx")), "实体声明")),
                DynamicTest.dynamicTest("50 MB workbook", () -> refused(huge(dir.resolve("大表.xlsx")), "50 MB")),
                DynamicTest.dynamicTest("10 MB cell", () -> refused(bigCell(dir.resolve("大单元格.docx")), "超过 1 MB")),
                DynamicTest.dynamicTest("no form", () -> refused(noForm(dir.resolve("通知.docx")), "未找到项目表格")),
                DynamicTest.dynamicTest("password", () -> refused(encrypted(dir.resolve("加密.docx")), "取消密码")),
                DynamicTest.dynamicTest("truncated", () -> refused(truncated(dir.resolve("残缺.docx")), "不完整")),
                DynamicTest.dynamicTest("WPS", () -> refused(wps(dir.resolve("申报表.wps")), "另存为 .docx")));
    }

    private void refused(Path document, String reason) throws Exception {
        String unitBefore = sha256(unitFile);
        String documentBefore = sha256(document);
        String name = "“" + document.getFileName() + "”";
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            Unit unit = UnitFile.read(unitFile);
            DocumentPreview p = new FormImport().preview(List.of(document), unit, ImportProgress.NONE).get(0);
            assertTrue(p.isRefused(), document + " was read");
            assertTrue(p.refusal().orElseThrow().contains(reason), p.refusal().orElseThrow());
            assertTrue(p.refusal().orElseThrow().contains(name), p.refusal().orElseThrow());
            assertTrue(new FormImport().plan(unit, List.of(p)).forms().isEmpty());

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = Cli.run(new String[] {"import-forms", unitFile.toString(), document.toString()},
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            String said = err.toString(StandardCharsets.UTF_8);
            assertEquals(1, code, said);
            assertTrue(said.startsWith("错误：") && said.contains(name), said);
            assertTrue(out.toString(StandardCharsets.UTF_8).isEmpty());
            assertTrue(!said.contains("Exception") && !said.contains("Log4j"), said);
        });
        assertEquals(unitBefore, sha256(unitFile), "unit file unchanged");
        assertEquals(documentBefore, sha256(document), "refused document unchanged");
    }

    static String sha256(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }

    /** A Word package whose parts are given: [Content_Types].xml, the relationships and word/document.xml. */
    private static void docx(Path file, String document, boolean compress) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8), true);
            entry(zip, "_rels/.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>")
                    .getBytes(StandardCharsets.UTF_8), true);
            entry(zip, "word/document.xml", document.getBytes(StandardCharsets.UTF_8), compress);
        }
    }

    private static void entry(ZipOutputStream zip, String name, byte[] data, boolean compress) throws IOException {
        ZipEntry e = new ZipEntry(name);
        if (!compress) {
            e.setMethod(ZipEntry.STORED);
            e.setSize(data.length);
            CRC32 crc = new CRC32();
            crc.update(data);
            e.setCrc(crc.getValue());
        }
        zip.putNextEntry(e);
        zip.write(data);
        zip.closeEntry();
    }

    private static String body(String inner) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + W + "\"><w:body>" + inner + "</w:body></w:document>";
    }

    /** 40 MB of one paragraph's spaces that deflate to a few dozen kB. */
    private static Path zipBomb(Path file) throws IOException {
        docx(file, body("<w:p><w:r><w:t xml:space=\"preserve\">" + " ".repeat(40 * 1024 * 1024) + "</w:t></w:r></w:p>"), true);
        return file;
    }

    /** The billion laughs. */
    private static Path entities(Path file) throws IOException {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE w:document [<!ENTITY l0 \"哈哈\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        docx(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + dtd + "<w:document xmlns:w=\"" + W + "\"><w:body><w:p><w:r><w:t>&l9;</w:t></w:r></w:p></w:body></w:document>", true);
        return file;
    }

    /** A workbook of 51 MB (stored, random bytes: no compression makes it smaller). */
    private static Path huge(Path file) throws IOException {
        byte[] data = new byte[51 * 1024 * 1024];
        new Random(16).nextBytes(data);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "xl/media/image1.png", data, false);
        }
        return file;
    }

    /** One table cell of 10 MB of text (random Chinese, so it does not compress like a bomb). */
    private static Path bigCell(Path file) throws IOException {
        Random r = new Random(10);
        StringBuilder b = new StringBuilder(3_500_000);
        for (int i = 0; i < 3_500_000; i++) {
            b.append((char) (0x4E00 + r.nextInt(0x5000)));
        }
        docx(file, body("<w:tbl><w:tr><w:tc><w:p><w:r><w:t>项目名称</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>" + b
                + "</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"), true);
        return file;
    }

    private static Path noForm(Path file) throws IOException {
        try (XWPFDocument d = new XWPFDocument(); OutputStream o = Files.newOutputStream(file)) {
            d.createParagraph().createRun().setText("关于做好预算绩效管理工作的通知");
            d.write(o);
        }
        return file;
    }

    /** A real form, saved with 打开密码. */
    private static Path encrypted(Path file) throws Exception {
        Path plain = OtherLayoutFiles.docx(file.resolveSibling("明文.docx"));
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor enc = info.getEncryptor();
        enc.confirmPassword("123456");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            try (OutputStream os = enc.getDataStream(fs)) {
                Files.copy(plain, os);
            }
            try (OutputStream o = Files.newOutputStream(file)) {
                fs.writeFilesystem(o);
            }
        }
        return file;
    }

    /** A real form cut off half way, as an interrupted copy leaves it. */
    private static Path truncated(Path file) throws IOException {
        byte[] whole = Files.readAllBytes(OtherLayoutFiles.docx(file.resolveSibling("完整.docx")));
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));
        return file;
    }

    /** WPS 文字's own format (an old compound file under .wps). */
    private static Path wps(Path file) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream o = Files.newOutputStream(file)) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[4096]), "WordDocument");
            fs.writeFilesystem(o);
        }
        return file;
    }
}
