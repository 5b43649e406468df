package cn.jixiao.app.unit;

import cn.jixiao.app.text.Messages;
import cn.jixiao.app.main.MainView;
import cn.jixiao.app.main.MainViewModel;
import cn.jixiao.app.main.UnitNode;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.editing.CompoundEdit;
import cn.jixiao.editing.Edit;
import cn.jixiao.projects.YearEdits;
import cn.jixiao.selfevaluation.StartSelfEvaluation;
import cn.jixiao.unitinfo.NewUnit;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioButton;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the unit and year nodes of the tree offer: on a year, 开始自评 and its unit-level forms
 * (部门整体, 基础数据表, 自评报告), 添加年度… and 删除本年度 (only when it is empty); on the unit,
 * 编辑单位信息 and 添加年度…. (新建项目 and 开始下一年度 come from the 项目 actions.)
 */
public final class YearActions {
    private final MainViewModel vm;
    private final MainView view;

    YearActions(MainViewModel vm, MainView view) {
        this.vm = vm;
        this.view = view;
    }

    public static void install(MainViewModel vm, MainView view) {
        YearActions a = new YearActions(vm, view);
        view.setNodeActions(a::items);
    }

    List<MenuItem> items(UnitNode n) {
        List<MenuItem> out = new ArrayList<>();
        if (n.kind() == UnitNode.Kind.UNIT) {
            out.add(item("yearActionEditUnit", Messages.text("yearActions.editUnit"), () -> view.selectNode(UnitNode.Kind.UNIT, 0, null)));
            out.add(item("yearActionAdd", Messages.text("yearActions.add"), this::addYear));
            return out;
        }
        FiscalYear y = n.year();
        if (y == null || (n.kind() != UnitNode.Kind.YEAR && n.kind() != UnitNode.Kind.PROJECTS)) {
            return out;
        }
        MenuItem self = item("yearActionSelfEvaluation", Messages.text("yearActions.selfEvaluation", y.year), () -> startSelfEvaluation(y));
        self.setDisable(notStarted(y).isEmpty());
        out.add(self);
        out.add(item("yearActionOverall", Messages.text("yearActions.overall"), () -> view.selectNode(UnitNode.Kind.OVERALL, y.year, null)));
        out.add(item("yearActionBasicData", Messages.text("yearActions.basicData"), () -> view.selectNode(UnitNode.Kind.BASIC_DATA, y.year, null)));
        out.add(item("yearActionReport", Messages.text("yearActions.report"), () -> view.selectNode(UnitNode.Kind.REPORT, y.year, null)));
        out.add(new SeparatorMenuItem());
        out.add(item("yearActionAdd", Messages.text("yearActions.add"), this::addYear));
        MenuItem delete = item("yearActionDelete", Messages.text("yearActions.delete", y.year), () -> deleteYear(y));
        out.add(delete);
        return out;
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        m.setOnAction(e -> action.run());
        return m;
    }

    /** The year's projects whose self-evaluation has not been started yet. */
    private static List<Project> notStarted(FiscalYear y) {
        return y.projects.stream().filter(p -> !p.selfEvaluation.started).toList();
    }

    /** 开始自评 for every project of the year not started yet, as one edit; then the first one's self-evaluation opens. */
    private void startSelfEvaluation(FiscalYear y) {
        List<Project> projects = notStarted(y);
        if (projects.isEmpty()) {
            return;
        }
        List<Edit> parts = new ArrayList<>();
        for (Project p : projects) {
            parts.add(StartSelfEvaluation.of(y, p));
        }
        if (guarded(new CompoundEdit(Messages.text("yearActions.selfEvaluation", y.year), parts))) {
            view.selectNode(UnitNode.Kind.PROJECT_SELF_EVALUATION, y.year, projects.get(0).id);
            vm.statusProperty().set(Messages.text("yearActions.selfEvaluationDone", projects.size(), y.year));
        }
    }

    /** 添加年度…: asks which year and whether it starts empty or from the year before. */
    void addYear() {
        Unit u = vm.unit();
        int suggested = u.years.isEmpty() ? NewUnit.defaultFirstYear(LocalDate.now())
                : u.years.get(u.years.size() - 1).year + 1;
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(Messages.text("yearActions.add.title"));
        d.setHeaderText(Messages.text("yearActions.add.header"));
        d.initOwner(view.stage());
        TextField year = new TextField(String.valueOf(suggested));
        year.setId("addYearField");
        ToggleGroup how = new ToggleGroup();
        RadioButton empty = new RadioButton(Messages.text("yearActions.add.empty"));
        empty.setId("addYearEmpty");
        RadioButton carry = new RadioButton();
        carry.setId("addYearFromPrevious");
        empty.setToggleGroup(how);
        carry.setToggleGroup(how);
        Label problem = new Label();
        problem.setId("addYearProblem");
        problem.setStyle("-fx-text-fill: #b00020;");
        Runnable follow = () -> {
            Optional<Integer> y = NewUnit.year(year.getText());
            boolean previous = y.isPresent() && u.year(y.get() - 1).isPresent();
            carry.setText(y.isPresent() ? Messages.text("yearActions.add.fromPrevious", y.get() - 1) : Messages.text("yearActions.add.fromPreviousAny"));
            carry.setDisable(!previous);
            if (!previous) {
                how.selectToggle(empty);
            }
            problem.setText(y.isEmpty() ? Messages.text("yearActions.add.badYear")
                    : YearEdits.cannotAdd(u, y.get()).orElse(""));
        };
        year.textProperty().addListener(o -> follow.run());
        how.selectToggle(u.year(suggested - 1).isPresent() ? carry : empty);
        follow.run();
        ButtonType ok = new ButtonType(Messages.text("yearActions.add.ok"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(ok, new ButtonType(Messages.text("newUnit.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        d.getDialogPane().setContent(new VBox(8, new Label(Messages.text("yearActions.add.year")), year, empty, carry, problem));
        d.getDialogPane().lookupButton(ok).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (!problem.getText().isEmpty()) {
                e.consume();
            }
        });
        d.showAndWait().filter(b -> b == ok).ifPresent(b -> {
            int y = NewUnit.year(year.getText()).orElseThrow();
            addYear(y, how.getSelectedToggle() == carry);
        });
    }

    /** Adds the year (empty, or carried forward from the year before) and selects its projects. */
    void addYear(int y, boolean fromPrevious) {
        if (guarded(YearEdits.add(vm.unit(), y, fromPrevious))) {
            vm.unit().year(y).ifPresent(fy -> view.select(fy, null));
            vm.statusProperty().set(Messages.text("yearActions.added", y));
        }
    }

    private void deleteYear(FiscalYear y) {
        if (!YearEdits.isEmpty(y)) {
            Alert a = new Alert(Alert.AlertType.INFORMATION, "", new ButtonType(Messages.text("yearActions.close"), ButtonBar.ButtonData.OK_DONE));
            a.setHeaderText(Messages.text("yearActions.deleteRefused", y.year));
            try {
                YearEdits.delete(vm.unit(), y);
            } catch (IllegalStateException e) {
                a.setContentText(e.getMessage());
            }
            a.initOwner(view.stage());
            a.showAndWait();
            return;
        }
        if (guarded(YearEdits.delete(vm.unit(), y))) {
            vm.statusProperty().set(Messages.text("yearActions.deleted", y.year));
        }
    }

    private boolean guarded(Edit e) {
        try {
            vm.perform(e);
            return true;
        } catch (RuntimeException ex) {
            view.showError(Messages.text("yearActions.error"), ex);
            return false;
        }
    }
}
