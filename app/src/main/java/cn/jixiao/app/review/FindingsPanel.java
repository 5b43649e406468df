package cn.jixiao.app.review;

import cn.jixiao.app.text.Messages;
import cn.jixiao.app.main.FieldFocus;
import cn.jixiao.app.main.MainView;
import cn.jixiao.app.main.MainViewModel;
import cn.jixiao.app.main.UnitNode;
import cn.jixiao.review.FieldRef;
import cn.jixiao.review.Finding;
import cn.jixiao.review.Severity;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Map;

/**
 * 审核结果, under the tree and the editor: the selected year's findings grouped by project, with
 * a toggle per severity. Double-click or Enter on a finding opens its form and, when the editor
 * can, puts the cursor on the field.
 */
public final class FindingsPanel {
    /** A line of the list: a group heading or one finding. */
    record Row(String key, String label, Finding finding) {
    }

    private static final Map<Severity, String> COLORS = Map.of(Severity.ERROR, "#c62828", Severity.WARNING, "#e07b00",
            Severity.HINT, "#4f6f8f");

    private final FindingsViewModel model;
    private final MainView view;
    private final MainViewModel main;
    private final TitledPane pane = new TitledPane();
    private final TreeView<Row> list = new TreeView<>();
    private double openDivider = 0.62;
    private Node findings;

    public FindingsPanel(MainViewModel main, FindingsViewModel model, MainView view) {
        this.main = main;
        this.model = model;
        this.view = view;
        list.setId("findingsList");
        list.setShowRoot(false);
        list.setRoot(new TreeItem<>());
        list.setCellFactory(t -> new FindingCell());
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelected();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
                e.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox content = new VBox(4, toolbar(), list);
        content.setPadding(new Insets(4, 0, 0, 0));
        findings = content;
        pane.setContent(content);
        pane.setId("findingsPanel");
        pane.setAnimated(false);
        pane.setMinHeight(0);
        pane.textProperty().bind(Bindings.createStringBinding(this::title, model.yearProperty(), model.runningProperty(),
                model.countProperty(Severity.ERROR), model.countProperty(Severity.WARNING), model.countProperty(Severity.HINT)));
        pane.expandedProperty().addListener((o, a, open) -> collapse(!open));
        // starts folded to its title line (the counts), leaving the editors their full height;
        // the split wraps the pane only once shown, so the fold is applied then
        pane.setExpanded(false);
        pane.setMinHeight(Region.USE_PREF_SIZE);
        pane.parentProperty().addListener((o, a, b) -> {
            if (b != null && !pane.isExpanded()) {
                Platform.runLater(() -> collapse(true));
            }
        });
        model.findings().addListener((javafx.collections.ListChangeListener<Finding>) c -> rebuild());
        for (Severity s : Severity.values()) {
            model.shownProperty(s).addListener((o, a, b) -> rebuild());
        }
    }

    /** Puts the panel at the bottom of the window and starts reviewing. */
    public static FindingsPanel install(MainViewModel vm, MainView view) {
        FindingsPanel panel = new FindingsPanel(vm, new FindingsViewModel(vm), view);
        view.setBottomPanel(panel.node());
        panel.model.requestReview();
        return panel;
    }

    public Node node() {
        return pane;
    }

    public FindingsViewModel model() {
        return model;
    }

    private String title() {
        if (model.yearProperty().get() == 0) {
            return Messages.text("findingsPanel.text.title");
        }
        String head = Messages.text("findingsPanel.text.titleOfYear", model.yearProperty().get());
        if (model.runningProperty().get() && model.findings().isEmpty()) {
            return Messages.text("findingsPanel.text.checking", head);
        }
        int errors = model.countProperty(Severity.ERROR).get();
        int warnings = model.countProperty(Severity.WARNING).get();
        int hints = model.countProperty(Severity.HINT).get();
        if (errors + warnings + hints == 0) {
            return Messages.text("findingsPanel.text.nothingFound", head);
        }
        return Messages.text("findingsPanel.text.counts", head, errors, warnings, hints);
    }

