package cn.jixiao.app.importing;

import cn.jixiao.app.main.MainViewModel;
import cn.jixiao.app.main.UnitNode;
import cn.jixiao.app.text.Messages;
import cn.jixiao.domain.Amount;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.importing.DocumentPreview;
import cn.jixiao.importing.FieldChange;
import cn.jixiao.importing.FormImport;
import cn.jixiao.importing.FormPreview;
import cn.jixiao.importing.ImportChoice;
import cn.jixiao.importing.ImportPlan;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * 导入 Word/Excel 表格: the documents chosen, read in the background by {@link FormImport}; per
 * form its year and what becomes of it (新建项目 or 合并到 a project the service offers); the
 * import itself as one edit on the main window's history (one Ctrl+Z takes it back).
 */
public final class ImportViewModel {
    /** The file endings the chooser offers and a drop accepts: what the import reads, and WPS's own files, which it refuses with advice. */
    private static final List<String> OFFERED = List.of("docx", "doc", "xlsx", "xls", "wps", "et");

    /**
     * A target of a form: 新建项目, 合并到 one of the projects the service offers for its year, or
     * 不导入; for a unit-level form 导入到该年度 or 不导入.
     */
    public record Target(ImportChoice choice, String label) {
        Target(ImportChoice choice) {
            this(choice, choice.label());
        }

        public boolean merges() {
            return choice instanceof ImportChoice.MergeInto;
        }

        /** 不导入: the form is left out. */
        public boolean skips() {
            return choice instanceof ImportChoice.Skip;
        }
    }

    /** 原值 → 导入值 of one field when merging. */
    public record Change(String field, String before, String after) {
    }

    /** One document read: its forms, or the Chinese reason it was refused. */
    public static final class DocumentItem {
        private final DocumentPreview preview;
        private final List<FormItem> forms = new ArrayList<>();

        DocumentItem(DocumentPreview preview) {
            this.preview = preview;
        }

        public Path file() {
            return preview.file();
        }

        public boolean refused() {
            return preview.isRefused();
        }

        public List<FormItem> forms() {
            return forms;
        }
    }

    /** One form found: the year it goes into (text, as the clerk may type it) and its target. */
    public static final class FormItem {
        private final FormPreview found;
        private final StringProperty year = new SimpleStringProperty("");
        private final ObjectProperty<Target> target = new SimpleObjectProperty<>();
        private final ObservableList<Target> targets = FXCollections.observableArrayList();

        FormItem(FormPreview found) {
            this.found = found;
            found.year().ifPresent(y -> year.set(Integer.toString(y)));
        }

        public FormPreview found() {
            return found;
        }

        /** 年度 as typed; blank when the document states none and the clerk has not typed one. */
        public StringProperty yearProperty() {
            return year;
        }

        public ObjectProperty<Target> targetProperty() {
            return target;
        }

        /** 新建项目 first, then 合并到 each project the service offers for the year, then 不导入; 导入到该年度 and 不导入 for a unit-level form. */
        public ObservableList<Target> targets() {
            return targets;
        }

        /** Something the clerk should look at: a cell not placed, a guess, or no year. */
        public boolean needsLook() {
            return !found.unplaced().isEmpty() || !found.guesses().isEmpty() || year.get().isBlank();
        }
    }

    private final MainViewModel main;
    private final FormImport service = new FormImport();
    private final ObservableList<DocumentItem> documents = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper anythingChosen = new ReadOnlyBooleanWrapper();
    private ImportPlan plan;

    public ImportViewModel(MainViewModel main) {
        this.main = main;
    }

    /** True for a file whose ending the import looks at (a drop of other files is not taken). */
    static boolean offered(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && OFFERED.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The chooser's patterns (*.docx, …). */
    static List<String> chooserPatterns() {
        return OFFERED.stream().map(e -> "*." + e).toList();
    }

    public ObservableList<DocumentItem> documents() {
        return documents;
    }

    public ReadOnlyBooleanProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }

    /** True once a document with a form has been read: there is something for 导入 to do. */
    public ReadOnlyBooleanProperty anythingChosenProperty() {
        return anythingChosen.getReadOnlyProperty();
    }

    /**
     * Reads the files (those not read yet) one by one off the FX thread: the bar moves per
     * document, each shows in the preview as soon as it is read, and a cancel stops before the
     * next one (a document is read whole or not at all).
     */
    public Task<List<DocumentPreview>> readTask(List<Path> files) {
        Set<Path> known = new LinkedHashSet<>();
        documents.forEach(d -> known.add(d.file().toAbsolutePath().normalize()));
        List<Path> todo = files.stream().filter(f -> !known.contains(f.toAbsolutePath().normalize())).distinct().toList();
        Unit unit = main.unit();
        reading.set(true);
        return new Task<>() {
            @Override
            protected List<DocumentPreview> call() {
                List<DocumentPreview> read = new ArrayList<>();
                for (int i = 0; i < todo.size() && !isCancelled(); i++) {
                    Path file = todo.get(i);
                    updateProgress(i, todo.size());
                    updateMessage(Messages.text("importViewModel.status.reading", file.getFileName(), i + 1, todo.size()));
                    DocumentPreview d = service.preview(file, unit);
                    read.add(d);
                    Platform.runLater(() -> added(d));
                }
                updateProgress(todo.size(), todo.size());
                return read;
            }

            @Override
            protected void succeeded() {
                reading.set(false);
            }

            @Override
            protected void cancelled() {
                reading.set(false);
            }

            @Override
            protected void failed() {
                reading.set(false);
            }
        };
    }

