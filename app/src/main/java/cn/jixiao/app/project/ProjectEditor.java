package cn.jixiao.app.project;

import cn.jixiao.app.Messages;
import cn.jixiao.app.indicator.IndicatorEditor;
import cn.jixiao.app.focus.Reveal;
import cn.jixiao.app.main.FieldFocus;
import cn.jixiao.app.main.MainViewModel;
import cn.jixiao.app.main.UnitNode;
import cn.jixiao.review.FieldRef;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/**
 * 项目 editor: basic information, funds with the computed total, goals and the indicator tree.
 * Every field saves itself as one undoable edit when the clerk leaves it or presses Enter.
 */
public final class ProjectEditor {
    private final ProjectEditorModel model;
    private final VBox root = new VBox(12);
    private final ValidationSupport validation = new ValidationSupport();
    private final IndicatorEditor indicators;

    public ProjectEditor(MainViewModel vm, UnitNode node) {
        this.model = new ProjectEditorModel(vm, node.year(), node.project());
        this.indicators = new IndicatorEditor(vm, node.year(), node.project());
        root.setId("projectEditor");
        root.setPadding(new Insets(12, 16, 16, 16));
        root.getProperties().put(ProjectEditorModel.class, model);
        Label heading = new Label();
        heading.setId("detailsHeading");
        heading.setStyle("-fx-font-size: 17px; -fx-font-weight: bold;");
        heading.textProperty().bind(model.headingProperty());
        Label yearLabel = new Label(Messages.text("projectEditor.label.yearValue", node.year().year));
        yearLabel.setStyle("-fx-text-fill: #666; -fx-font-size: 14px;");
        HBox title = new HBox(12, heading, yearLabel);
        title.setAlignment(Pos.BASELINE_LEFT);
        root.getChildren().addAll(title, draftBar(), section(Messages.text("projectEditor.text.basicsSection")), basics(), section(Messages.text("projectEditor.text.fundsSection")), funds(),
                section(Messages.text("projectEditor.text.expenseLinesSection")), ProjectTables.expenseLines(vm, node.year(), node.project()),
                section(Messages.text("projectEditor.text.scheduleSection")), ProjectTables.schedule(vm, node.year(), node.project()),
                section(Messages.text("projectEditor.text.goalsSection")), goals(), section(Messages.text("projectEditor.text.indicatorsSection")),
                indicators.node());
        root.getProperties().put(FieldFocus.class, (FieldFocus) this::focus);
        followFocus();
    }

    private final javafx.beans.value.ChangeListener<Node> onFocus = (o, a, focused) -> showFocused(focused);

