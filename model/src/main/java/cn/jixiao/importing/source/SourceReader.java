package cn.jixiao.importing.source;

import cn.jixiao.documents.PoiLogging;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.POIDocument;
import org.apache.poi.hpsf.DocumentSummaryInformation;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * 读取来源文件: reads a clerk's Word or Excel file (.docx, .doc, .xlsx, .xls) into its tables of
 * text, whatever layout it has; recognising forms in them is the recogniser's work. What a file
 * is comes from its bytes, not its name (WPS often saves a .docx, a web page or RTF under ".doc").
 * Files that cannot or must not be read are refused with a message for the clerk, before they
 * can fill memory: WPS's own formats, passwords, damaged or truncated files, zip bombs, entity
 * declarations, files over {@link #MAX_FILE_BYTES}, cells over 1 MB of text. The file is only
 * ever opened for reading.
 */
public final class SourceReader {
    /** 50 MB: a year's forms of a whole unit fit in a few; a larger file is refused unread. */
    public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    /**
     * What an Excel workbook may inflate to. POI holds every sheet's XML as objects, some 20-30
     * times its size: the 300-project declaration workbook inflates to 8.3 MB and took under 300
     * MB of heap (docs/benchmarks.md); the program's own exports of 500 projects a file stay
     * below this. A larger workbook is refused with a message rather than run out of memory.
     */
    public static final long MAX_WORKBOOK_XML = 24L * 1024 * 1024;

    private static final Set<String> WPS_TEXT = Set.of("wps", "wpt");
    private static final Set<String> WPS_SHEET = Set.of("et", "ett");
    private static final Set<String> WPS_SLIDES = Set.of("dps", "dpt");
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private SourceReader() {
    }

    /** Reads a file into its tables; refuses it with a message for the clerk when it cannot be read. */
    public static SourceDocument read(Path file) throws ImportRefusal {
        PoiLogging.quiet();
        String ext = extension(file);
        return read(file, ext, vetName(file, ext));
    }

    /**
     * 工作簿检查: every check {@link #read} makes of an Excel workbook (.xlsx) — the file's size and
     * format, the zip inflated and counted (bombs), no entity declarations, what it inflates to —
     * without building its tables, which for a workbook means parsing every sheet. Our own exports
     * are then read through their field bindings alone ({@code FormReader}): one parse of the
     * 300-project declaration workbook instead of two (docs/benchmarks.md). Gives the workbook's
     * custom document properties; empty when the file is no .xlsx package (a .docx, .doc, .xls, …),
     * which {@link #read} reads and checks as before.
     */
    public static Optional<Map<String, String>> vetWorkbook(Path file) throws ImportRefusal {
        PoiLogging.quiet();
        if (!startsWith(vetName(file, extension(file)), ZIP)) {
            return Optional.empty();
        }
        // the same checks, in the same order, as read's: a bomb is refused before any part is parsed
        try (OfficePackage pkg = OfficePackage.open(file, OfficePackage.MAX_TOTAL)) {
            if (pkg.has("word/document.xml")) {
                return Optional.empty();
            }
            checkWorkbook(file, pkg);
            return Optional.of(pkg.customProperties());
        } catch (RuntimeException e) {
            throw damaged(file, e);
        }
    }

    /**
     * Refuses the text of a workbook's cell ({@code 'Sheet1'!C5}) over 1 MB, as {@link #read} refuses
     * it in a table: for our own workbooks, whose bound cells are read past the tables.
     */
    public static void checkCellText(Path file, String cell, CharSequence text) throws ImportRefusal {
        CellReference c = new CellReference(cell);
        SourceText.checkLength(file, text, SheetReader.place(c.getSheetName(), c.getRow(), c.getCol()));
    }

    /** The checks made before a file's bytes are parsed: it exists, is not empty nor too large, nor one of WPS's own formats; its first bytes. */
    private static byte[] vetName(Path file, String ext) throws ImportRefusal {
        long size;
        try {
            if (!Files.isRegularFile(file)) {
                throw new ImportRefusal(file, "找不到文件“" + name(file) + "”，或它不是一个文件；请重新选择。");
            }
            size = Files.size(file);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        if (size == 0) {
            throw new ImportRefusal(file, "“" + name(file) + "”是空文件（0 字节），没有可导入的内容；请检查是否选错了文件，或文件是否复制完整。");
        }
        if (size > MAX_FILE_BYTES) {
            throw new ImportRefusal(file, "“" + name(file) + "”有 " + String.format(Locale.ROOT, "%.1f", size / 1048576.0)
                    + " MB，超过可导入的上限 50 MB；请把其中的表格分成几个较小的文件再导入。");
        }
        if (WPS_TEXT.contains(ext)) {
            throw wps(file, "WPS 文字", ".docx（Word 文档）");
        }
        if (WPS_SHEET.contains(ext)) {
            throw wps(file, "WPS 表格", ".xlsx（Excel 工作簿）");
        }
        if (WPS_SLIDES.contains(ext)) {
            throw new ImportRefusal(file, "“" + name(file) + "”是 WPS 演示文稿，其中没有可导入的表格；请选择申报表或自评表的 Word / Excel 文件。");
        }
        return head(file);
    }

    private static SourceDocument read(Path file, String ext, byte[] head) throws ImportRefusal {
        try {
            if (startsWith(head, ZIP)) {
                return ooxml(file);
            }
            if (startsWith(head, OLE2)) {
                return ole2(file, ext);
            }
        } catch (EncryptedDocumentException e) {
            throw password(file, e);
        } catch (ImportRefusal e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // POI's many ways of saying the bytes are not what they claim (RecordFormatException, …)
            throw damaged(file, e);
        }
        String text = new String(head, StandardCharsets.ISO_8859_1).stripLeading().replace("\u00ef\u00bb\u00bf", "");
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("{\\rtf")) {
            throw new ImportRefusal(file, "“" + name(file) + "”实际是 RTF 格式，不是 Word 文档；请用 Word 或 WPS 另存为 .docx 再导入。");
        }
        if (lower.startsWith("<") || lower.startsWith("mime-version")) {
            throw new ImportRefusal(file, "“" + name(file) + "”实际是网页格式，不是 Word 或 Excel 文件；"
                    + "请用 Word 或 WPS 另存为 .docx（表格另存为 .xlsx）再导入。");
        }
        throw notDocument(file);
    }

    private static SourceDocument ooxml(Path file) throws ImportRefusal, IOException {
        // the zip is checked whole first: a bomb is refused before any part is parsed
        try (OfficePackage pkg = OfficePackage.open(file, OfficePackage.MAX_TOTAL)) {
            if (pkg.has("word/document.xml")) {
                return DocxReader.read(file, pkg);
            }
            checkWorkbook(file, pkg);
            Map<String, String> properties = pkg.customProperties();
            try (OPCPackage opc = OPCPackage.open(file.toFile(), PackageAccess.READ);
                 XSSFWorkbook wb = new XSSFWorkbook(opc)) {
                return SheetReader.read(file, wb, SourceDocument.Format.XLSX, properties);
            } catch (InvalidFormatException e) {
                throw damaged(file, e);
            }
        }
    }

    /** Refuses a checked zip that is no Excel workbook, or one inflating beyond {@link #MAX_WORKBOOK_XML}. */
    private static void checkWorkbook(Path file, OfficePackage pkg) throws ImportRefusal {
        if (!pkg.has("xl/workbook.xml")) {
            if (pkg.has("mimetype") || pkg.has("content.xml")) {
                throw new ImportRefusal(file, "“" + name(file) + "”是 OpenDocument 格式（.odt / .ods），"
                        + "请用 WPS 或 LibreOffice 另存为 .docx / .xlsx 再导入。");
            }
            throw notDocument(file);
        }
        if (pkg.inflated() > MAX_WORKBOOK_XML) {
            throw new ImportRefusal(file, "“" + name(file) + "”解压后有 " + pkg.inflated() / 1048576 + " MB，超过可导入的工作簿上限 "
                    + MAX_WORKBOOK_XML / 1048576 + " MB；请把其中的工作表分到几个较小的文件再导入。");
        }
    }

    private static SourceDocument ole2(Path file, String ext) throws ImportRefusal, IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                throw password(file, null);
            }
            if (root.hasEntry("WordDocument")) {
                try (HWPFDocument doc = new HWPFDocument(root)) {
                    return DocReader.read(file, doc);
                }
            }
            if (root.hasEntry("Workbook") || root.hasEntry("WORKBOOK") || root.hasEntry("BOOK") || root.hasEntry("Book")) {
                try (HSSFWorkbook wb = new HSSFWorkbook(root, true)) {
                    return SheetReader.read(file, wb, SourceDocument.Format.XLS, customProperties(wb));
                }
            }
        }
        // an OLE2 file that is neither: WPS's own formats under another name, Works, PowerPoint, …
        throw new ImportRefusal(file, "“" + name(file) + "”不是 Word 或 Excel 能读的格式（可能是 WPS 自有格式"
                + (ext.isEmpty() ? "" : "改了扩展名") + "）；请用 WPS 或 Word 打开后另存为 .docx（表格另存为 .xlsx）再导入。");
    }

    /** The custom document properties of an old Word or Excel file, as text. */
    static Map<String, String> customProperties(POIDocument doc) {
        Map<String, String> out = new LinkedHashMap<>();
        DocumentSummaryInformation info = doc.getDocumentSummaryInformation();
        if (info != null && info.getCustomProperties() != null) {
            info.getCustomProperties().forEach((k, v) -> {
                if (k != null && v != null) {
                    out.put(k, v.toString());
                }
            });
        }
        return out;
    }

    static String name(Path file) {
        Path n = file.getFileName();
        return n == null ? file.toString() : n.toString();
    }

    static ImportRefusal damaged(Path file, Throwable cause) {
        return new ImportRefusal(file, "“" + name(file) + "”已损坏或不完整（可能没有下载或复制完整），无法读取；"
                + "请重新获取文件，或用 Word / Excel 打开并另存为 .docx / .xlsx 后再导入。", cause);
    }

    static ImportRefusal unreadable(Path file, Throwable cause) {
        return new ImportRefusal(file, "无法打开“" + name(file) + "”；请检查文件是否存在、是否正被其他程序占用。", cause);
    }

    private static ImportRefusal notDocument(Path file) {
        return new ImportRefusal(file, "“" + name(file) + "”不是 Word 或 Excel 文件（.docx / .doc / .xlsx / .xls），"
                + "或文件已损坏；请选择申报表或自评表的 Word / Excel 文件。");
    }

    private static ImportRefusal password(Path file, Throwable cause) {
        return new ImportRefusal(file, "“" + name(file) + "”设有打开密码，无法读取；请在 Word、Excel 或 WPS 中取消密码"
                + "（文件 → 信息 → 保护 → 用密码进行加密，清空密码）后再导入。", cause);
    }

    private static ImportRefusal wps(Path file, String kind, String target) {
        return new ImportRefusal(file, "“" + name(file) + "”是 " + kind + "的自有格式，无法直接导入；"
                + "请用 WPS 打开它，另存为 " + target + "后再导入。");
    }

    private static String extension(Path file) {
        String n = name(file);
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static byte[] head(Path file) throws ImportRefusal {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(512);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
