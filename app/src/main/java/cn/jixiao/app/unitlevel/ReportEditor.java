package cn.jixiao.app.unitlevel;

import cn.jixiao.app.Messages;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Json;
import cn.jixiao.domain.ReportSection;
import cn.jixiao.domain.SelfEvaluationReport;
import cn.jixiao.domain.TextInput;
import cn.jixiao.editing.Edits;
import cn.jixiao.editing.FieldEdit;
import cn.jixiao.report.Redraft;
import cn.jixiao.report.ReportDrafter;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * 自评报告: the titled text blocks of the report. "生成草稿" drafts 一 to 六 from the year's data;
 * a block the clerk has written in is only replaced after the clerk agrees, and 七 to 九 never are.
 */
public final class ReportEditor {
    static final ButtonType REPLACE = new ButtonType(Messages.text("reportEditor.buttonType.replace"), ButtonBar.ButtonData.YES);
    static final ButtonType KEEP = new ButtonType(Messages.text("reportEditor.buttonType.keepMine"), ButtonBar.ButtonData.NO);
    private final EditorSupport support;
    private final FiscalYear year;
    private final VBox root = new VBox(6);
    private final VBox blocks = new VBox(4);
    private int shape = -1;
    private int blockRefreshers;

    public ReportEditor(UnitLevelContext ctx) {
        this.support = new EditorSupport(ctx);
        this.year = ctx.year();
        root.setId("reportEditor");
        root.setPadding(new Insets(12));
        Button draft = new Button(Messages.text("reportEditor.button.draft"));
        draft.setId("draftReport");
        draft.setOnAction(e -> draft());
        Label hint = new Label(Messages.text("reportEditor.label.draftScope"));
        hint.setStyle("-fx-text-fill: #666;");
        HBox bar = new HBox(10, draft, hint);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        root.getChildren().addAll(EditorSupport.heading(Messages.text("reportEditor.text.heading", year.year)), bar, support.message,
                EditorSupport.section(Messages.text("reportEditor.text.coverSection")), cover(), blocks);
        support.onRefresh(this::rebuildIfReshaped);
        blockRefreshers = support.refresherCount();
        rebuildIfReshaped();
    }

    public Node view() {
        return root;
    }

