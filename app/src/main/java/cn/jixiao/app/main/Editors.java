package cn.jixiao.app.main;

import cn.jixiao.app.selfevaluation.SelfEvaluationView;
import javafx.scene.Node;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Which view edits which kind of tree node. Each editor lives in its own package and is
 * registered here once; the read-only {@link DetailsPane} serves kinds with no editor yet.
 */
public final class Editors {
    private final Map<UnitNode.Kind, BiFunction<MainViewModel, UnitNode, Node>> factories = new EnumMap<>(UnitNode.Kind.class);

    public Editors register(UnitNode.Kind kind, BiFunction<MainViewModel, UnitNode, Node> factory) {
        factories.put(kind, factory);
        return this;
    }

    /** The editor for the node, or null when the read-only details serve it. */
    Node editorFor(MainViewModel vm, UnitNode node) {
        var f = factories.get(node.kind());
        return f == null ? null : f.apply(vm, node);
    }

    /** The unit-level editors; cn.jixiao.app.JixiaoApp#editors adds those that depend on the main view model. */
    public static Editors standard() {
        return new Editors()
                .register(UnitNode.Kind.PROJECT_SELF_EVALUATION, (vm, node) -> selfEvaluation(SelfEvaluationView.forProject(
                        vm::perform, vm.historyChangedProperty(), node.year(), node.project())))
                .register(UnitNode.Kind.OVERALL_SELF_EVALUATION, (vm, node) -> selfEvaluation(SelfEvaluationView.forOverall(
                        vm::perform, vm.historyChangedProperty(), node.year())))
                .register(UnitNode.Kind.OVERALL, (vm, node) -> {
                    var editor = new cn.jixiao.app.unitlevel.OverallEditor(unitLevel(vm, node));
                    return FieldFocus.attach(editor.view(), editor::focus);
                })
                .register(UnitNode.Kind.PROJECT_MONITORING, (vm, node) -> monitoring(cn.jixiao.app.monitoring.MonitoringView.forProject(
                        vm::perform, vm.historyChangedProperty(), vm.unit(), node.year(), node.project())))
                .register(UnitNode.Kind.OVERALL_MONITORING, (vm, node) -> monitoring(cn.jixiao.app.monitoring.MonitoringView.forOverall(
                        vm::perform, vm.historyChangedProperty(), vm.unit(), node.year())))
                .register(UnitNode.Kind.YEAR, (vm, node) -> cn.jixiao.app.overview.YearOverviewView.create(
                        vm.unit(), node.year(), vm.historyChangedProperty(), id -> node.year().projects.stream()
                                .filter(p -> p.id.equals(id)).findFirst().ifPresent(p -> vm.openRequestProperty().set(
                                        new UnitNode(UnitNode.Kind.PROJECT, node.year(), p)))))
                .register(UnitNode.Kind.BASIC_DATA, (vm, node) -> {
                    var editor = new cn.jixiao.app.unitlevel.BasicDataEditor(unitLevel(vm, node));
                    return FieldFocus.attach(editor.view(), editor::focus);
                })
                .register(UnitNode.Kind.REPORT, (vm, node) -> {
                    var editor = new cn.jixiao.app.unitlevel.ReportEditor(unitLevel(vm, node));
                    return FieldFocus.attach(editor.view(), editor::focus);
                });
    }

    private static Node selfEvaluation(Node page) {
        return FieldFocus.attach(page, ref -> SelfEvaluationView.focus(page, ref));
    }

    private static Node monitoring(Node page) {
        return FieldFocus.attach(page, ref -> cn.jixiao.app.monitoring.MonitoringView.focus(page, ref));
    }

    private static cn.jixiao.app.unitlevel.UnitLevelContext unitLevel(MainViewModel vm, UnitNode node) {
        return new cn.jixiao.app.unitlevel.UnitLevelContext(vm.unit(), node.year(), vm::perform, vm::undo, vm::redo,
                vm.historyChangedProperty());
    }
}