    /** A document read: into the plan, keeping what was chosen for the forms already there. */
    private void added(DocumentPreview d) {
        List<DocumentPreview> all = new ArrayList<>();
        documents.forEach(item -> all.add(item.preview));
        all.add(d);
        ImportPlan next = service.plan(main.unit(), all);
        if (plan != null) {
            for (DocumentItem item : documents) {
                for (FormItem f : item.forms) {
                    OptionalInt year = plan.year(f.found);
                    if (year.isPresent() && !year.equals(f.found.year())) {
                        next.overrideYear(f.found, year.getAsInt());
                    }
                    next.choose(f.found, plan.choice(f.found));
                }
            }
        }
        plan = next;
        DocumentItem item = new DocumentItem(d);
        for (FormPreview f : d.forms()) {
            FormItem form = new FormItem(f);
            fillTargets(form);
            form.target.addListener((o, a, b) -> {
                if (b != null) {
                    plan.choose(form.found, b.choice());
                }
            });
            form.year.addListener((o, a, b) -> yearTyped(form, b));
            item.forms.add(form);
        }
        documents.add(item);
        anythingChosen.set(documents.stream().anyMatch(x -> !x.forms.isEmpty()));
    }

    /** 新建项目, the projects offered for the form's year and 不导入 (a unit-level form: its year or 不导入), the plan's choice selected. */
    private void fillTargets(FormItem form) {
        List<Target> list = new ArrayList<>();
        list.add(form.found.isProject() ? new Target(new ImportChoice.CreateNew())
                : new Target(new ImportChoice.CreateNew(), Messages.text("importViewModel.target.intoYear")));
        OptionalInt year = plan.year(form.found);
        List<Project> offered = year.isPresent() ? service.candidates(main.unit(), form.found, year.getAsInt()) : List.of();
        ImportChoice chosen = plan.choice(form.found);
        Target selected = list.get(0);
        for (Project p : offered) {
            Target t = new Target(new ImportChoice.MergeInto(p));
            list.add(t);
            if (chosen instanceof ImportChoice.MergeInto m && m.target() == p) {
                selected = t;
            }
        }
        Target skip = new Target(new ImportChoice.Skip());
        list.add(skip);
        if (chosen instanceof ImportChoice.Skip) {
            selected = skip;
        }
        form.targets.setAll(list);
        form.target.set(selected);
    }

    /** A year typed: the plan follows once it is a year; the projects to merge into are those of that year. */
    private void yearTyped(FormItem form, String text) {
        OptionalInt y = parseYear(text);
        if (y.isEmpty() || plan.year(form.found).equals(y)) {
            return;
        }
        plan.overrideYear(form.found, y.getAsInt());
        fillTargets(form);
    }

