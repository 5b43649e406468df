package cn.jixiao.importing.source;

import cn.jixiao.domain.Unit;
import cn.jixiao.importing.FormImport;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every kind of file the import must refuse, each built here: refused within seconds, with a
 * Chinese message that names the file and says what to do and holds no library text, the file
 * left byte for byte as it was, and (for the bombs) without filling memory.
 */
class HostileImportFilesTest {
    @TempDir
    static Path dir;

    // ---- WPS's own formats and files that are something else under a Word name ----

    @Test
    void wpsOwnFormatsAreRefusedWithWhatToSaveAs() throws Exception {
        Path docx = SourceFiles.export("000_01", "docx", dir);
        refused(Files.copy(docx, dir.resolve("申报表.wps")), "WPS", "另存为 .docx");
        Path xlsx = SourceFiles.export("000_01", "xlsx", dir);
        refused(Files.copy(xlsx, dir.resolve("申报表.et")), "WPS", "另存为 .xlsx");
        // an OLE2 file whose stream is WordDocument, as WPS 文字 writes its .wps
        Path ole = dir.resolve("旧文件.wps");
        writeOle(ole, "WordDocument", new byte[4096]);
        refused(ole, "WPS", "另存为 .docx");
    }

    @Test
    void anOfficeFileOfNeitherWordNorExcelIsRefused() throws Exception {
        Path ole = dir.resolve("其他格式.doc");
        writeOle(ole, "CONTENTS", new byte[4096]);
        refused(ole, "另存为 .docx");
    }

    @Test
    void webPagesAndRtfSavedAsDocAreRefusedWithSaveAsDocx() throws Exception {
        Path html = dir.resolve("网页.doc");
        Files.writeString(html, "\uFEFF<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><body><table><tr><td rowspan=2>产出指标</td></tr></table></body></html>");
        refused(html, "网页", "请用 Word 或 WPS 另存为 .docx");
        Path rtf = dir.resolve("富文本.doc");
        Files.writeString(rtf, "{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 SimSun;}} \\trowd\\cellx1000 产出指标\\cell\\row}");
        refused(rtf, "RTF", "请用 Word 或 WPS 另存为 .docx");
    }

    // ---- passwords ----

    @Test
    void encryptedWordAndExcelFilesAreRefusedAskingToRemoveThePassword() throws Exception {
        for (String format : new String[]{"docx", "xlsx"}) {
            Path plain = SourceFiles.export("000_01", format, dir);
            Path locked = dir.resolve("加密." + format);
            encrypt(plain, locked, EncryptionMode.agile);
            refused(locked, "密码", "取消密码");
            Path standard = dir.resolve("加密-标准." + format);
            encrypt(plain, standard, EncryptionMode.standard);
            refused(standard, "取消密码");
        }
    }

    @Test
    void encryptedXlsAndDocAreRefusedAskingToRemoveThePassword() throws Exception {
        Path xls = dir.resolve("加密.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(Files.newInputStream(SourceFiles.resource("other-layout.xls")))) {
            Biff8EncryptionKey.setCurrentUserPassword("mima2024");
            try (OutputStream out = Files.newOutputStream(xls)) {
                wb.write(out);
            } finally {
                Biff8EncryptionKey.setCurrentUserPassword(null);
            }
        }
        refused(xls, "取消密码");
        Path doc = dir.resolve("加密.doc");
        try (HWPFDocument d = new HWPFDocument(Files.newInputStream(SourceFiles.resource("other-layout.doc")))) {
            Biff8EncryptionKey.setCurrentUserPassword("mima2024");
            try (OutputStream out = Files.newOutputStream(doc)) {
                d.write(out);
            } finally {
                Biff8EncryptionKey.setCurrentUserPassword(null);
            }
        }
        refused(doc, "取消密码");
    }

    // ---- damaged, truncated, empty, not a document ----

    @Test
    void truncatedFilesAreRefusedAsIncomplete() throws Exception {
        for (Path whole : new Path[]{SourceFiles.export("001_01", "docx", dir), SourceFiles.export("001_01", "xlsx", dir),
                SourceFiles.resource("hengyang-2022-self-evaluation.doc"), SourceFiles.resource("hengyang-2022-self-evaluation.xls")}) {
            byte[] bytes = Files.readAllBytes(whole);
            String name = whole.getFileName().toString();
            Path cut = dir.resolve("不完整-" + name);
            Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
            refused(cut, "不完整");
        }
    }

    @Test
    void emptyAndForeignFilesAreRefused() throws Exception {
        Path empty = Files.createFile(dir.resolve("空白.docx"));
        refused(empty, "空文件");
        Path text = dir.resolve("说明.xlsx");
        Files.writeString(text, "项目名称：大院保安转辅警经费\n资金总额：152.5\n");
        refused(text, "不是 Word 或 Excel 文件");
        Path zip = dir.resolve("压缩包.docx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("not a document".getBytes(StandardCharsets.UTF_8));
        }
        refused(zip, "不是 Word 或 Excel 文件");
    }

    // ---- too large ----

