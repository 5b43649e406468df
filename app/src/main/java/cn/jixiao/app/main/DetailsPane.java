package cn.jixiao.app.main;

import cn.jixiao.app.text.Messages;
import cn.jixiao.domain.BasicDataRow;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Percent;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.ReportSection;
import cn.jixiao.domain.Unit;
import cn.jixiao.domain.UnitOverall;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/** The right side of the window: the selected item's fields, read-only. */
final class DetailsPane {
    private final VBox box = new VBox(10);
    private final ScrollPane scroll = new ScrollPane(box);

    DetailsPane() {
        box.setPadding(new Insets(12));
        scroll.setFitToWidth(true);
        scroll.setId("details");
    }

    Node node() {
        return scroll;
    }

    /** Shows an editor in place of the read-only details. */
    void showEditor(Node editor) {
        scroll.setContent(editor);
        top();
    }

    /** A new page starts at its top, not at the scroll position of the page before. */
    private void top() {
        scroll.setVvalue(0);
        scroll.setHvalue(0);
    }

    void show(Unit unit, UnitNode node) {
        box.getChildren().clear();
        scroll.setContent(box);
        top();
        if (unit == null || node == null) {
            return;
        }
        switch (node.kind()) {
            case UNIT -> showUnit(unit);
            case YEAR, PROJECTS -> showYear(node.year());
            case PROJECT, PROJECT_SELF_EVALUATION, PROJECT_MONITORING -> showProject(node.project());
            case OVERALL, OVERALL_SELF_EVALUATION, OVERALL_MONITORING -> showOverall(node.year().overall);
            case BASIC_DATA -> showBasicData(unit, node.year());
            case REPORT -> showReport(node.year());
        }
    }

    private Label heading(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-size: 17px; -fx-font-weight: bold;");
        l.setId("detailsHeading");
        return l;
    }

    private GridPane fields(String... labelsAndValues) {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(5);
        ColumnConstraints c0 = new ColumnConstraints(130);
        ColumnConstraints c1 = new ColumnConstraints();
        c1.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().addAll(c0, c1);
        int row = 0;
        for (int i = 0; i + 1 < labelsAndValues.length; i += 2) {
            String v = labelsAndValues[i + 1];
            if (v == null || v.isBlank()) {
                continue;
            }
            Label k = new Label(labelsAndValues[i] + "：");
            k.setStyle("-fx-text-fill: #555;");
            Label val = new Label(v);
            val.setWrapText(true);
            g.addRow(row++, k, val);
        }
        return g;
    }

    /** The unit's fields as the unit editor lists them (the read-only sample shows this instead of the editor). */
    private void showUnit(Unit u) {
        java.util.List<String> pairs = new java.util.ArrayList<>();
        for (cn.jixiao.unitinfo.UnitField f : cn.jixiao.unitinfo.UnitField.values()) {
            pairs.add(f.label());
            pairs.add(f.get(u));
        }
        pairs.add(Messages.text("detailsPane.text.year"));
        pairs.add(String.join("、", u.years.stream().map(y -> Messages.text("detailsPane.text.yearValue", y.year)).toList()));
        box.getChildren().addAll(heading(u.name), fields(pairs.toArray(String[]::new)));
    }

    private void showYear(FiscalYear fy) {
        TableView<Project> t = new TableView<>();
        t.setId("projectTable");
        t.getColumns().add(col(Messages.text("detailsPane.text.projectName"), p -> p.name, 320));
        t.getColumns().add(col(Messages.text("detailsPane.text.fundsTotal"), p -> p.budget().text(), 120));
        t.getColumns().add(col(Messages.text("detailsPane.text.indicatorCount"), p -> String.valueOf(p.indicators.size()), 90));
        t.getItems().setAll(fy.projects);
        t.setPrefHeight(420);
        box.getChildren().addAll(heading(Messages.text("detailsPane.text.yearTitle", fy.year)), t);
    }