    /** Keeps the field that has the keyboard focus in view, as Tab walks through a long form. */
    private void followFocus() {
        root.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener(new javafx.beans.value.WeakChangeListener<>(onFocus));
            }
        });
    }

    private void showFocused(Node focused) {
        // a table keeps its own place; the text box of a cell being edited is shown like any field
        if (focused == null || !isInside(focused) || focused instanceof javafx.scene.control.TableView<?>
                || focused instanceof javafx.scene.control.TreeTableView<?>) {
            return;
        }
        Reveal.inView(focused);
    }

    /**
     * 定位到字段: a review finding's field (资金 amounts, goals, the tables) or indicator row is
     * scrolled to, focused and selected. Self-evaluation fields live on the 自评 page, not here.
     */
    private boolean focus(FieldRef ref) {
        if (ref.kind() == FieldRef.Kind.INDICATOR) {
            return indicators.focus(ref.indicatorId(), ref.field());
        }
        if (ref.kind() != FieldRef.Kind.PROJECT_FIELD || ref.field().startsWith("selfEvaluation.")) {
            return false;
        }
        String field = ref.field().startsWith("funds.") ? ref.field().substring("funds.".length()) : ref.field();
        String id = switch (field) {
            case "name" -> "projectName";
            case "indicators", "notApplicable", "mergedCategories" -> "indicatorTree";
            default -> field;
        };
        return Reveal.field(root.lookup("#" + id));
    }

    private boolean isInside(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == root) {
                return true;
            }
        }
        return false;
    }

    /** The editor for a project node of the unit tree. */
    public static Node create(MainViewModel vm, UnitNode node) {
        return new ProjectEditor(vm, node).root;
    }

    private Node draftBar() {
        Label l = new Label(Messages.text("projectEditor.label.copiedFromLastYear"));
        Button ok = new Button(Messages.text("projectEditor.button.checked"));
        ok.setOnAction(e -> model.confirmDraft());
        HBox bar = new HBox(10, l, ok);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        bar.setStyle("-fx-background-color: #fff4d6; -fx-border-color: #e0c060;");
        bar.visibleProperty().bind(model.draftProperty());
        bar.managedProperty().bind(model.draftProperty());
        return bar;
    }

    private static Label section(String title) {
        Label l = new Label(title);
        l.setStyle("-fx-font-size: 14px; -fx-font-weight: bold; -fx-text-fill: #2a4d7a; -fx-padding: 6 0 0 0;");
        return l;
    }

    private static GridPane grid(double... labelWidths) {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        for (double w : labelWidths) {
            ColumnConstraints label = new ColumnConstraints(w);
            ColumnConstraints field = new ColumnConstraints(120, 220, Double.MAX_VALUE);
            field.setHgrow(Priority.ALWAYS);
            g.getColumnConstraints().addAll(label, field);
        }
        return g;
    }

    private Node basics() {
        GridPane g = grid(90, 90);
        g.add(label("name"), 0, 0);
        g.add(field("name", "projectName"), 1, 0, 3, 1);
        pair(g, 1, "supervisingDepartment", "implementingUnit");
        pair(g, 2, "attribute", "projectType");
        pair(g, 3, "period", "startEnd");
        pair(g, 4, "manager", "managerPhone");
        pair(g, 5, "liaison", "liaisonPhone");
        ((TextField) g.lookup("#attribute")).setPromptText(Messages.text("projectEditor.prompt.projectNature"));
        g.add(label("overview"), 0, 6);
        g.add(area("overview", 3), 1, 6, 3, 1);
        g.add(label("basis"), 0, 7);
        g.add(area("basis", 2), 1, 7, 3, 1);
        return g;
    }

    private void pair(GridPane g, int row, String left, String right) {
        g.add(label(left), 0, row);
        g.add(field(left, null), 1, row);
        g.add(label(right), 2, row);
        g.add(field(right, null), 3, row);
    }

    private Node funds() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.getColumnConstraints().addAll(new ColumnConstraints(150), new ColumnConstraints(150), new ColumnConstraints(150));
        g.addRow(0, new Label(""), bold(Messages.text("projectEditor.label.thisYear")), bold(Messages.text("projectEditor.label.lastYear")));
        g.addRow(1, new Label(Messages.text("projectEditor.label.fiscalAppropriation")), field("fiscalAppropriation", "fiscalAppropriation"), new Label());
        g.addRow(2, new Label(Messages.text("projectEditor.label.otherFunds")), field("otherFunds", "otherFunds"), new Label());
        g.addRow(3, new Label(Messages.text("projectEditor.label.central")), field("centralThisYear", null), field("centralLastYear", null));
        g.addRow(4, new Label(Messages.text("projectEditor.label.provincial")), field("provincialThisYear", null), field("provincialLastYear", null));
        g.addRow(5, new Label(Messages.text("projectEditor.label.city")), field("cityThisYear", null), field("cityLastYear", null));
        g.addRow(6, new Label(Messages.text("projectEditor.label.county")), field("countyThisYear", null), field("countyLastYear", null));
        g.addRow(7, new Label(Messages.text("projectEditor.label.statedTotal")), field("statedTotal", "statedTotal"), field("lastYearStatedTotal", null));
        Label computed = new Label();
        computed.setId("computedTotal");
        computed.textProperty().bind(model.computedTotalProperty().concat(Messages.text("projectEditor.text.tenThousandYuan")));
        computed.setStyle("-fx-font-weight: bold;");
        g.addRow(8, new Label(Messages.text("projectEditor.label.computedTotal")), computed);
        Label warning = new Label();
        warning.setId("totalWarning");
        warning.setWrapText(true);
        warning.setStyle("-fx-text-fill: #b35900;");
        warning.textProperty().bind(model.totalWarningProperty());
        warning.visibleProperty().bind(model.totalWarningProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());
        Label errors = new Label();
        errors.setId("fundsError");
        errors.setWrapText(true);
        errors.setStyle("-fx-text-fill: #c00000;");
        for (FieldModel f : model.fields()) {
            if (f.isAmount()) {
                f.errorProperty().addListener((o, a, b) -> errors.setText(b == null || b.isEmpty() ? firstError() : b));
            }
        }
        errors.visibleProperty().bind(errors.textProperty().isNotEmpty());
        errors.managedProperty().bind(errors.visibleProperty());
        Label hint = new Label(Messages.text("projectEditor.label.amountHint"));
        hint.setStyle("-fx-text-fill: #666;");
        hint.setWrapText(true);
        return new VBox(6, g, warning, errors, hint);
    }

    private String firstError() {
        return model.fields().stream().map(f -> f.errorProperty().get()).filter(s -> s != null && !s.isEmpty()).findFirst().orElse("");
    }

    private Node goals() {
        GridPane g = grid(90);
        g.add(label("longTermGoal"), 0, 0);
        g.add(area("longTermGoal", 3), 1, 0);
        g.add(label("annualGoal"), 0, 1);
        g.add(area("annualGoal", 3), 1, 1);
        return g;
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    private Label label(String key) {
        Label l = new Label(model.field(key).label());
        l.setWrapText(true);
        return l;
    }

    private TextField field(String key, String id) {
        FieldModel f = model.field(key);
        TextField t = new TextField();
        t.setId(id != null ? id : key);
        t.textProperty().bindBidirectional(f.textProperty());
        t.setOnAction(e -> f.commit(model.main()));
        commitOnFocusLoss(t, f);
        if (f.isAmount()) {
            t.setPrefColumnCount(8);
            Validator<String> v = (Control c, String typed) -> {
                String message = f.check(typed);
                return ValidationResult.fromErrorIf(c, message, message != null);
            };
            validation.registerValidator(t, false, v);
        }
        return t;
    }

    private TextArea area(String key, int rows) {
        FieldModel f = model.field(key);
        TextArea a = cn.jixiao.app.focus.TabLeaves.install(new TextArea());
        a.setId(key);
        a.setWrapText(true);
        a.setPrefRowCount(rows);
        a.textProperty().bindBidirectional(f.textProperty());
        commitOnFocusLoss(a, f);
        return a;
    }

    private void commitOnFocusLoss(TextInputControl c, FieldModel f) {
        c.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                // after the focus change has settled, so the undo stack sees one edit per field
                Platform.runLater(() -> f.commit(model.main()));
            }
        });
    }
}