    @Test
    void aFileOver50MbIsRefusedUnread() throws Exception {
        Path big = dir.resolve("大文件.xlsx");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.write(new byte[]{'P', 'K', 3, 4});
            f.setLength(51L * 1024 * 1024);
        }
        ImportRefusal e = refused(big, "51.0 MB", "50 MB");
        assertTrue(e.getMessage().contains("上限"), e.getMessage());
    }

    /** A Word table claiming a cell 100,000 columns wide (Word allows 63): refused, not laid out in memory. */
    @Test
    void aWordGridFarWiderThanWordAllowsIsRefused() throws Exception {
        Path wide = replaceText(SourceFiles.resource("other-layout.docx"), "word/document.xml", "<w:gridSpan w:val=\"3\"/>",
                "<w:gridSpan w:val=\"100000\"/>", dir.resolve("超宽表格.docx"));
        refused(wide, "第1个表格", "63 列");
    }

    /** A workbook whose XML inflates past what POI can hold in bounded memory, though it compresses like text. */
    @Test
    void aWorkbookInflatingBeyondItsLimitIsRefusedUnparsed() throws Exception {
        Path xlsx = SourceFiles.export("000_01", "xlsx", dir);
        String part = partHolding(xlsx, "大院保安转辅警经费");
        byte[] original;
        try (ZipFile zip = new ZipFile(xlsx.toFile()); InputStream in = zip.getInputStream(zip.getEntry(part))) {
            original = in.readAllBytes();
        }
        Path big = dir.resolve("巨大工作簿.xlsx");
        java.util.Random random = new java.util.Random(24);
        rewrite(xlsx, big, part, out -> {
            out.write(original);
            // a comment after the root element: well-formed, and as incompressible as real text
            out.write("<!--".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[1 << 20];
            for (long written = 0; written <= SourceReader.MAX_WORKBOOK_XML; written += chunk.length) {
                for (int i = 0; i < chunk.length; i++) {
                    chunk[i] = (byte) ('a' + random.nextInt(26));
                }
                out.write(chunk);
            }
            out.write("-->".getBytes(StandardCharsets.UTF_8));
        });
        long peak = peakHeapDuring(() -> refused(big, "解压后有", "超过可导入的工作簿上限 24 MB"));
        assertTrue(peak < 256L * 1024 * 1024, "heap peak " + peak / 1048576 + " MB");
    }

    @Test
    void aCellOfMoreThan1MbIsRefusedNamingTheCell() throws Exception {
        // text that compresses like text (a repeated character would be refused as a bomb first)
        java.util.Random random = new java.util.Random(16);
        StringBuilder b = new StringBuilder();
        while (b.length() < 2 * 1024 * 1024) {
            b.append((char) (0x4e00 + random.nextInt(0x5000)));
        }
        String huge = b.toString();
        Path docx = replaceText(SourceFiles.export("000_01", "docx", dir), "word/document.xml", "大院保安转辅警经费", huge,
                dir.resolve("长单元格.docx"));
        ImportRefusal e = refused(docx, "1 MB", "第1个表格 第1行第2列");
        assertFalse(e.getMessage().contains(huge.substring(0, 20)));
        Path xlsx = SourceFiles.export("000_01", "xlsx", dir);
        String part = partHolding(xlsx, "大院保安转辅警经费");
        refused(replaceText(xlsx, part, "大院保安转辅警经费", huge, dir.resolve("长单元格.xlsx")), "1 MB", "B4");
    }

    /** The checks without the tables: our own workbook passes with its properties, anything but a workbook is left to read(). */
    @Test
    void vettingAWorkbookGivesItsPropertiesWithoutReadingIt() throws Exception {
        Path xlsx = SourceFiles.export("000_01", "xlsx", dir);
        assertEquals("declaration", SourceReader.vetWorkbook(xlsx).orElseThrow().get(cn.jixiao.documents.FormReader.FORM));
        assertEquals(SourceReader.read(xlsx).properties(), SourceReader.vetWorkbook(xlsx).orElseThrow());
        assertTrue(SourceReader.vetWorkbook(SourceFiles.export("000_01", "docx", dir)).isEmpty());
        assertTrue(SourceReader.vetWorkbook(SourceFiles.resource("hengyang-2022-self-evaluation.xls")).isEmpty());
    }

    // ---- zip bombs and entity expansion ----

    @Test
    void zipBombsAreRefusedWithoutFillingMemory() throws Exception {
        for (String format : new String[]{"docx", "xlsx"}) {
            Path plain = SourceFiles.export("000_01", format, dir);
            String part = format.equals("docx") ? "word/document.xml" : partHolding(plain, "大院保安转辅警经费");
            Path bomb = dir.resolve("炸弹." + format);
            rewrite(plain, bomb, part, out -> {
                out.write("<?xml version=\"1.0\"?><w:document xmlns:w=\"x\"><w:body>".getBytes(StandardCharsets.UTF_8));
                byte[] spaces = new byte[1 << 20];
                Arrays.fill(spaces, (byte) ' ');
                for (int i = 0; i < 400; i++) {
                    out.write(spaces);
                }
            });
            assertTrue(Files.size(bomb) < 5L * 1024 * 1024, "a small file: " + Files.size(bomb));
            long peak = peakHeapDuring(() -> refused(bomb, "解压后的内容异常庞大"));
            assertTrue(peak < 256L * 1024 * 1024, "heap peak " + peak / 1048576 + " MB");
        }
    }

    @Test
    void entityDeclarationsAreRefused() throws Exception {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
                + "<!ENTITY lol9 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">]>";
        String external = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
        for (String format : new String[]{"docx", "xlsx"}) {
            Path plain = SourceFiles.export("000_01", format, dir);
            String part = format.equals("docx") ? "word/document.xml" : partHolding(plain, "大院保安转辅警经费");
            for (String[] kind : new String[][]{{"laughs", laughs, "&lol9;"}, {"xxe", external, "&xxe;"}}) {
                Path file = dir.resolve("实体-" + kind[0] + "." + format);
                String body = kind[1] + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                        + "<w:body><w:p><w:r><w:t>" + kind[2] + "</w:t></w:r></w:p></w:body></w:document>";
                rewrite(plain, file, part, out -> out.write(body.getBytes(StandardCharsets.UTF_8)));
                refused(file, "实体声明");
            }
        }
    }

    // ---- helpers ----

    /** Reads the file expecting a refusal: quick, in Chinese, naming the file, no library text, the file unchanged. */
    static ImportRefusal refused(Path file, String... says) throws Exception {
        String before = sha256(file);
        long start = System.nanoTime();
        ImportRefusal e = assertThrows(ImportRefusal.class, () -> SourceReader.read(file));
        long ms = (System.nanoTime() - start) / 1_000_000;
        String m = e.getMessage();
        System.out.println("refused in " + ms + " ms: " + m);
        assertTrue(ms < 10_000, file.getFileName() + " took " + ms + " ms");
        assertTrue(m.contains("“" + file.getFileName() + "”"), "names the file: " + m);
        for (String s : says) {
            assertTrue(m.contains(s), "says " + s + ": " + m);
        }
        for (String foreign : new String[]{"Exception", "org.", "java.", "POI", "zip", "XML", "null"}) {
            assertFalse(m.contains(foreign), "no library text (" + foreign + "): " + m);
        }
        assertEquals(file, e.file());
        // the import refuses it alike: our own workbooks are only vetted there (vetWorkbook), then read through their bindings
        String said = new FormImport().preview(file, new Unit()).refusal()
                .orElseThrow(() -> new AssertionError(file.getFileName() + " was imported"));
        for (String s : says) {
            assertTrue(said.contains(s), "the import says " + s + ": " + said);
        }
        assertEquals(before, sha256(file), "the refused file is unchanged");
        return e;
    }

    interface Body {
        void write(OutputStream out) throws IOException;
    }

    interface Action {
        void run() throws Exception;
    }

    /** A copy of a zip with one part's content replaced. */
    static void rewrite(Path from, Path to, String part, Body body) throws IOException {
        try (ZipFile zip = new ZipFile(from.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(part)) {
                    body.write(out);
                } else {
                    try (InputStream in = zip.getInputStream(e)) {
                        in.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
    }

    static Path replaceText(Path from, String part, String text, String with, Path to) throws IOException {
        String xml;
        try (ZipFile zip = new ZipFile(from.toFile()); InputStream in = zip.getInputStream(zip.getEntry(part))) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(xml.contains(text), part + " holds " + text);
        String replaced = xml.replace(text, with);
        rewrite(from, to, part, out -> out.write(replaced.getBytes(StandardCharsets.UTF_8)));
        return to;
    }

    /** The part of a workbook whose XML holds a cell's text (a sheet with inline strings, or the shared strings). */
    static String partHolding(Path file, String text) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (!e.getName().startsWith("xl/worksheets/") && !e.getName().equals("xl/sharedStrings.xml")) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(e)) {
                    if (new String(in.readAllBytes(), StandardCharsets.UTF_8).contains(text)) {
                        return e.getName();
                    }
                }
            }
        }
        throw new AssertionError("no part holds " + text);
    }

    static void encrypt(Path plain, Path to, EncryptionMode mode) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(mode);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("mima2024");
            try (OutputStream os = enc.getDataStream(fs); InputStream in = Files.newInputStream(plain)) {
                in.transferTo(os);
            }
            try (OutputStream out = Files.newOutputStream(to)) {
                fs.writeFilesystem(out);
            }
        }
    }

    static void writeOle(Path to, String stream, byte[] content) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(content), stream);
            try (OutputStream out = Files.newOutputStream(to)) {
                fs.writeFilesystem(out);
            }
        }
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    /**
     * The heap's peak during an action: the sum of every heap pool's peak, an upper bound (the
     * pools peak at different moments). A bomb inflated into memory would show hundreds of MB.
     */
    static long peakHeapDuring(Action action) throws Exception {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
        action.run();
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                peak += p.getPeakUsage().getUsed();
            }
        }
        System.out.println("heap peak while refusing: " + peak / 1048576 + " MB");
        return peak;
    }
}