    private void showProject(Project p) {
        box.getChildren().addAll(heading(p.name),
                fields(Messages.text("detailsPane.text.supervisingDepartment"), p.supervisingDepartment, Messages.text("detailsPane.text.implementingUnit"), p.implementingUnit, Messages.text("detailsPane.text.projectNature"), p.attribute,
                        Messages.text("detailsPane.text.projectType"), p.projectType, Messages.text("detailsPane.text.period"), p.period, Messages.text("detailsPane.text.startEnd"), p.startEnd, Messages.text("detailsPane.text.manager"), p.manager,
                        Messages.text("detailsPane.text.fundsTotal"), p.funds.budget().text(),
                        Messages.text("detailsPane.text.fiscalAppropriation"), p.funds.fiscalAppropriation.text(), Messages.text("detailsPane.text.otherFunds"), p.funds.otherFunds.text(),
                        Messages.text("detailsPane.text.longTermGoal"), p.longTermGoal, Messages.text("detailsPane.text.annualGoal"), p.annualGoal, Messages.text("detailsPane.text.overview"), p.overview, Messages.text("detailsPane.text.basis"), p.basis,
                        Messages.text("detailsPane.text.executed"), p.selfEvaluation.funds.executed.text(), Messages.text("detailsPane.text.actualOutcome"), p.selfEvaluation.actualOutcome),
                new Label(Messages.text("detailsPane.label.indicators")), IndicatorTreeTable.create(p.indicators));
    }

    private void showOverall(UnitOverall o) {
        box.getChildren().addAll(heading(Messages.text("detailsPane.text.unitOverall")),
                fields(Messages.text("detailsPane.text.fundsTotal"), o.budget().text(), Messages.text("detailsPane.text.generalPublicBudget"), o.generalPublicBudget.text(),
                        Messages.text("detailsPane.text.governmentFund"), o.governmentFund.text(), Messages.text("detailsPane.text.basicExpense"), o.basicExpense.text(), Messages.text("detailsPane.text.projectExpense"), o.projectExpense.text(),
                        Messages.text("detailsPane.text.functions"), o.functionsSummary, Messages.text("detailsPane.text.overallGoal"), String.join("\n", o.goals), Messages.text("detailsPane.text.overallExecuted"), o.selfEvaluation.funds.executed.text()),
                new Label(Messages.text("detailsPane.label.overallIndicators")), IndicatorTreeTable.create(o.indicators));
    }

    private void showBasicData(Unit unit, FiscalYear fy) {
        TableView<BasicDataRow> t = new TableView<>();
        t.getColumns().add(col(Messages.text("detailsPane.text.project"), r -> r.label, 280));
        t.getColumns().add(col(Messages.text("detailsPane.text.lastYearFinal"), r -> r.lastYearFinal.text(), 110));
        t.getColumns().add(col(Messages.text("detailsPane.text.thisYearBudget"), r -> r.thisYearBudget.text(), 110));
        t.getColumns().add(col(Messages.text("detailsPane.text.thisYearFinal"), r -> r.thisYearFinal.text(), 110));
        t.getItems().setAll(fy.basicData.rows);
        t.setPrefHeight(520);
        var b = fy.basicData;
        box.getChildren().addAll(heading(Messages.text("detailsPane.text.basicDataTitle", fy.year)),
                fields(Messages.text("detailsPane.text.authorizedStaff"), b.authorizedStaff, Messages.text("detailsPane.text.actualStaff"), b.actualStaff, Messages.text("detailsPane.text.statedControlRate"), b.statedControlRate,
                        Messages.text("detailsPane.text.computedControlRate"), b.controlRate(unit).map(Percent::of).orElse("")), t,
                fields(Messages.text("detailsPane.text.savingMeasures"), b.savingMeasures));
    }

    private void showReport(FiscalYear fy) {
        box.getChildren().add(heading(Messages.text("detailsPane.text.reportTitle", fy.year)));
        for (ReportSection s : fy.report.sections) {
            box.getChildren().add(new Label(s.number + s.title));
            if (!s.text.isBlank()) {
                TextArea a = new TextArea(s.text);
                a.setEditable(false);
                a.setWrapText(true);
                a.setPrefRowCount(4);
                box.getChildren().add(a);
            }
            for (ReportSection sub : s.subsections) {
                box.getChildren().add(new Label(sub.number + sub.title));
                TextArea a = new TextArea(sub.text);
                a.setEditable(false);
                a.setWrapText(true);
                a.setPrefRowCount(4);
                box.getChildren().add(a);
            }
        }
    }

    private static <T> TableColumn<T, String> col(String title, Function<T, String> f, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(f.apply(x.getValue())));
        return c;
    }
}
