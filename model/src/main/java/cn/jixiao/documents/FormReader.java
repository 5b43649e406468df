package cn.jixiao.documents;

import cn.jixiao.fields.FieldAddress;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * 表单回读: takes one of our own exported forms (Word or Excel) and recovers the value of every
 * bound field through the bindings the writers left in it, whatever the layout: in Word each value
 * sits between the start and end of a hidden bookmark ('_jx12') whose custom document property of
 * the same name holds the field's address; in Excel a very hidden sheet lists each value's cell,
 * its address and the label text around it. No layout is parsed.
 */
public final class FormReader {
    /** Custom document properties naming the unit, the year, the form and the style. */
    public static final String UNIT_ID = "jixiao.unitId";
    public static final String UNIT = "jixiao.unit";
    public static final String YEAR = "jixiao.year";
    public static final String FORM = "jixiao.form";
    public static final String STYLE = "jixiao.style";
    /** The year's 指标体系, so a unit made from the file prints the same empty 二级. */
    public static final String FRAMEWORK = "jixiao.framework";
    /** Prefix of the properties holding {@link FormDocument.Carried} values: the address, a line break, the value. */
    static final String CARRIED = "jixiao.carried.";

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** A document part larger than this is not one of ours: refused rather than read into memory. */
    private static final long MAX_PART = 512L * 1024 * 1024;

    private FormReader() {
    }

    /**
     * One field's value as the file holds it, and where: the cell ('Sheet1'!C5, as the field sheet's
     * formula names it after any renaming) or the Word bookmark ('_jx12') it was read from, so that a
     * remark on that cell or inside that bookmark can be put on the field.
     */
    public record Value(FieldAddress at, String text, String place) {
        public Value {
            place = place == null ? "" : place;
        }

        public Value(FieldAddress at, String text) {
            this(at, text, "");
        }
    }

    /** What a file holds: its origin (when it names one) and every bound value, in the order written. */
    public record Result(Optional<FormDocument.Origin> origin, List<Value> values) {
    }

