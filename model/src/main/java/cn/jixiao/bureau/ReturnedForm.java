package cn.jixiao.bureau;

import cn.jixiao.documents.FormDocument;
import cn.jixiao.documents.FormReader;
import cn.jixiao.fields.FieldAddress;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * 退回的表格: a workbook or document the program exported, as the finance bureau sent it back:
 * its origin (unit, year, form, style from the document properties), every bound value as it
 * now reads, the bureau's remarks (cell comments, Word comments, 审核意见 cells, columns and
 * sheets), the rows of its bound tables, and the file's date. Reading changes nothing.
 *
 * @param fileName the file's name, for messages ('2024-项目支出绩效目标申报表.xlsx')
 * @param rows     per sheet or Word table, its rows with the fields bound in each, for rows the bureau added
 */
public record ReturnedForm(String fileName, Optional<FormDocument.Origin> origin, List<FormReader.Value> values,
                           List<Remark> remarks, List<List<GridRow>> rows, LocalDate date) {
    /** The title of a column, cell or sheet the bureau writes its remarks under. */
    static final String REVIEW_TITLE = "审核意见";
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /**
     * 审核意见: one remark of the bureau. {@code at} is the field it sits on when the file says so
     * (a comment on a bound cell, inside a bound bookmark, in the row of one); else {@code hint}
     * is what the bureau wrote beside it (a 审核意见 sheet's first column), for the comparison to
     * match against the fields' names.
     *
     * @param kind 批注 or 审核意见
     */
    public record Remark(Optional<FieldAddress> at, String hint, String kind, String text) {
    }

    /** One row of a sheet or Word table: the fields bound in it and its text. */
    public record GridRow(List<FieldAddress> bound, String text) {
    }

    /** Reads a returned .xlsx or .docx; an IOException's message is Chinese and names the file. */
    public static ReturnedForm read(Path file) throws IOException {
        FormReader.Result result = FormReader.read(file);
        String name = file.getFileName().toString();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("word/document.xml") != null) {
                Word w = word(zip, FormReader.bookmarks(file));
                return new ReturnedForm(name, result.origin(), result.values(), w.remarks, w.rows, date(zip, file));
            }
        }
        return excel(file, name, result);
    }

    // ---------------------------------------------------------------- Excel

    private static ReturnedForm excel(Path file, String name, FormReader.Result result) throws IOException {
        // cell ('sheet', row, column) → the fields bound in it, in the order written
        Map<String, List<FieldAddress>> byCell = new LinkedHashMap<>();
        for (FormReader.Value v : result.values()) {
            if (!v.place().isEmpty()) {
                CellReference c = new CellReference(v.place());
                List<FieldAddress> list = byCell.computeIfAbsent(key(c.getSheetName(), c.getRow(), c.getCol()), k -> new ArrayList<>());
                if (!list.contains(v.at())) {
                    list.add(v.at());
                }
            }
        }
        List<Remark> remarks = new ArrayList<>();
        List<List<GridRow>> rows = new ArrayList<>();
        LocalDate date;
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ); XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
            DataFormatter format = new DataFormatter();
            for (Sheet sheet : wb) {
                if (wb.isSheetVeryHidden(wb.getSheetIndex(sheet)) || wb.isSheetHidden(wb.getSheetIndex(sheet))) {
                    continue;
                }
                String s = sheet.getSheetName();
                if (s.contains(REVIEW_TITLE) || s.equals("意见")) {
                    remarks.addAll(reviewSheet(sheet, format));
                    continue;
                }
                for (Map.Entry<CellAddress, ? extends Comment> e : sheet.getCellComments().entrySet()) {
                    String text = commentText(e.getValue());
                    if (!text.isBlank()) {
                        remarks.add(new Remark(near(byCell, s, e.getKey().getRow(), e.getKey().getColumn()), "", "批注", text));
                    }
                }
                List<GridRow> grid = new ArrayList<>();
                int reviewColumn = -1;
                int last = sheet.getLastRowNum();
                for (int r = 0; r <= last; r++) {
                    Row row = sheet.getRow(r);
                    List<FieldAddress> bound = new ArrayList<>();
                    StringBuilder text = new StringBuilder();
                    if (row != null) {
                        for (Cell c : row) {
                            String t = cellText(format, c).strip();
                            bound.addAll(byCell.getOrDefault(key(s, r, c.getColumnIndex()), List.of()));
                            if (t.isEmpty()) {
                                continue;
                            }
                            if (isReviewTitle(t)) {
                                reviewColumn = c.getColumnIndex();
                                continue;
                            }
                            String inline = inlineReview(t);
                            if (c.getColumnIndex() == reviewColumn || inline != null) {
                                String remark = inline != null ? inline : t;
                                if (!remark.isBlank()) {
                                    remarks.add(new Remark(near(byCell, s, r, c.getColumnIndex()), "", REVIEW_TITLE, remark));
                                }
                                continue;
                            }
                            text.append(text.isEmpty() ? "" : " | ").append(t);
                        }
                    }
                    grid.add(new GridRow(bound, text.toString()));
                }
                rows.add(grid);
            }
            date = toDate(wb.getProperties().getCoreProperties().getModified())
                    .or(() -> toDate(wb.getProperties().getCoreProperties().getCreated()))
                    .orElse(fileDate(file));
        } catch (InvalidFormatException e) {
            throw new IOException("“" + name + "”内容损坏，无法读取", e);
        }
        return new ReturnedForm(name, result.origin(), result.values(), remarks, rows, date);
    }

    private static String key(String sheet, int row, int col) {
        return sheet + "!" + row + ":" + col;
    }

    /** The field of a cell, else the nearest bound cell of its row (a comment on a label or a 审核意见 column). */
    private static Optional<FieldAddress> near(Map<String, List<FieldAddress>> byCell, String sheet, int row, int col) {
        List<FieldAddress> here = byCell.get(key(sheet, row, col));
        if (here != null && !here.isEmpty()) {
            return Optional.of(here.get(0));
        }
        for (int d = 1; d < 64; d++) {
            for (int c : new int[]{col + d, col - d}) {
                List<FieldAddress> there = c < 0 ? null : byCell.get(key(sheet, row, c));
                if (there != null && !there.isEmpty()) {
                    return Optional.of(there.get(0));
                }
            }
        }
        return Optional.empty();
    }

    /** A 审核意见 sheet: each row's last text is a remark, its first (when there are two) names the field. */
    private static List<Remark> reviewSheet(Sheet sheet, DataFormatter format) {
        List<Remark> out = new ArrayList<>();
        for (Row row : sheet) {
            List<String> texts = new ArrayList<>();
            for (Cell c : row) {
                String t = cellText(format, c).strip();
                if (!t.isEmpty()) {
                    texts.add(t);
                }
            }
            if (texts.isEmpty() || texts.size() == 1 && isReviewTitle(texts.get(0)) || texts.stream().anyMatch(ReturnedForm::isReviewTitle)) {
                continue;
            }
            String text = texts.get(texts.size() - 1);
            out.add(new Remark(Optional.empty(), texts.size() > 1 ? texts.get(0) : "", REVIEW_TITLE, text));
        }
        return out;
    }

    private static boolean isReviewTitle(String text) {
        String t = text.replace(" ", "").replace("\u3000", "").replace("：", "").replace(":", "");
        return t.equals(REVIEW_TITLE) || t.equals("财政" + REVIEW_TITLE) || t.equals("财政局" + REVIEW_TITLE);
    }

    /** '审核意见：……' written into a cell: the text after the colon; null for any other text. */
    private static String inlineReview(String text) {
        String t = text.replace("\u3000", " ").strip();
        for (String prefix : List.of("财政局审核意见", "财政审核意见", REVIEW_TITLE)) {
            if (t.startsWith(prefix)) {
                String rest = t.substring(prefix.length()).strip();
                if (rest.startsWith("：") || rest.startsWith(":")) {
                    return rest.substring(1).strip();
                }
            }
        }
        return null;
    }

    private static String commentText(Comment c) {
        String text = c.getString() == null ? "" : c.getString().getString();
        String author = c.getAuthor() == null ? "" : c.getAuthor().strip();
        // Excel starts a note with its author's name on a line of its own
        if (!author.isEmpty() && text.startsWith(author + ":")) {
            text = text.substring(author.length() + 1);
        } else if (!author.isEmpty() && text.startsWith(author + "：")) {
            text = text.substring(author.length() + 1);
        }
        return text.strip();
    }

    private static String cellText(DataFormatter format, Cell c) {
        return c.getCellType() == CellType.STRING ? c.getStringCellValue() : format.formatCellValue(c);
    }

    // ---------------------------------------------------------------- Word

    private record Word(List<Remark> remarks, List<List<GridRow>> rows) {
    }

    /** A Word table's row being read: its cells' texts and the fields bound in each. */
    private static final class WordRow {
        final List<StringBuilder> cells = new ArrayList<>();
        final List<List<FieldAddress>> bound = new ArrayList<>();
    }

    private static Word word(ZipFile zip, Map<String, FieldAddress> bookmarks) throws IOException {
        Map<String, String> comments = wordComments(zip);
        Map<String, FieldAddress> placed = new HashMap<>();
        List<String> order = new ArrayList<>();
        List<Remark> remarks = new ArrayList<>();
        List<List<GridRow>> tables = new ArrayList<>();
        try (InputStream in = zip.getInputStream(zip.getEntry("word/document.xml"))) {
            XMLStreamReader x = factory().createXMLStreamReader(in);
            Map<String, FieldAddress> openById = new LinkedHashMap<>();
            List<String> pending = new ArrayList<>();
            FieldAddress lastClosed = null;
            java.util.Deque<List<GridRow>> tableStack = new java.util.ArrayDeque<>();
            java.util.Deque<WordRow> rowStack = new java.util.ArrayDeque<>();
            java.util.Deque<Integer> reviewColumns = new java.util.ArrayDeque<>();
            StringBuilder paragraph = new StringBuilder();
            while (x.hasNext()) {
                int e = x.next();
                if (e == XMLStreamConstants.START_ELEMENT && W.equals(x.getNamespaceURI())) {
                    switch (x.getLocalName()) {
                        case "tbl" -> {
                            tableStack.push(new ArrayList<>());
                            reviewColumns.push(-1);
                        }
                        case "tr" -> rowStack.push(new WordRow());
                        case "tc" -> {
                            if (!rowStack.isEmpty()) {
                                rowStack.peek().cells.add(new StringBuilder());
                                rowStack.peek().bound.add(new ArrayList<>());
                            }
                        }
                        case "p" -> paragraph.setLength(0);
                        case "bookmarkStart" -> {
                            FieldAddress at = bookmarks.get(x.getAttributeValue(W, "name"));
                            if (at != null) {
                                openById.put(x.getAttributeValue(W, "id"), at);
                                for (String id : pending) {
                                    placed.putIfAbsent(id, at);
                                }
                                pending.clear();
                                WordRow row = rowStack.peek();
                                if (row != null && !row.bound.isEmpty() && !row.bound.get(row.bound.size() - 1).contains(at)) {
                                    row.bound.get(row.bound.size() - 1).add(at);
                                }
                            }
                        }
                        case "bookmarkEnd" -> {
                            FieldAddress at = openById.remove(x.getAttributeValue(W, "id"));
                            if (at != null) {
                                lastClosed = at;
                            }
                        }
                        case "commentRangeStart", "commentReference" -> {
                            String id = x.getAttributeValue(W, "id");
                            if (id != null && !placed.containsKey(id) && !order.contains(id)) {
                                order.add(id);
                                if (!openById.isEmpty()) {
                                    FieldAddress inner = null;
                                    for (FieldAddress a : openById.values()) {
                                        inner = a;
                                    }
                                    placed.put(id, inner);
                                } else if (x.getLocalName().equals("commentReference") && lastClosed != null) {
                                    placed.put(id, lastClosed);
                                } else {
                                    pending.add(id);
                                }
                            } else if (id != null && x.getLocalName().equals("commentReference") && !placed.containsKey(id)
                                    && lastClosed != null) {
                                placed.put(id, lastClosed);
                                pending.remove(id);
                            }
                        }
                        case "t" -> {
                            String t = x.getElementText();
                            paragraph.append(t);
                            if (!rowStack.isEmpty() && !rowStack.peek().cells.isEmpty()) {
                                List<StringBuilder> cells = rowStack.peek().cells;
                                cells.get(cells.size() - 1).append(t);
                            }
                        }
                        default -> { }
                    }
                } else if (e == XMLStreamConstants.END_ELEMENT && W.equals(x.getNamespaceURI())) {
                    switch (x.getLocalName()) {
                        case "p" -> {
                            String inline = inlineReview(paragraph.toString());
                            if (rowStack.isEmpty() && inline != null && !inline.isBlank()) {
                                remarks.add(new Remark(Optional.ofNullable(lastClosed), "", REVIEW_TITLE, inline));
                            }
                        }
                        case "tr" -> {
                            WordRow row = rowStack.pop();
                            List<FieldAddress> bound = new ArrayList<>();
                            row.bound.forEach(bound::addAll);
                            StringBuilder text = new StringBuilder();
                            int reviewColumn = reviewColumns.isEmpty() ? -1 : reviewColumns.peek();
                            for (int c = 0; c < row.cells.size(); c++) {
                                String t = row.cells.get(c).toString().strip();
                                if (t.isEmpty()) {
                                    continue;
                                }
                                if (isReviewTitle(t)) {
                                    reviewColumns.pop();
                                    reviewColumns.push(c);
                                    continue;
                                }
                                String inline = inlineReview(t);
                                if (c == reviewColumn || inline != null) {
                                    String remark = inline != null ? inline : t;
                                    if (!remark.isBlank()) {
                                        remarks.add(new Remark(bound.isEmpty() ? Optional.empty() : Optional.of(bound.get(0)), "",
                                                REVIEW_TITLE, remark));
                                    }
                                    continue;
                                }
                                text.append(text.isEmpty() ? "" : " | ").append(t);
                            }
                            if (!tableStack.isEmpty()) {
                                tableStack.peek().add(new GridRow(bound, text.toString()));
                            }
                        }
                        case "tbl" -> {
                            tables.add(tableStack.pop());
                            reviewColumns.pop();
                        }
                        default -> { }
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException("Word 文件内容损坏，无法读取", e);
        }
        for (String id : order) {
            String text = comments.getOrDefault(id, "").strip();
            if (!text.isEmpty()) {
                remarks.add(new Remark(Optional.ofNullable(placed.get(id)), "", "批注", text));
            }
        }
        // comments in the comments part but anchored nowhere in the body (a reader that dropped the anchor)
        for (Map.Entry<String, String> c : comments.entrySet()) {
            if (!order.contains(c.getKey()) && !c.getValue().isBlank()) {
                remarks.add(new Remark(Optional.empty(), "", "批注", c.getValue().strip()));
            }
        }
        return new Word(remarks, tables);
    }

    /** word/comments.xml: comment id → its text, paragraphs joined by line breaks. */
    private static Map<String, String> wordComments(ZipFile zip) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        ZipEntry e = zip.getEntry("word/comments.xml");
        if (e == null) {
            return out;
        }
        try (InputStream in = zip.getInputStream(e)) {
            XMLStreamReader x = factory().createXMLStreamReader(in);
            String id = null;
            StringBuilder text = new StringBuilder();
            boolean firstParagraph = true;
            while (x.hasNext()) {
                int ev = x.next();
                if (ev == XMLStreamConstants.START_ELEMENT && W.equals(x.getNamespaceURI())) {
                    switch (x.getLocalName()) {
                        case "comment" -> {
                            id = x.getAttributeValue(W, "id");
                            text.setLength(0);
                            firstParagraph = true;
                        }
                        case "p" -> {
                            if (id != null && !firstParagraph) {
                                text.append('\n');
                            }
                            firstParagraph = false;
                        }
                        case "t" -> {
                            String t = x.getElementText();
                            if (id != null) {
                                text.append(t);
                            }
                        }
                        default -> { }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT && W.equals(x.getNamespaceURI())
                        && x.getLocalName().equals("comment") && id != null) {
                    out.put(id, text.toString());
                    id = null;
                }
            }
        } catch (XMLStreamException ex) {
            throw new IOException("Word 文件的批注损坏，无法读取", ex);
        }
        return out;
    }

    /** The date the file was last saved, from docProps/core.xml; else the file's own time. */
    private static LocalDate date(ZipFile zip, Path file) throws IOException {
        ZipEntry e = zip.getEntry("docProps/core.xml");
        if (e != null) {
            try (InputStream in = zip.getInputStream(e)) {
                XMLStreamReader x = factory().createXMLStreamReader(in);
                String modified = null;
                String created = null;
                while (x.hasNext()) {
                    if (x.next() == XMLStreamConstants.START_ELEMENT) {
                        if (x.getLocalName().equals("modified")) {
                            modified = x.getElementText();
                        } else if (x.getLocalName().equals("created")) {
                            created = x.getElementText();
                        }
                    }
                }
                String whenCreated = created;
                Optional<LocalDate> d = parse(modified).or(() -> parse(whenCreated));
                if (d.isPresent()) {
                    return d.get();
                }
            } catch (XMLStreamException ignored) {
                // a damaged properties part: the file's own time says when it was saved
            }
        }
        return fileDate(file);
    }

    private static Optional<LocalDate> parse(String w3cdtf) {
        if (w3cdtf == null || w3cdtf.strip().length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(java.time.OffsetDateTime.parse(w3cdtf.strip()).atZoneSameInstant(ZoneId.systemDefault()).toLocalDate());
        } catch (java.time.format.DateTimeParseException e) {
            try {
                return Optional.of(LocalDate.parse(w3cdtf.strip().substring(0, 10)));
            } catch (java.time.format.DateTimeParseException again) {
                return Optional.empty();
            }
        }
    }

    private static Optional<LocalDate> toDate(Date d) {
        return Optional.ofNullable(d).map(x -> x.toInstant().atZone(ZoneId.systemDefault()).toLocalDate());
    }

    private static LocalDate fileDate(Path file) throws IOException {
        return Files.getLastModifiedTime(file).toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }
}