    private HBox toolbar() {
        HBox bar = new HBox(6);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 6, 0, 6));
        for (Severity s : Severity.values()) {
            ToggleButton b = new ToggleButton();
            b.setId("show-" + s.name().toLowerCase(java.util.Locale.ROOT));
            b.selectedProperty().bindBidirectional(model.shownProperty(s));
            b.textProperty().bind(Bindings.concat(s.label(), " ", model.countProperty(s).asString()));
            b.setStyle("-fx-text-fill: " + COLORS.get(s) + ";");
            b.setFocusTraversable(false);
            bar.getChildren().add(b);
        }
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("findingsBusy");
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(model.runningProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label hint = new Label(Messages.text("findingsPanel.label.hint"));
        hint.setStyle("-fx-text-fill: #777;");
        bar.getChildren().addAll(busy, gap, hint);
        return bar;
    }

    /** Refills the list, keeping which groups were folded and which finding was selected. */
    private void rebuild() {
        java.util.Set<String> folded = new java.util.HashSet<>();
        for (TreeItem<Row> g : list.getRoot().getChildren()) {
            if (!g.isExpanded()) {
                folded.add(g.getValue().key());
            }
        }
        TreeItem<Row> selected = list.getSelectionModel().getSelectedItem();
        Finding was = selected == null ? null : selected.getValue().finding();
        TreeItem<Row> again = null;
        java.util.List<TreeItem<Row>> groups = new java.util.ArrayList<>();
        for (FindingsViewModel.Group g : model.groups()) {
            TreeItem<Row> item = new TreeItem<>(new Row(g.key(), g.label() + "（" + g.findings().size() + "）", null));
            item.setExpanded(!folded.contains(g.key()));
            for (Finding f : g.findings()) {
                TreeItem<Row> leaf = new TreeItem<>(new Row(g.key(), null, f));
                item.getChildren().add(leaf);
                if (f.equals(was)) {
                    again = leaf;
                }
            }
            groups.add(item);
        }
        list.getRoot().getChildren().setAll(groups);
        if (again != null) {
            list.getSelectionModel().select(again);
        }
    }

    private void openSelected() {
        TreeItem<Row> item = list.getSelectionModel().getSelectedItem();
        if (item == null) {
            return;
        }
        if (item.getValue().finding() == null) {
            item.setExpanded(!item.isExpanded());
            return;
        }
        open(item.getValue().finding());
    }

    /** Selects the finding's node in the unit tree and lets its editor focus the field. */
    public void open(Finding f) {
        open(f.year(), f.where());
    }

    /** Opens the form of the year that shows the field and puts the cursor on it (a finding, a remark). */
    public void open(int year, FieldRef where) {
        UnitNode.Kind kind = FindingPlace.of(where);
        boolean projectNode = FindingPlace.ofProject(kind);
        // a 自评报告 or 基础数据表 finding may name a project, but its node is the year's form
        if (!view.selectNode(kind, year, projectNode ? where.projectId() : "")) {
            return;
        }
        // after the editor is in the scene, so that it can take the focus
        Platform.runLater(() -> {
            boolean focused = FieldFocus.of(view.shownEditor()).map(focus -> focus.focus(where)).orElse(false);
            if (!focused && where.kind() == FieldRef.Kind.INDICATOR && kind == UnitNode.Kind.PROJECT) {
                // the indicator editor shows a row asked for by id (as 查找 does)
                main.revealIndicatorProperty().set(null);
                main.revealIndicatorProperty().set(where.indicatorId());
            }
        });
    }

    /** Puts another list (the 意见) to the right of the findings, inside the same foldable pane. */
    public void beside(Node other) {
        SplitPane split = new SplitPane(findings, other);
        split.setDividerPositions(0.62);
        pane.setContent(split);
    }

    /** A collapsed panel gives its room back to the editor; opening it again restores the divider. */
    private void collapse(boolean collapsed) {
        SplitPane split = enclosingSplit();
        if (split == null || split.getDividers().isEmpty()) {
            return;
        }
        if (collapsed) {
            double now = split.getDividerPositions()[0];
            if (now < 0.95) {
                openDivider = now;
            }
            // the split keeps the title bar: a collapsed pane's preferred height is its title's
            pane.setMinHeight(Region.USE_PREF_SIZE);
            split.setDividerPositions(1.0);
        } else {
            pane.setMinHeight(0);
            split.setDividerPositions(openDivider);
        }
    }

    private SplitPane enclosingSplit() {
        for (Parent p = pane.getParent(); p != null; p = p.getParent()) {
            if (p instanceof SplitPane s) {
                return s;
            }
        }
        return null;
    }

    private static final class FindingCell extends TreeCell<Row> {
        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                setStyle("");
                return;
            }
            if (row.finding() == null) {
                setText(row.label());
                setGraphic(null);
                setStyle("-fx-font-weight: bold;");
                return;
            }
            Finding f = row.finding();
            Label badge = new Label(f.severity().label());
            badge.setMinWidth(Region.USE_PREF_SIZE);
            badge.setStyle("-fx-text-fill: white; -fx-background-color: " + COLORS.get(f.severity())
                    + "; -fx-background-radius: 3; -fx-padding: 0 4 0 4; -fx-font-size: 11px;");
            setGraphic(badge);
            setText(FindingsViewModel.text(f));
            setStyle("");
        }
    }
}