    private GridPane cover() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.addRow(0, new Label(Messages.text("reportEditor.label.attachmentMark")), coverField("reportAttachmentLabel", Messages.text("reportEditor.label.attachmentMark"), r -> r.attachmentLabel, (r, x) -> r.attachmentLabel = x),
                new Label(Messages.text("reportEditor.label.title")), coverField("reportTitle", Messages.text("reportEditor.label.titleField"), r -> r.title, (r, x) -> r.title = x));
        g.addRow(1, new Label(Messages.text("reportEditor.label.yearLine")), coverField("reportYearLine", Messages.text("reportEditor.label.yearLine"), r -> r.yearLine, (r, x) -> r.yearLine = x),
                new Label(Messages.text("reportEditor.label.date")), coverField("reportCoverDate", Messages.text("reportEditor.label.coverDate"), r -> r.coverDate, (r, x) -> r.coverDate = x));
        g.addRow(2, new Label(Messages.text("reportEditor.label.unitLine")), coverField("reportCoverUnitLabel", Messages.text("reportEditor.label.unitLine"), r -> r.coverUnitLabel, (r, x) -> r.coverUnitLabel = x),
                new Label(Messages.text("reportEditor.label.signatureLine")), coverField("reportCoverHeadLabel", Messages.text("reportEditor.label.signatureLine"), r -> r.coverHeadLabel, (r, x) -> r.coverHeadLabel = x));
        return g;
    }

    private TextField coverField(String id, String label, Function<SelfEvaluationReport, String> get, BiConsumer<SelfEvaluationReport, String> set) {
        TextField f = support.textField(new TextField(), id, () -> get.apply(year.report),
                v -> support.perform(Edits.yearField(label, year, y -> get.apply(y.report), (y, x) -> set.accept(y.report, x), v.strip())));
        f.setPrefColumnCount(16);
        return f;
    }

    private void draft() {
        List<ReportSection> drafted = new ReportDrafter(support.ctx.unit(), year).draft();
        List<String> clerks = Redraft.clerkBlocksChanged(year.report.sections, drafted);
        boolean replace = false;
        if (!clerks.isEmpty()) {
            Optional<ButtonType> answer = ask(clerks);
            if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
                return;
            }
            replace = answer.get() == REPLACE;
        }
        List<ReportSection> after = Redraft.merge(year.report.sections, drafted, replace);
        if (support.perform(new FieldEdit<>(Messages.text("reportEditor.text.draftEdit"), copy(year.report.sections), after,
                v -> year.report.sections = copy(v), (file, v) -> file.saveYear(year)))) {
            shape = -1;
            rebuildIfReshaped();
        }
    }

    private Optional<ButtonType> ask(List<String> clerks) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", REPLACE, KEEP, ButtonType.CANCEL);
        a.setTitle(Messages.text("reportEditor.title.draft"));
        a.setHeaderText(Messages.text("reportEditor.header.editedSections"));
        a.setContentText(Messages.text("reportEditor.content.replaceOrKeep", String.join("\n", clerks)));
        if (root.getScene() != null) {
            a.initOwner(root.getScene().getWindow());
        }
        return a.showAndWait();
    }

    private static List<ReportSection> copy(List<ReportSection> sections) {
        List<ReportSection> out = new ArrayList<>();
        sections.forEach(s -> out.add(Json.copy(s, ReportSection.class)));
        return out;
    }

    /** The blocks are rebuilt when the report's sections are replaced (draft, undo of a draft); text edits only refresh. */
    private void rebuildIfReshaped() {
        int now = System.identityHashCode(year.report.sections);
        if (now == shape) {
            return;
        }
        shape = now;
        support.dropRefreshersFrom(blockRefreshers);
        blocks.getChildren().clear();
        if (year.report.sections.isEmpty()) {
            Label empty = new Label(Messages.text("reportEditor.label.noReportYet"));
            blocks.getChildren().add(empty);
            return;
        }
        for (ReportSection s : year.report.sections) {
            addBlock(s, 0);
            for (ReportSection sub : s.subsections) {
                addBlock(sub, 1);
            }
        }
    }

    private void addBlock(ReportSection s, int depth) {
        Label title = EditorSupport.section((s.number + s.title).strip());
        Label mark = new Label();
        mark.setStyle("-fx-text-fill: #8a5a00;");
        Runnable showMark = () -> mark.setText(s.editedByClerk ? Messages.text("reportEditor.text.editedMark") : "");
        showMark.run();
        support.onRefresh(showMark);
        HBox head = new HBox(6, title, mark);
        head.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        head.setPadding(new Insets(0, 0, 0, depth * 20));
        blocks.getChildren().add(head);
        if (!s.subsections.isEmpty() && s.text.isEmpty()) {
            return;
        }
        TextArea area = support.textField(new TextArea(), "", () -> s.text, v -> support.perform(textEdit(s, v)));
        area.setId(null);
        area.getStyleClass().add("report-block");
        area.setUserData((s.number + s.title).strip());
        area.setPrefRowCount(Math.max(3, Math.min(14, s.text.length() / 90 + 2)));
        VBox.setMargin(area, new Insets(0, 0, 0, depth * 20));
        blocks.getChildren().add(area);
    }

    private FieldEdit<Block> textEdit(ReportSection s, String text) {
        TextInput.Cleaned cleaned = TextInput.clean(text);
        return new FieldEdit<>(Messages.text("reportEditor.text.changeEdit", s.title), new Block(s.text, s.editedByClerk),
                new Block(cleaned.text(), true), cleaned, b -> {
                    s.text = b.text();
                    s.editedByClerk = b.edited();
                }, (file, b) -> file.saveYear(year));
    }

    private record Block(String text, boolean edited) {
    }
}
