package cn.jixiao.bureau;

import cn.jixiao.documents.DocxWriter;
import cn.jixiao.documents.FormDocument;
import cn.jixiao.documents.FormReader;
import cn.jixiao.documents.XlsxWriter;
import cn.jixiao.documents.layout.SeedFidelity;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.editing.EditHistory;
import cn.jixiao.fields.FieldAddress;
import cn.jixiao.fields.FieldCatalogue;
import cn.jixiao.fields.FieldComment;
import cn.jixiao.sample.Samples;
import cn.jixiao.store.UnitFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bureau's answer, field by field. Each seed form, exported as Excel and as Word, gets three
 * values changed and two comments added with POI, as the bureau's Excel or Word would, is saved
 * again by LibreOffice (as WPS would; skipped, saying so, where LibreOffice is missing), and
 * compared with the unit: exactly those three differences and those two remarks, on the right
 * fields, and no row added or deleted. A workbook of another unit, one not made by the program and
 * one whose bindings were lost are refused with a message naming the file.
 */
class ReturnedFormsTest {
    @TempDir
    static Path dir;

    private static final W W_NS = new W();

    /** What a returned file was given: the three changed fields (address → new text) and the two remarked ones. */
    record Bureau(SeedFidelity.Entry entry, String format, Map<FieldAddress, String> changed, Map<FieldAddress, String> remarked) {
    }

    @TestFactory
    Stream<DynamicTest> everySeedFormComesBackWithExactlyTheBureausChangesAndRemarks() throws Exception {
        Path soffice = soffice();
        List<Bureau> made = new ArrayList<>();
        // -Dreturned.keys=001_report,000_01 narrows the run to those forms while one is being looked into
        Set<String> only = Set.of(System.getProperty("returned.keys", "").split(","));
        for (SeedFidelity.Entry e : SeedFidelity.manifest()) {
            if (!only.contains("") && !only.contains(e.key())) {
                continue;
            }
            for (String format : List.of("xlsx", "docx")) {
                made.add(make(e, format));
            }
        }
        Path out = dir.resolve("out");
        if (soffice == null) {
            System.err.println("ReturnedFormsTest: LibreOffice (soffice) is not installed; the returned files are compared as POI"
                    + " saved them, without the re-save by an office program");
            out = dir.resolve("in");
        } else {
            for (String format : List.of("xlsx", "docx")) {
                resave(soffice, format, made.stream().filter(b -> b.format().equals(format))
                        .map(b -> dir.resolve("in").resolve(b.entry().key() + "." + format)).toList());
            }
        }
        Path saved = out;
        return made.stream().map(b -> DynamicTest.dynamicTest(b.entry() + " " + b.format(), () -> check(b,
                saved.resolve(b.entry().key() + "." + b.format()))));
    }

    private static void check(Bureau b, Path returned) throws Exception {
        assertTrue(Files.exists(returned), "LibreOffice wrote " + returned.getFileName());
        Unit unit = Samples.load(b.entry().sample());
        ReturnedForms.Comparison c = ReturnedForms.compare(unit, returned);
        String what = b.entry() + " " + b.format();
        Map<FieldAddress, String> found = new LinkedHashMap<>();
        c.differences().forEach(d -> found.put(d.at(), d.returned()));
        assertEquals(b.changed(), found, what + ": the differences\n" + String.join("\n", c.lines()));
        Map<FieldAddress, String> remarks = new LinkedHashMap<>();
        c.remarks().forEach(r -> remarks.put(r.at().orElse(null), r.text()));
        assertEquals(b.remarked(), remarks, what + ": the remarks\n" + String.join("\n", c.lines()));
        assertEquals(List.of(), c.rows(), what + ": no row added or deleted\n" + String.join("\n", c.lines()));
        assertEquals(b.entry().year(), c.year());
    }