    /** Reads a .docx or .xlsx written by {@link DocxWriter} or {@link XlsxWriter} (and saved again by an office program). */
    public static Result read(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("word/document.xml") != null) {
                return docx(zip);
            }
            if (zip.getEntry("xl/workbook.xml") != null) {
                return xlsx(file);
            }
        } catch (java.util.zip.ZipException e) {
            throw new IOException("“" + file.getFileName() + "”不是 Word 或 Excel 文件（.docx / .xlsx）", e);
        }
        throw new IOException("“" + file.getFileName() + "”不是 Word 或 Excel 文件（.docx / .xlsx）");
    }

    /**
     * Word: the field each binding bookmark of the file marks ('_jx12' → its address), the parts
     * that continue a value included; empty for a workbook or a file without bindings.
     */
    public static Map<String, FieldAddress> bookmarks(Path file) throws IOException {
        Map<String, FieldAddress> out = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("word/document.xml") == null) {
                return out;
            }
            customProperties(zip).forEach((name, address) -> {
                if (name.startsWith(DocxWriter.BOOKMARK_PREFIX)) {
                    FieldAddress.decode(address.startsWith(DocxWriter.CONTINUED) ? address.substring(1) : address)
                            // a remark inside a merged 一级 or 二级 goes to the first indicator under it
                            .ifPresent(at -> out.put(name, at.each().get(0)));
                }
            });
        } catch (java.util.zip.ZipException e) {
            throw new IOException("“" + file.getFileName() + "”不是 Word 或 Excel 文件（.docx / .xlsx）", e);
        }
        return out;
    }

    private static Result docx(ZipFile zip) throws IOException {
        Map<String, String> props = customProperties(zip);
        List<Value> values = new ArrayList<>();
        ZipEntry body = zip.getEntry("word/document.xml");
        try (InputStream in = part(zip, body)) {
            XMLStreamReader x = factory().createXMLStreamReader(in);
            Map<String, String> names = new HashMap<>();
            Map<String, StringBuilder> open = new LinkedHashMap<>();
            int runDepth = 0;
            while (x.hasNext()) {
                int e = x.next();
                if (e == XMLStreamConstants.START_ELEMENT && W.equals(x.getNamespaceURI())) {
                    switch (x.getLocalName()) {
                        case "bookmarkStart" -> {
                            String name = x.getAttributeValue(W, "name");
                            String id = x.getAttributeValue(W, "id");
                            if (name != null && name.startsWith(DocxWriter.BOOKMARK_PREFIX) && props.containsKey(name)) {
                                names.put(id, name);
                                open.put(id, new StringBuilder());
                            }
                        }
                        case "bookmarkEnd" -> {
                            String id = x.getAttributeValue(W, "id");
                            StringBuilder b = open.remove(id);
                            if (b != null) {
                                String address = props.get(names.get(id));
                                boolean continued = address.startsWith(DocxWriter.CONTINUED);
                                FieldAddress.decode(continued ? address.substring(1) : address)
                                        .ifPresent(at -> add(values, at, b.toString(), continued ? "\n" : "", names.get(id)));
                            }
                        }
                        case "r" -> runDepth++;
                        case "t" -> {
                            String t = x.getElementText();
                            open.values().forEach(b -> b.append(t));
                        }
                        case "tab" -> {
                            if (runDepth > 0) {
                                open.values().forEach(b -> b.append('\t'));
                            }
                        }
                        case "br", "cr" -> {
                            if (runDepth > 0) {
                                open.values().forEach(b -> b.append('\n'));
                            }
                        }
                        default -> { }
                    }
                } else if (e == XMLStreamConstants.END_ELEMENT && W.equals(x.getNamespaceURI())) {
                    if (x.getLocalName().equals("r")) {
                        runDepth--;
                    } else if (x.getLocalName().equals("p")) {
                        // a value over several lines is one paragraph a line
                        open.values().forEach(b -> b.append('\n'));
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException("Word 文件内容损坏，无法读取：" + e.getMessage(), e);
        }
        values.addAll(carried(props));
        return new Result(origin(props), values);
    }

    /** A value, or the next part of the value before it (joined by {@code separator}) when it continues it. */
    private static void add(List<Value> values, FieldAddress at, String text, String separator, String place) {
        List<FieldAddress> each = at.each();
        if (each.size() > 1) {
            // one printed 一级 or 二级 over several indicators: the value of each
            each.forEach(a -> values.add(new Value(a, text, place)));
            return;
        }
        if (!separator.isEmpty() && !values.isEmpty() && values.get(values.size() - 1).at().equals(at)) {
            Value before = values.remove(values.size() - 1);
            values.add(new Value(at, before.text() + separator + text, before.place()));
        } else {
            values.add(new Value(at, text, place));
        }
    }

    /**
     * Excel: the field sheet's rows and the cells they point at, read by streaming every sheet's XML
     * once (POI's event API) rather than building the workbook's XML beans: the 300-project
     * declaration workbook took about 1 s of CPU and 200 MB of heap that way (docs/benchmarks.md).
     */
    private static Result xlsx(Path file) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            Map<String, String> props = new HashMap<>();
            var custom = new POIXMLProperties(pkg).getCustomProperties();
            for (var p : custom.getUnderlyingProperties().getPropertyList()) {
                if (p.getName() != null && p.getName().startsWith("jixiao.") && p.isSetLpwstr()) {
                    props.put(p.getName(), p.getLpwstr());
                }
            }
            XSSFReader reader = new XSSFReader(pkg);
            SharedStrings strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            DataFormatter format = new DataFormatter();
            // sheet name → cell reference (C5) → text; Excel finds a sheet by its name in any case
            Map<String, Map<String, String>> sheets = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            List<FieldRow> rows = null;
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    String name = it.getSheetName();
                    boolean fieldSheet = name.equalsIgnoreCase(XlsxWriter.FIELD_SHEET);
                    Map<String, String> cells = new HashMap<>();
                    // the field sheet's first column is read as its formulas ('Sheet1'!C5), every other cell as shown
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new SheetContentsHandler() {
                        @Override
                        public void startRow(int rowNum) {
                        }

                        @Override
                        public void endRow(int rowNum) {
                        }

                        @Override
                        public void cell(String ref, String text, XSSFComment comment) {
                            if (ref != null && text != null) {
                                cells.put(ref, text);
                            }
                        }
                    }, format, fieldSheet));
                    xml.parse(new InputSource(in));
                    if (fieldSheet && rows == null) {
                        rows = FieldRow.of(cells);
                    } else if (!fieldSheet) {
                        sheets.putIfAbsent(name, cells);
                    }
                }
            }
            List<Value> values = new ArrayList<>();
            if (rows == null) {
                return new Result(origin(props), withCarried(values, props));
            }
            String lastCell = "";
            int cursor = 0;
            for (int k = 0; k < rows.size(); k++) {
                FieldRow r = rows.get(k);
                String ref = r.formula();
                Optional<FieldAddress> at = FieldAddress.decode(r.address());
                if (at.isEmpty() || !isCell(ref)) {
                    // a cell whose row or sheet was deleted: its formula now reads #REF!, the field is gone
                    continue;
                }
                String text = cellText(sheets, ref);
                if (!ref.equals(lastCell)) {
                    cursor = 0;
                    lastCell = ref;
                }
                boolean lastInCell = k + 1 >= rows.size() || !rows.get(k + 1).formula().equals(ref);
                String lead = r.lead();
                String after = r.after();
                int length = r.length();
                int start = text.startsWith(lead, cursor) ? cursor + lead.length() : text.indexOf(lead, cursor);
                if (start < 0) {
                    continue;
                }
                if (!text.startsWith(lead, cursor)) {
                    start += lead.length();
                }
                int end;
                if (after.isEmpty()) {
                    end = lastInCell ? text.length() : Math.min(text.length(), start + length);
                } else if (lastInCell) {
                    end = text.endsWith(after) ? text.length() - after.length() : text.indexOf(after, start);
                } else {
                    end = text.indexOf(after, start);
                }
                if (end < start) {
                    continue;
                }
                add(values, at.get(), text.substring(start, end), r.separator(), ref);
                cursor = end;
            }
            return new Result(origin(props), withCarried(values, props));
        } catch (InvalidFormatException | SAXException e) {
            throw new IOException("Excel 文件内容损坏，无法读取：" + e.getMessage(), e);
        } catch (OpenXML4JException | org.apache.xmlbeans.XmlException e) {
            throw new IOException("Excel 文件内容损坏，无法读取：" + e.getMessage(), e);
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One row of the field sheet (after its header): the formula pointing at the value's cell, the
     * field's address, the label text before and after the value, its length, and the separator
     * that joins it to the value before when it continues it.
     */
    private record FieldRow(int row, String formula, String address, String lead, String after, int length, String separator) {
        /** The rows below the header whose first cell holds a formula, top to bottom. */
        static List<FieldRow> of(Map<String, String> cells) {
            Map<Integer, String[]> byRow = new TreeMap<>();
            cells.forEach((ref, text) -> {
                CellReference c = new CellReference(ref);
                if (c.getRow() > 0 && c.getCol() <= 5) {
                    byRow.computeIfAbsent(c.getRow(), r -> new String[6])[c.getCol()] = text;
                }
            });
            List<FieldRow> out = new ArrayList<>();
            byRow.forEach((row, c) -> {
                if (c[0] != null && !c[0].isEmpty()) {
                    int length;
                    try {
                        length = c[4] == null || c[4].isBlank() ? 0 : (int) Double.parseDouble(c[4].strip());
                    } catch (NumberFormatException e) {
                        length = 0;
                    }
                    out.add(new FieldRow(row, c[0], orEmpty(c[1]), orEmpty(c[2]), orEmpty(c[3]), length, orEmpty(c[5])));
                }
            });
            return out;
        }

        private static String orEmpty(String s) {
            return s == null ? "" : s;
        }
    }

    private static boolean isCell(String ref) {
        try {
            CellReference c = new CellReference(ref);
            return c.getRow() >= 0 && c.getCol() >= 0 && !ref.contains("#REF!");
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The text of the cell a formula like 'sheet'!C5 points at; "" for an empty or missing cell. */
    private static String cellText(Map<String, Map<String, String>> sheets, String ref) {
        CellReference c = new CellReference(ref);
        Map<String, String> cells = sheets.get(c.getSheetName());
        if (cells == null) {
            return "";
        }
        return cells.getOrDefault(new CellReference(c.getRow(), c.getCol()).formatAsString(false), "");
    }

    private static Optional<FormDocument.Origin> origin(Map<String, String> props) {
        if (!props.containsKey(FORM)) {
            return Optional.empty();
        }
        int year;
        try {
            year = Integer.parseInt(props.getOrDefault(YEAR, "0").strip());
        } catch (NumberFormatException e) {
            year = 0;
        }
        return Optional.of(new FormDocument.Origin(props.get(UNIT_ID), props.get(UNIT), year, props.get(FORM), props.get(STYLE),
                props.get(FRAMEWORK)));
    }

    /** How a {@link FormDocument.Carried} value is kept in a document property: the address, a line break, the value. */
    static String carried(FormDocument.Carried c) {
        return c.at().encode() + "\n" + c.text();
    }

    /** The {@link FormDocument.Carried} values among a file's properties, in the order written. */
    private static List<Value> carried(Map<String, String> props) {
        Map<Integer, Value> out = new TreeMap<>();
        props.forEach((name, text) -> {
            if (!name.startsWith(CARRIED)) {
                return;
            }
            int cut = text.indexOf('\n');
            Integer n = number(name.substring(CARRIED.length()));
            if (cut < 0 || n == null) {
                return;
            }
            FieldAddress.decode(text.substring(0, cut)).ifPresent(at -> out.put(n, new Value(at, text.substring(cut + 1))));
        });
        return new ArrayList<>(out.values());
    }

    private static Integer number(String digits) {
        try {
            return Integer.valueOf(digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<Value> withCarried(List<Value> values, Map<String, String> props) {
        values.addAll(carried(props));
        return values;
    }

    /** The custom document properties of a Word file: name → text value. */
    private static Map<String, String> customProperties(ZipFile zip) throws IOException {
        Map<String, String> out = new HashMap<>();
        ZipEntry e = zip.getEntry("docProps/custom.xml");
        if (e == null) {
            return out;
        }
        try (InputStream in = part(zip, e)) {
            XMLStreamReader x = factory().createXMLStreamReader(in);
            String name = null;
            while (x.hasNext()) {
                int ev = x.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    if (x.getLocalName().equals("property")) {
                        name = x.getAttributeValue(null, "name");
                    } else if (name != null && x.getLocalName().equals("lpwstr")) {
                        out.put(name, x.getElementText());
                        name = null;
                    }
                }
            }
        } catch (XMLStreamException ex) {
            throw new IOException("文件属性损坏，无法读取：" + ex.getMessage(), ex);
        }
        return out;
    }

    private static InputStream part(ZipFile zip, ZipEntry e) throws IOException {
        if (e.getSize() > MAX_PART) {
            throw new IOException("文件中的“" + e.getName() + "”过大，不是本程序导出的表单");
        }
        return zip.getInputStream(e);
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }
}
