package cn.jixiao.app.project;

import cn.jixiao.app.SheetRobot;
import cn.jixiao.app.WindowTest;
import cn.jixiao.app.focus.FieldPath;
import cn.jixiao.app.main.UnitNode;
import cn.jixiao.documents.FormDocument;
import cn.jixiao.documents.FormLayout;
import cn.jixiao.documents.FormLayouts;
import cn.jixiao.domain.Amount;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Funds;
import cn.jixiao.domain.FundsExecution;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.SelfEvaluation;
import cn.jixiao.domain.Signature;
import cn.jixiao.domain.Unit;
import cn.jixiao.sample.Samples;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeTableView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every field a form prints has an editor in the window. The printed fields are found by what the
 * layouts render: each text and amount field of a project (its 资金, signature and self-evaluation
 * included) and of its first indicator is given a value of its own, every layout of
 * {@link FormLayouts#all} renders each sample's years, and a field whose value shows up is printed.
 * The edited fields are those the project's 申报 and 自评 editors mark ({@link FieldPath}) on an
 * editable input or a table column. A printed field that no editor marks fails the test.
 */
class PrintedFieldsHaveEditorsTest extends WindowTest {
    /**
     * Printed fields the indicator tree edits by its shape rather than by a cell: an indicator's 一级
     * and 二级 are the tree rows it sits under (moved with Alt+↑/↓, chosen from the framework).
     */
    private static final Set<String> BY_THE_TREE = Set.of("indicators[].category", "indicators[].subcategory");

    /** The printed fields of what {@code subject} picks from a year (with its first indicator row), each with the layouts that print it. */
    static Map<String, Set<String>> printed(java.util.function.Function<FiscalYear, Object> subject) throws ReflectiveOperationException {
        Map<String, Set<String>> printed = new TreeMap<>();
        for (String name : Samples.NAMES) {
            Unit unit = Samples.load(name);
            for (FiscalYear y : unit.years) {
                Object s = subject.apply(y);
                if (s == null) {
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                mark(s, "", values);
                List<Indicator> rows = s instanceof Project p ? p.indicators : s == y.overall ? y.overall.indicators : List.of();
                if (!rows.isEmpty()) {
                    mark(rows.get(0), "indicators[].", values);
                }
                List<Project> projects = y.projects.isEmpty() ? List.of() : List.of(s instanceof Project p ? p : y.projects.get(0));
                for (FormLayout layout : FormLayouts.all()) {
                    String text = String.join("\n", layout.render(unit, y, projects).stream()
                            .flatMap(d -> d.texts().stream()).toList());
                    values.forEach((path, value) -> {
                        if (text.contains(value)) {
                            printed.computeIfAbsent(path, k -> new TreeSet<>()).add(layout.form() + "/" + layout.style());
                        }
                    });
                }
            }
        }
        return printed;
    }

    /** Gives every text and amount field a value found nowhere else (an amount a number of its own). */
    private static void mark(Object o, String prefix, Map<String, String> values) throws ReflectiveOperationException {
        for (Field f : o.getClass().getFields()) {
            if (Modifier.isStatic(f.getModifiers()) || f.getName().equals("id") || f.getName().equals("lineage")) {
                continue;
            }
            String path = prefix + f.getName();
            int n = values.size() + 1;
            if (f.getType() == String.class) {
                String v = "字段" + n + "值";
                f.set(o, v);
                values.put(path, v);
            } else if (f.getType() == Amount.class) {
                String v = (7000 + n) + ".1357";
                f.set(o, Amount.of(v));
                values.put(path, v);
            } else if (f.getType() == Funds.class || f.getType() == Signature.class || f.getType() == SelfEvaluation.class
                    || f.getType() == FundsExecution.class) {
                mark(f.get(o), path + ".", values);
            }
        }
    }

    /** The fields the editors shown for these nodes mark: editable inputs and table columns. */
    private static Set<String> edited(FxRobot robot, SheetRobot sheet, List<java.util.function.Predicate<UnitNode>> nodes) {
        Set<String> edited = new TreeSet<>();
        for (var node : nodes) {
            sheet.open(node);
            WaitForAsyncUtils.waitForFxEvents();
            Node editor = robot.lookup("#details").query();
            List<String> readOnly = new java.util.ArrayList<>();
            robot.interact(() -> {
                for (Node n : FieldPath.tagged(editor)) {
                    if (n instanceof TextInputControl t && !t.isEditable()) {
                        readOnly.add(FieldPath.all(n).toString());
                    }
                    edited.addAll(FieldPath.all(n));
                }
                editor.lookupAll(".table-view").forEach(t -> ((TableView<?>) t).getColumns()
                        .forEach(c -> edited.addAll(FieldPath.all(c).stream().map(p -> rowsOf(t, p)).toList())));
                editor.lookupAll(".tree-table-view").forEach(t -> ((TreeTableView<?>) t).getColumns()
                        .forEach(c -> edited.addAll(FieldPath.all(c).stream().map(p -> rowsOf(t, p)).toList())));
            });
            assertEquals(List.of(), readOnly, "a marked field can be typed in");
        }
        return edited;
    }

    /** A column of the indicator tree or score grid edits "indicators[].FIELD"; other tables name their list already. */
    private static String rowsOf(Node table, String path) {
        boolean indicators = Set.of("indicatorTree", "scoreGrid", "overallIndicators").contains(table.getId());
        return indicators ? "indicators[]." + path : path;
    }

    private void assertEdited(FxRobot robot, Map<String, Set<String>> printed, List<java.util.function.Predicate<UnitNode>> editors) {
        Set<String> edited = edited(robot, new SheetRobot(robot), editors);
        Map<String, Set<String>> without = new TreeMap<>(printed);
        without.keySet().removeAll(edited);
        without.keySet().removeAll(BY_THE_TREE);
        assertEquals(Map.of(), without, "printed fields (with the forms that print them) that no editor edits");
    }

    @Test
    void everyPrintedFieldOfAProjectAndItsIndicatorsHasAnEditor(FxRobot robot) throws Exception {
        Map<String, Set<String>> printed = printed(y -> y.projects.isEmpty() ? null : y.projects.get(0));
        assertTrue(printed.containsKey("funds.statedTotal") && printed.containsKey("indicators[].target"),
                "the scan finds what every declaration prints: " + printed.keySet());
        assertEdited(robot, printed, List.of(SheetRobot.node(UnitNode.Kind.PROJECT, 2022, "机要工作经费"),
                SheetRobot.node(UnitNode.Kind.PROJECT_SELF_EVALUATION, 2022, "机要工作经费")));
    }

    @Test
    void everyPrintedFieldOfTheUnitOverallHasAnEditor(FxRobot robot) throws Exception {
        Map<String, Set<String>> printed = printed(y -> y.overall);
        assertTrue(printed.containsKey("statedTotal"), "the scan finds the 部门整体's 资金总额: " + printed.keySet());
        assertEdited(robot, printed, List.of(SheetRobot.node(UnitNode.Kind.OVERALL, 2022, null),
                SheetRobot.node(UnitNode.Kind.OVERALL_SELF_EVALUATION, 2022, null)));
    }

    @Test
    void everyPrintedFieldOfTheBasicDataTableHasAnEditor(FxRobot robot) throws Exception {
        Map<String, Set<String>> printed = printed(y -> y.basicData);
        assertTrue(printed.containsKey("savingMeasures"), "the scan finds 厉行节约保障措施: " + printed.keySet());
        assertEdited(robot, printed, List.of(SheetRobot.node(UnitNode.Kind.BASIC_DATA, 2022, null)));
    }
}