    /** Exports the form, changes three values and remarks on two fields with POI. */
    private static Bureau make(SeedFidelity.Entry e, String format) throws IOException {
        Unit unit = Samples.load(e.sample());
        FiscalYear year = unit.year(e.year()).orElseThrow();
        List<Project> projects = e.project().isEmpty() ? year.projects : List.of(year.project(e.project()).orElseThrow());
        List<FormDocument> docs = SeedFidelity.layout(e.form(), e.style()).documents(unit, year, projects, 0);
        Path exported = dir.resolve("exported").resolve(e.key() + "." + format);
        Path in = dir.resolve("in").resolve(e.key() + "." + format);
        Files.createDirectories(exported.getParent());
        Files.createDirectories(in.getParent());
        if (format.equals("xlsx")) {
            XlsxWriter.write(docs, exported);
        } else {
            DocxWriter.write(docs, exported);
        }
        List<FormReader.Value> values = FormReader.read(exported).values();
        List<FormReader.Value> candidates = candidates(unit, year, values, format.equals("docx") ? FormReader.bookmarks(exported) : Map.of(),
                format.equals("xlsx") ? wholeCells(exported) : Set.of());
        // LibreOffice counts a Word comment's anchor as a character and so moves the end of every
        // bookmark after it in the same paragraph one character back (its own text then loses its last
        // character): a reader cannot tell that from a change, so the bureau's Word comments go on
        // values that end their paragraph, where it moves none
        Set<String> remarkable = format.equals("docx") ? lastInParagraph(exported) : null;
        List<FormReader.Value> forRemarks = candidates.stream().filter(v -> remarkable == null || remarkable.contains(v.place())).toList();
        assertTrue(candidates.size() >= 5 && forRemarks.size() >= 2, e + " " + format + ": fields to change and remark: "
                + candidates.size() + ", " + forRemarks.size());
        List<FormReader.Value> toRemark = List.of(forRemarks.get(0), forRemarks.get(forRemarks.size() - 1));
        List<FormReader.Value> rest = candidates.stream().filter(v -> !toRemark.contains(v)).toList();
        List<FormReader.Value> toChange = List.of(rest.get(0), rest.get(rest.size() / 2), rest.get(rest.size() - 1));
        Map<FieldAddress, String> changed = new LinkedHashMap<>();
        Map<FieldAddress, String> remarked = new LinkedHashMap<>();
        Map<String, String> newText = new HashMap<>();
        Map<String, String> remarkText = new HashMap<>();
        for (int k = 0; k < 3; k++) {
            FormReader.Value v = toChange.get(k);
            String now = v.text() + "（财政局改" + k + "）";
            changed.put(v.at(), now);
            newText.put(v.place(), now);
        }
        for (int k = 0; k < 2; k++) {
            FormReader.Value v = toRemark.get(k);
            String remark = "请核实" + FieldCatalogue.describe(unit, year, v.at()).replace(" · ", "") + "（审核" + k + "）";
            remarked.put(v.at(), remark);
            remarkText.put(v.place(), remark);
        }
        if (format.equals("xlsx")) {
            excel(exported, in, newText, remarkText);
        } else {
            word(exported, in, newText, remarkText);
        }
        return new Bureau(e, format, changed, remarked);
    }

    /**
     * Fields that can be changed as a clerk would see them: non-empty, on one line, bound once, in a
     * place of their own (a cell holding that value alone, a bookmark that is not continued).
     */
    private static List<FormReader.Value> candidates(Unit unit, FiscalYear year, List<FormReader.Value> values,
                                                     Map<String, FieldAddress> bookmarks, Set<String> wholeCells) {
        Map<FieldAddress, Long> count = values.stream().collect(Collectors.groupingBy(FormReader.Value::at, Collectors.counting()));
        Map<FieldAddress, Long> marks = bookmarks.values().stream().collect(Collectors.groupingBy(a -> a, Collectors.counting()));
        Map<String, Long> places = values.stream().collect(Collectors.groupingBy(FormReader.Value::place, Collectors.counting()));
        return values.stream().filter(v -> count.get(v.at()) == 1 && places.get(v.place()) == 1 && !v.text().isBlank()
                        && !v.text().contains("\n") && v.text().equals(v.text().strip())
                        && (bookmarks.isEmpty() || marks.getOrDefault(v.at(), 0L) == 1)
                        && (wholeCells.isEmpty() || wholeCells.contains(v.place()))
                        && FieldCatalogue.read(unit, year, v.at()).isPresent())
                .toList();
    }

