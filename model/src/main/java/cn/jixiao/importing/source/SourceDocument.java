package cn.jixiao.importing.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * 来源文件: a Word or Excel file being imported, read into its tables. Nothing of the file's format
 * (Word, Excel, old or new) is left: the recogniser sees tables of text.
 *
 * @param file       the file as chosen
 * @param format     what it was read as
 * @param tables     every table (Word) or block (Excel) in document order
 * @param trailingText paragraphs after the last table (Word), e.g. "填表人：… 电话：…"
 * @param properties the file's custom document properties (our own exports name unit, year, form,
 *                   style there: see FormReader); empty for files without them
 */
public record SourceDocument(Path file, Format format, List<SourceTable> tables, List<String> trailingText,
                             Map<String, String> properties) {
    public SourceDocument {
        tables = List.copyOf(tables);
        trailingText = List.copyOf(trailingText);
        properties = Map.copyOf(properties);
    }

    /** 文件格式. */
    public enum Format {
        DOCX("Word 文档（.docx）"), DOC("Word 97-2003 文档（.doc）"), XLSX("Excel 工作簿（.xlsx）"), XLS("Excel 97-2003 工作簿（.xls）");

        private final String label;

        Format(String label) {
            this.label = label;
        }

        /** The format's name for the clerk. */
        public String label() {
            return label;
        }
    }
}
