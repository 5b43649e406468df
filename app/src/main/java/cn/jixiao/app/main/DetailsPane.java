package cn.jixiao.app.main;

import cn.jixiao.domain.Amount;
import cn.jixiao.domain.BasicDataRow;
import cn.jixiao.domain.FiscalYear;
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
    }

    void show(Unit unit, UnitNode node) {
        box.getChildren().clear();
        scroll.setContent(box);
        if (unit == null || node == null) {
            return;
        }
        switch (node.kind()) {
            case UNIT -> showUnit(unit);
            case YEAR, PROJECTS -> showYear(node.year());
            case PROJECT, PROJECT_SELF_EVALUATION -> showProject(node.project());
            case OVERALL, OVERALL_SELF_EVALUATION -> showOverall(node.year().overall);
            case BASIC_DATA -> showBasicData(node.year());
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

    private void showUnit(Unit u) {
        box.getChildren().addAll(heading(u.name), fields("单位代码", u.code, "主管部门", u.supervisingDepartment,
                "编制数", u.authorizedStaff, "实有人数", u.actualStaff, "内设机构数", u.internalDivisions,
                "职能职责概述", u.functionsSummary, "填报人", u.preparer, "联系电话", u.phone, "单位负责人", u.head,
                "绩效管理联络员", u.liaison, "年度", String.join("、", u.years.stream().map(y -> y.year + "年").toList())));
    }

    private void showYear(FiscalYear fy) {
        TableView<Project> t = new TableView<>();
        t.setId("projectTable");
        t.getColumns().add(col("项目名称", p -> p.name, 320));
        t.getColumns().add(col("资金总额（万元）", p -> p.funds.total().toPlainString(), 120));
        t.getColumns().add(col("三级指标数", p -> String.valueOf(p.indicators.size()), 90));
        t.getItems().setAll(fy.projects);
        t.setPrefHeight(420);
        box.getChildren().addAll(heading(fy.year + "年度"), t);
    }

    private void showProject(Project p) {
        box.getChildren().addAll(heading(p.name),
                fields("主管部门", p.supervisingDepartment, "实施单位", p.implementingUnit, "项目属性", p.attribute,
                        "项目类型", p.projectType, "项目期", p.period, "起止时间", p.startEnd, "项目负责人", p.manager,
                        "资金总额（万元）", amount(p.funds.statedTotal, p.funds.total().toPlainString()),
                        "其中：财政拨款", p.funds.fiscalAppropriation.text(), "其他资金", p.funds.otherFunds.text(),
                        "长期绩效目标", p.longTermGoal, "年度目标", p.annualGoal, "项目概况", p.overview, "立项依据", p.basis,
                        "全年执行数", p.selfEvaluation.funds.executed.text(), "实际完成情况", p.selfEvaluation.actualOutcome),
                new Label("绩效指标"), IndicatorTreeTable.create(p.indicators));
    }

    private static String amount(Amount stated, String computed) {
        return stated.isEmpty() ? computed : stated.text();
    }

    private void showOverall(UnitOverall o) {
        box.getChildren().addAll(heading("部门整体"),
                fields("资金总额（万元）", o.statedTotal.text(), "一般公共预算", o.generalPublicBudget.text(),
                        "政府性基金", o.governmentFund.text(), "基本支出", o.basicExpense.text(), "项目支出", o.projectExpense.text(),
                        "职能职责概述", o.functionsSummary, "整体绩效目标", String.join("\n", o.goals), "执行数", o.executed.text()),
                new Label("部门整体绩效指标"), IndicatorTreeTable.create(o.indicators));
    }

    private void showBasicData(FiscalYear fy) {
        TableView<BasicDataRow> t = new TableView<>();
        t.getColumns().add(col("项目", r -> r.label, 280));
        t.getColumns().add(col("上年决算数", r -> r.lastYearFinal.text(), 110));
        t.getColumns().add(col("本年预算数", r -> r.thisYearBudget.text(), 110));
        t.getColumns().add(col("本年决算数", r -> r.thisYearFinal.text(), 110));
        t.getItems().setAll(fy.basicData.rows);
        t.setPrefHeight(520);
        var b = fy.basicData;
        box.getChildren().addAll(heading(fy.year + "年度 基础数据表"),
                fields("编制数", b.authorizedStaff, "实际在职人数", b.actualStaff, "控制率（填报）", b.statedControlRate,
                        "控制率（计算）", b.controlRatePercent().map(v -> v.toPlainString() + "%").orElse("")), t,
                fields("厉行节约保障措施", b.savingMeasures));
    }

    private void showReport(FiscalYear fy) {
        box.getChildren().add(heading(fy.year + "年度 自评报告"));
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
