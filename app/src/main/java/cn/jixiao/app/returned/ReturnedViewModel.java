package cn.jixiao.app.returned;

import cn.jixiao.app.main.MainViewModel;
import cn.jixiao.bureau.ReturnedForms;
import cn.jixiao.fields.FieldComment;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 导入财政局退回的表格: the comparison of a returned workbook with the open unit, each change to
 * accept or not (all, none, one by one), the bureau's remarks, and the import of what was chosen
 * as one undo step. A file that is not ours or is another unit's is refused with its message.
 */
public final class ReturnedViewModel {
    /** One change the bureau made, and whether the clerk takes it. */
    public static final class Choice {
        private final ReturnedForms.Difference difference;
        private final BooleanProperty accepted = new SimpleBooleanProperty(true);

        Choice(ReturnedForms.Difference difference) {
            this.difference = difference;
        }

        public ReturnedForms.Difference difference() {
            return difference;
        }

        public BooleanProperty acceptedProperty() {
            return accepted;
        }
    }

    private final MainViewModel main;
    private final ObservableList<Choice> choices = FXCollections.observableArrayList();
    private final ObservableList<ReturnedForms.Remark> remarks = FXCollections.observableArrayList();
    private final ObservableList<ReturnedForms.RowChange> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper("");
    private ReturnedForms.Comparison comparison;

    public ReturnedViewModel(MainViewModel main) {
        this.main = main;
    }

    /** Reads and compares the file; false (with {@link #refusalProperty()} saying why) when it is refused. */
    public boolean load(Path file) {
        choices.clear();
        remarks.clear();
        rows.clear();
        comparison = null;
        try {
            comparison = ReturnedForms.compare(main.unit(), file);
        } catch (ReturnedForms.Refused e) {
            refusal.set(e.getMessage());
            return false;
        }
        refusal.set("");
        comparison.differences().forEach(d -> choices.add(new Choice(d)));
        remarks.setAll(comparison.remarks());
        rows.setAll(comparison.rows());
        return true;
    }

    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    public ObservableList<Choice> choices() {
        return choices;
    }

    /** The changes by project ('' for the unit's and the year's own fields), in the file's order. */
    public Map<String, List<Choice>> byProject() {
        Map<String, List<Choice>> out = new LinkedHashMap<>();
        choices.forEach(c -> out.computeIfAbsent(c.difference().project(), k -> new java.util.ArrayList<>()).add(c));
        return out;
    }

    public ObservableList<ReturnedForms.Remark> remarks() {
        return remarks;
    }

    public ObservableList<ReturnedForms.RowChange> rows() {
        return rows;
    }

    /** '“文件”：2021年度项目支出绩效目标表，文件日期 2024-03-05'. */
    public String heading() {
        return comparison == null ? "" : comparison.lines().get(0);
    }

    public void acceptAll() {
        choices.forEach(c -> c.acceptedProperty().set(true));
    }

    public void acceptNone() {
        choices.forEach(c -> c.acceptedProperty().set(false));
    }

    /** 导入: the accepted changes and the remarks on fields, as one edit (one undo step). */
    public void importChosen() {
        if (comparison == null) {
            return;
        }
        List<ReturnedForms.Difference> chosen = choices.stream().filter(c -> c.acceptedProperty().get())
                .map(Choice::difference).toList();
        List<FieldComment> comments = main.workspaceProperty().get().comments(comparison.year());
        main.perform(ReturnedForms.accept(main.unit(), comparison, chosen, true, comments));
    }

    /** The year compared, for the 意见 list to show it. */
    public int year() {
        return comparison == null ? 0 : comparison.year();
    }
}