    /** The cells of a workbook whose whole text is one bound value (no label before or after it in the cell). */
    private static Set<String> wholeCells(Path xlsx) throws IOException {
        Set<String> out = new java.util.HashSet<>();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet fields = wb.getSheet("jixiao字段");
            for (Row r : fields) {
                Cell f = r.getCell(0);
                if (r.getRowNum() > 0 && f != null && f.getCellType() == CellType.FORMULA
                        && text(r.getCell(2)).isEmpty() && text(r.getCell(3)).isEmpty()) {
                    out.add(f.getCellFormula());
                }
            }
        }
        return out;
    }

    private static String text(Cell c) {
        return c == null ? "" : c.getCellType() == CellType.STRING ? c.getStringCellValue() : "x";
    }

    /** As the bureau's Excel: the cell's text replaced, a note (批注) on a cell. */
    private static void excel(Path from, Path to, Map<String, String> newText, Map<String, String> remarks) throws IOException {
        try (InputStream in = Files.newInputStream(from); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            newText.forEach((place, text) -> {
                // a new cell in the old one's place and style: POI keeps an inline string's old text otherwise
                Cell old = cell(wb, place);
                var style = old.getCellStyle();
                Row row = old.getRow();
                int col = old.getColumnIndex();
                row.removeCell(old);
                Cell now = row.createCell(col);
                now.setCellStyle(style);
                now.setCellValue(text);
            });
            remarks.forEach((place, text) -> {
                Cell cell = cell(wb, place);
                Sheet s = cell.getSheet();
                Drawing<?> d = s.createDrawingPatriarch();
                ClientAnchor a = wb.getCreationHelper().createClientAnchor();
                a.setCol1(cell.getColumnIndex() + 1);
                a.setCol2(cell.getColumnIndex() + 4);
                a.setRow1(cell.getRowIndex());
                a.setRow2(cell.getRowIndex() + 3);
                Comment c = d.createCellComment(a);
                c.setString(new XSSFRichTextString(text));
                c.setAuthor(FieldComment.BUREAU);
                cell.setCellComment(c);
            });
            try (OutputStream out = Files.newOutputStream(to)) {
                wb.write(out);
            }
        }
    }

    private static Cell cell(XSSFWorkbook wb, String place) {
        CellReference r = new CellReference(place);
        Row row = wb.getSheet(r.getSheetName()).getRow(r.getRow());
        Cell c = row.getCell(r.getCol());
        return c == null ? row.createCell(r.getCol()) : c;
    }

    /** As the bureau's Word: the text inside a bound bookmark replaced, a comment anchored on a bookmark's text. */
    private static void word(Path from, Path to, Map<String, String> newText, Map<String, String> remarks) throws IOException {
        try (InputStream in = Files.newInputStream(from); XWPFDocument doc = new XWPFDocument(in)) {
            Element body = (Element) doc.getDocument().getBody().getDomNode();
            Map<String, Element> starts = new HashMap<>();
            NodeList all = body.getElementsByTagNameNS(W_NS.uri, "bookmarkStart");
            for (int i = 0; i < all.getLength(); i++) {
                Element s = (Element) all.item(i);
                starts.put(s.getAttributeNS(W_NS.uri, "name"), s);
            }
            newText.forEach((name, text) -> {
                List<Element> ts = textsInside(starts.get(name));
                assertTrue(!ts.isEmpty(), "bookmark " + name + " holds text");
                for (int k = 0; k < ts.size(); k++) {
                    Element t = ts.get(k);
                    while (t.getFirstChild() != null) {
                        t.removeChild(t.getFirstChild());
                    }
                    t.appendChild(t.getOwnerDocument().createTextNode(k == 0 ? text : ""));
                }
            });
            XWPFComments comments = doc.createComments();
            int id = 100;
            for (Map.Entry<String, String> r : remarks.entrySet()) {
                Element start = starts.get(r.getKey());
                Element end = endOf(start);
                String cid = String.valueOf(id);
                XWPFComment c = comments.createComment(BigInteger.valueOf(id++));
                c.setAuthor(FieldComment.BUREAU);
                c.setInitials("CZJ");
                c.createParagraph().createRun().setText(r.getValue());
                Element rangeStart = element(start, "commentRangeStart", cid);
                start.getParentNode().insertBefore(rangeStart, start.getNextSibling());
                Element rangeEnd = element(start, "commentRangeEnd", cid);
                end.getParentNode().insertBefore(rangeEnd, end);
                // the reference inside the bookmark, after the range, as Word writes it when the
                // comment covers the whole value
                Element run = start.getOwnerDocument().createElementNS(W_NS.uri, "w:r");
                run.appendChild(element(start, "commentReference", cid));
                end.getParentNode().insertBefore(run, end);
            }
            try (OutputStream out = Files.newOutputStream(to)) {
                doc.write(out);
            }
        }
    }

    /** The binding bookmarks of a Word file after which no other starts in the same paragraph. */
    private static Set<String> lastInParagraph(Path docx) throws IOException {
        Set<String> out = new java.util.HashSet<>();
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            Element body = (Element) doc.getDocument().getBody().getDomNode();
            NodeList ps = body.getElementsByTagNameNS(W_NS.uri, "p");
            for (int i = 0; i < ps.getLength(); i++) {
                NodeList starts = ((Element) ps.item(i)).getElementsByTagNameNS(W_NS.uri, "bookmarkStart");
                if (starts.getLength() > 0) {
                    out.add(((Element) starts.item(starts.getLength() - 1)).getAttributeNS(W_NS.uri, "name"));
                }
            }
        }
        return out;
    }

    private static Element element(Node near, String name, String id) {
        Element e = near.getOwnerDocument().createElementNS(W_NS.uri, "w:" + name);
        e.setAttributeNS(W_NS.uri, "w:id", id);
        return e;
    }

    /** The w:t elements between a bookmark's start and its end, in the same paragraph. */
    private static List<Element> textsInside(Element start) {
        List<Element> out = new ArrayList<>();
        String id = start.getAttributeNS(W_NS.uri, "id");
        for (Node n = start.getNextSibling(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                if (e.getLocalName().equals("bookmarkEnd") && e.getAttributeNS(W_NS.uri, "id").equals(id)) {
                    break;
                }
                NodeList ts = e.getElementsByTagNameNS(W_NS.uri, "t");
                for (int i = 0; i < ts.getLength(); i++) {
                    out.add((Element) ts.item(i));
                }
            }
        }
        return out;
    }

    private static Element endOf(Element start) {
        String id = start.getAttributeNS(W_NS.uri, "id");
        for (Node n = start.getNextSibling(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals("bookmarkEnd") && e.getAttributeNS(W_NS.uri, "id").equals(id)) {
                return e;
            }
        }
        throw new AssertionError("bookmark " + start.getAttributeNS(W_NS.uri, "name") + " ends in another paragraph");
    }

    private static final class W {
        final String uri = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    }

    /** One LibreOffice run for all files of a format: it takes long to start. */
    private static void resave(Path soffice, String format, List<Path> files) throws Exception {
        List<String> args = new ArrayList<>(List.of(soffice.toString(), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", format, "--outdir", dir.resolve("out").toString()));
        files.forEach(f -> args.add(f.toString()));
        Path log = dir.resolve("soffice-" + format + ".log");
        Process p = new ProcessBuilder(args).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(600, TimeUnit.SECONDS), "LibreOffice did not finish");
        assertEquals(0, p.exitValue(), Files.readString(log));
    }

    static Path soffice() {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(d, "soffice");
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ refusals and acceptance

    private static Path export(Unit unit, SeedFidelity.Entry e, Path file) throws IOException {
        FiscalYear year = unit.year(e.year()).orElseThrow();
        List<Project> projects = e.project().isEmpty() ? year.projects : List.of(year.project(e.project()).orElseThrow());
        List<FormDocument> docs = SeedFidelity.layout(e.form(), e.style()).documents(unit, year, projects, 0);
        Files.createDirectories(file.getParent());
        if (file.toString().endsWith(".xlsx")) {
            XlsxWriter.write(docs, file);
        } else {
            DocxWriter.write(docs, file);
        }
        return file;
    }

    private static SeedFidelity.Entry first(String sample) {
        return SeedFidelity.manifest().stream().filter(x -> x.sample().equals(sample) && !x.project().isEmpty()).findFirst().orElseThrow();
    }

    @Test
    void anotherUnitsWorkbookIsRefusedNamingTheFileAndTheUnit() throws Exception {
        SeedFidelity.Entry e = first("xiangyin-office");
        Path file = export(Samples.load(e.sample()), e, dir.resolve("other").resolve("湘阴退回.xlsx"));
        Unit hengyang = Samples.load("hengyang-office");
        ReturnedForms.Refused r = assertThrows(ReturnedForms.Refused.class, () -> ReturnedForms.compare(hengyang, file));
        assertTrue(r.getMessage().contains("湘阴退回.xlsx") && r.getMessage().contains("不是本单位"), r.getMessage());
        assertTrue(r.getMessage().contains("湘阴县人民政府办公室"), r.getMessage());
    }

    @Test
    void aWorkbookNotMadeByTheProgramIsRefused() throws Exception {
        Path file = dir.resolve("foreign").resolve("自制表格.xlsx");
        Files.createDirectories(file.getParent());
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Row r = wb.createSheet("Sheet1").createRow(0);
            r.createCell(0).setCellValue("项目名称");
            r.createCell(1).setCellValue("机要工作经费");
            wb.write(out);
        }
        Unit unit = Samples.load("hengyang-office");
        ReturnedForms.Refused r = assertThrows(ReturnedForms.Refused.class, () -> ReturnedForms.compare(unit, file));
        assertTrue(r.getMessage().contains("自制表格.xlsx") && r.getMessage().contains("不是本程序导出的表格"), r.getMessage());

        Path text = dir.resolve("foreign").resolve("意见.xlsx");
        Files.writeString(text, "不是表格");
        r = assertThrows(ReturnedForms.Refused.class, () -> ReturnedForms.compare(unit, text));
        assertTrue(r.getMessage().contains("意见.xlsx"), r.getMessage());
    }

    @Test
    void aWorkbookWhoseBindingsWereLostIsRefusedRatherThanGuessed() throws Exception {
        SeedFidelity.Entry e = first("hengyang-office");
        Unit unit = Samples.load(e.sample());
        Path file = export(unit, e, dir.resolve("lost").resolve("复制后.xlsx"));
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            wb.removeSheetAt(wb.getSheetIndex("jixiao字段"));
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        ReturnedForms.Refused r = assertThrows(ReturnedForms.Refused.class, () -> ReturnedForms.compare(unit, file));
        assertTrue(r.getMessage().contains("复制后.xlsx") && r.getMessage().contains("字段标记已经丢失"), r.getMessage());
    }

    @Test
    void aDeletedIndicatorRowAnAddedRowAndAReviewColumnAreShownAsSuch() throws Exception {
        SeedFidelity.Entry e = first("hengyang-office");
        Unit unit = Samples.load(e.sample());
        FiscalYear year = unit.year(e.year()).orElseThrow();
        Project project = year.project(e.project()).orElseThrow();
        Path file = export(unit, e, dir.resolve("rows").resolve("增删行.xlsx"));
        String indicator = project.indicators.get(0).name;
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheetAt(0);
            int found = -1;
            for (Row r : s) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(indicator)) {
                        found = r.getRowNum();
                    }
                }
            }
            assertTrue(found > 0, "the first indicator's row");
            // a new row typed after the second indicator, the first indicator's row deleted (its cells
            // named by the field sheet then read #REF!, as Excel leaves them)
            s.shiftRows(found + 2, s.getLastRowNum(), 1);
            Row added = s.createRow(found + 2);
            added.createCell(2).setCellValue("新增指标：培训人次");
            added.createCell(3).setCellValue("≥20人次");
            // a 审核意见 column beside the second indicator
            int col = s.getRow(found + 1).getLastCellNum() + 1;
            s.getRow(found - 1 < 0 ? 0 : found - 1).createCell(col).setCellValue("审核意见");
            s.getRow(found + 1).createCell(col).setCellValue("指标值偏低");
            Sheet fields = wb.getSheet("jixiao字段");
            String sheetName = s.getSheetName();
            for (Row r : fields) {
                Cell f = r.getCell(0);
                if (f != null && f.getCellType() == CellType.FORMULA) {
                    CellReference ref = new CellReference(f.getCellFormula());
                    if (ref.getRow() == found && sheetName.equals(ref.getSheetName())) {
                        f.setCellFormula("#REF!");
                    }
                }
            }
            s.removeRow(s.getRow(found));
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        ReturnedForms.Comparison c = ReturnedForms.compare(unit, file);
        String report = String.join("\n", c.lines());
        assertTrue(c.rows().stream().anyMatch(r -> r.kind() == ReturnedForms.RowKind.DELETED && r.what().contains(indicator)), report);
        assertTrue(c.rows().stream().anyMatch(r -> r.kind() == ReturnedForms.RowKind.ADDED && r.text().contains("培训人次")), report);
        assertTrue(c.remarks().stream().anyMatch(r -> r.text().equals("指标值偏低")
                && r.at().map(a -> a.indicatorId().equals(project.indicators.get(1).id)).orElse(false)), report);
    }

    @Test
    void acceptingTheChosenChangesAndRemarksIsOneUndoStep() throws Exception {
        SeedFidelity.Entry e = first("hengyang-office");
        Unit unit = Samples.load(e.sample());
        FiscalYear year = unit.year(e.year()).orElseThrow();
        Bureau b = make(e, "xlsx");
        Path returned = dir.resolve("in").resolve(e.key() + ".xlsx");
        Path file = dir.resolve("accept").resolve("unit.jixiao");
        Files.createDirectories(file.getParent());
        try (UnitFile f = UnitFile.create(file)) {
            f.importUnit(unit);
            EditHistory history = new EditHistory(f);
            ReturnedForms.Comparison c = ReturnedForms.compare(unit, returned);
            assertEquals(3, c.differences().size(), String.join("\n", c.lines()));
            List<ReturnedForms.Difference> two = c.differences().subList(0, 2);
            List<FieldComment> comments = new ArrayList<>();
            Map<FieldAddress, String> before = new LinkedHashMap<>();
            c.differences().forEach(d -> before.put(d.at(), FieldCatalogue.read(unit, year, d.at()).orElseThrow()));
            history.perform(ReturnedForms.accept(unit, c, two, true, comments));

            Unit saved = f.load();
            FiscalYear savedYear = saved.year(e.year()).orElseThrow();
            for (ReturnedForms.Difference d : c.differences()) {
                String expected = two.contains(d) ? d.returned() : before.get(d.at());
                assertEquals(expected, FieldCatalogue.read(unit, year, d.at()).orElseThrow(), "in memory: " + d.label());
                assertEquals(expected, FieldCatalogue.read(saved, savedYear, d.at()).orElseThrow(), "saved: " + d.label());
            }
            assertEquals(2, comments.size());
            assertEquals(2, f.comments(e.year()).size());
            assertEquals(Set.copyOf(b.remarked().keySet()), comments.stream().map(x -> x.at).collect(Collectors.toSet()));

            history.undo();
            Unit undone = f.load();
            for (ReturnedForms.Difference d : c.differences()) {
                assertEquals(before.get(d.at()), FieldCatalogue.read(undone, undone.year(e.year()).orElseThrow(), d.at()).orElseThrow());
            }
            assertTrue(comments.isEmpty());
            assertTrue(f.comments(e.year()).isEmpty());
            assertTrue(!history.canUndo(), "one undo step");
        }
    }
}