    private static OptionalInt parseYear(String text) {
        String t = text == null ? "" : text.strip();
        if (!t.matches("\\d{4}")) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(t));
    }

    /** Why 导入 cannot go ahead now (a year missing or mistyped), in Chinese; empty when it can. */
    public Optional<String> problem() {
        for (DocumentItem d : documents) {
            for (FormItem f : d.forms) {
                if (!plan.skips(f.found) && parseYear(f.year.get()).isEmpty()) {
                    return Optional.of(Messages.text("importViewModel.problem.year", d.file().getFileName(), f.found.place(), f.found.name()));
                }
            }
        }
        if (plan == null || plan.imported().isEmpty()) {
            return Optional.of(Messages.text("importViewModel.problem.nothing"));
        }
        List<String> problems = plan.problems();
        return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", problems));
    }

    /** Imports every form as chosen, as one edit (one undo step); the main window's tree shows the projects at once. */
    public void apply() {
        main.perform(service.apply(main.unit(), plan));
        main.statusProperty().set(Messages.text("importViewModel.status.imported", plan.imported().size(), documentsRead()));
        // the window shows where the projects went: the project list of the first form's year
        plan.imported().stream().filter(FormPreview::isProject).findFirst().flatMap(f -> {
            OptionalInt y = plan.year(f);
            return y.isPresent() ? main.unit().year(y.getAsInt()) : Optional.empty();
        }).ifPresent(fy -> main.openRequestProperty().set(new UnitNode(UnitNode.Kind.PROJECTS, fy, null)));
    }

    private long documentsRead() {
        return documents.stream().filter(d -> !d.refused()).count();
    }

    /** Old → new per field when the form is merged as chosen; empty for a new project. */
    public List<Change> changes(FormItem form) {
        return service.changes(main.unit(), plan, form.found).stream().map(ImportViewModel::change).toList();
    }

    private static Change change(FieldChange c) {
        String empty = Messages.text("importViewModel.text.empty");
        return new Change(c.label(), c.before().isEmpty() ? empty : c.before(), c.after().isEmpty() ? empty : c.after());
    }

    /** The tree's text for a document or a form. */
    public String label(Object item) {
        if (item instanceof DocumentItem d) {
            String name = d.file().getFileName().toString();
            return d.refused() ? Messages.text("importViewModel.label.refusedDocument", name)
                    : Messages.text("importViewModel.label.document", name, d.forms.size());
        }
        FormItem f = (FormItem) item;
        String year = f.year.get().isBlank() ? Messages.text("importViewModel.label.noYear") : Messages.text("importViewModel.label.year", f.year.get());
        // a unit-level form that is the whole document has no place of its own to name
        StringBuilder s = new StringBuilder(f.found.isProject() ? Messages.text("importViewModel.label.form", year, f.found.kind(), f.found.name())
                : f.found.place().isBlank() ? Messages.text("importViewModel.label.wholeForm", year, f.found.kind())
                : Messages.text("importViewModel.label.unitForm", year, f.found.kind(), f.found.place()));
        if (f.target.get() != null && f.target.get().merges()) {
            s.append(Messages.text("importViewModel.label.merged"));
        }
        if (f.target.get() != null && f.target.get().skips()) {
            s.append(Messages.text("importViewModel.label.skipped"));
        }
        if (!f.found.unplaced().isEmpty()) {
            s.append(Messages.text("importViewModel.label.unplacedCount", f.found.unplaced().size()));
        }
        if (!f.found.guesses().isEmpty()) {
            s.append(Messages.text("importViewModel.label.guessCount", f.found.guesses().size()));
        }
        return s.toString();
    }

    /** What a document is: the forms found, or the reason it was refused. */
    public String documentText(DocumentItem d) {
        return d.preview.refusal().orElseGet(() -> Messages.text("importViewModel.text.documentRead", d.forms.size()));
    }

    /** 表单: its kind and where it is in the document. */
    public String formText(FormItem f) {
        return f.found.place().isBlank() ? f.found.kind() : Messages.text("importViewModel.text.form", f.found.kind(), f.found.place());
    }

    /** Where the year came from: the document, or nowhere (then the clerk types it). */
    public String yearNote(FormItem f) {
        return f.found.year().isPresent() ? Messages.text("importViewModel.text.yearStated", f.found.year().getAsInt())
                : Messages.text("importViewModel.text.yearMissing");
    }

    /** True for a project's form; false for a unit-level one (部门整体, 基础数据表, the unit's lines of a form), which goes into its year. */
    public boolean isProjectForm(FormItem f) {
        return f.found.isProject();
    }

    /** True when the document states the form's year. */
    public boolean yearStated(FormItem f) {
        return f.found.year().isPresent();
    }

    /** The project form's indicators as read (一级, 二级, 三级, 指标值 …); empty for a unit-level form. */
    public Optional<List<Indicator>> indicators(FormItem f) {
        return f.found.project().map(p -> p.indicators);
    }

    public String projectName(FormItem f) {
        return f.found.name().isBlank() ? Messages.text("importViewModel.text.empty") : f.found.name();
    }

    /** 金额 in 万元 as stated; empty for a unit-level form. */
    public String amountText(FormItem f) {
        Amount a = f.found.amount();
        return a.isEmpty() ? Messages.text("importViewModel.text.empty") : Messages.text("importViewModel.text.amount", a);
    }

    /** Every guess, where it was made and what; then what importing it as chosen guesses (a 基础数据表 line's 对应项目 by name). */
    public List<String> guessTexts(FormItem f) {
        List<String> out = new ArrayList<>(f.found.guesses().stream()
                .map(g -> g.place().isBlank() ? g.text() : Messages.text("importViewModel.text.at", g.place(), g.text())).toList());
        if (plan != null) {
            out.addAll(service.notes(main.unit(), plan, f.found));
        }
        return out;
    }

    /** Every cell not placed, where it is and what it says. */
    public List<String> unplacedTexts(FormItem f) {
        return f.found.unplaced().stream().map(c -> Messages.text("importViewModel.text.at", c.place(), c.text().replace('\n', ' '))).toList();
    }

    /** The line under the preview once reading stopped: how many forms, refused documents, cells not placed. */
    public String summary(boolean cancelled) {
        long forms = documents.stream().mapToLong(d -> d.forms.size()).sum();
        long refused = documents.stream().filter(DocumentItem::refused).count();
        long unplaced = documents.stream().flatMap(d -> d.forms.stream()).mapToLong(f -> f.found.unplaced().size()).sum();
        String s = Messages.text("importViewModel.status.read", documents.size(), forms, refused, unplaced);
        return cancelled ? Messages.text("importViewModel.status.cancelled") + s : s;
    }

    /** A failure's text for the clerk: the service's own Chinese message, else a plain Chinese 'unknown'. */
    public String failureText(Throwable e) {
        String m = e == null ? null : e.getMessage();
        return m != null && m.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                ? m : Messages.text("importViewModel.error.unknown");
    }
}
