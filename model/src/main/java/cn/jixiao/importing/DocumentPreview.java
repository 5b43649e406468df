package cn.jixiao.importing;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * 文件预览: one document chosen for import, either read (its forms, each one project or one
 * unit-level form) or refused as a whole with a Chinese message that names the document and the
 * reason (未找到项目表格, 已加密, 不是 Word 或 Excel 文件 …). A refused document imports nothing.
 *
 * @param file    the document as chosen
 * @param forms   the forms found, in document order; empty when refused
 * @param refusal why nothing of the document can be imported; empty when it was read
 * @param unitName the unit the document says it is of (our own exports name it); "" when it names none
 * @param formStyle the 版式 our own export was printed in (its id); "" for any other document
 * @param framework the 指标体系 of the year our own export was printed from (its id); "" for any other document
 */
public record DocumentPreview(Path file, List<FormPreview> forms, Optional<String> refusal, String unitName,
                              String formStyle, String framework) {
    public DocumentPreview {
        forms = List.copyOf(forms);
        unitName = unitName == null ? "" : unitName;
        formStyle = formStyle == null ? "" : formStyle;
        framework = framework == null ? "" : framework;
        if (refusal.isPresent() && !forms.isEmpty()) {
            throw new IllegalArgumentException("a refused document has no forms");
        }
    }

    static DocumentPreview read(Path file, List<FormPreview> forms) {
        return new DocumentPreview(file, forms, Optional.empty(), "", "", "");
    }

    /** One of our own exports: it names its unit, the 版式 it was printed in and the year's 指标体系. */
    static DocumentPreview own(Path file, List<FormPreview> forms, cn.jixiao.documents.FormDocument.Origin origin) {
        return new DocumentPreview(file, forms, Optional.empty(), origin.unitName(), origin.style(), origin.framework());
    }

    static DocumentPreview refused(Path file, String message) {
        return new DocumentPreview(file, List.of(), Optional.of(message), "", "", "");
    }

    public boolean isRefused() {
        return refusal.isPresent();
    }
}
