package cn.jixiao.app.export;

import cn.jixiao.app.text.Messages;
import cn.jixiao.documents.DocumentExporter;
import cn.jixiao.documents.DocumentExporter.Format;
import cn.jixiao.documents.FormLayout;
import cn.jixiao.documents.FormLayouts;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Json;
import cn.jixiao.domain.Unit;
import cn.jixiao.review.Review;
import cn.jixiao.review.Severity;
import cn.jixiao.workspace.ExportChoices;
import cn.jixiao.workspace.UserFolders;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * 导出表格: which forms of which year, in which style and format, for which projects, into which
 * folder; and the background task that writes them with {@link DocumentExporter}.
 */
public final class ExportViewModel {
    /** One form the clerk may tick, in the style picked for it. */
    public static final class FormChoice {
        private final String form;
        private final String title;
        private final List<String> styles;
        private final BooleanProperty selected = new SimpleBooleanProperty();
        private final StringProperty style = new SimpleStringProperty();

        FormChoice(String form, String title, List<String> styles, String style, boolean selected) {
            this.form = form;
            this.title = title;
            this.styles = List.copyOf(styles);
            this.style.set(style);
            this.selected.set(selected);
        }

        public String form() {
            return form;
        }

        /** The title as the chosen style prints it (styles differ: 项目支出绩效目标表 / 项目支出绩效目标申报表). */
        public String title() {
            return FormLayouts.find(form, style.get()).map(FormLayout::title).orElse(title);
        }

        public List<String> styles() {
            return styles;
        }

        public BooleanProperty selectedProperty() {
            return selected;
        }

        public StringProperty styleProperty() {
            return style;
        }

        /** One document per project (申报表, 自评表), as opposed to one for the whole year. */
        public boolean perProject() {
            return FormLayouts.find(form, style.get()).map(FormLayout::perProject).orElse(false);
        }
    }

    /** A project of the year and whether it is among those exported. */
    public static final class ProjectChoice {
        private final String name;
        /** Unticked at first: choosing "only the ticked ones" is for one or a few projects. */
        private final BooleanProperty selected = new SimpleBooleanProperty(false);

        ProjectChoice(String name) {
            this.name = name;
        }

        public String name() {
            return name;
        }

        public BooleanProperty selectedProperty() {
            return selected;
        }
    }

    /** A failure while writing one form, said in the clerk's terms. */
    public static final class ExportFailure extends RuntimeException {
        ExportFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Unit unit;
    private final IntegerProperty year = new SimpleIntegerProperty();
    private final ObservableList<FormChoice> forms = FXCollections.observableArrayList();
    private final ObservableList<ProjectChoice> projects = FXCollections.observableArrayList();
    private final BooleanProperty allProjects = new SimpleBooleanProperty(true);
    private final BooleanProperty separateFiles = new SimpleBooleanProperty(false);
    /** 意见及处理情况: the year's remarks printed last. */
    private final BooleanProperty withComments = new SimpleBooleanProperty(false);
    private java.util.function.IntFunction<List<cn.jixiao.fields.FieldComment>> comments = y -> List.of();
    private final BooleanProperty docx = new SimpleBooleanProperty(true);
    private final BooleanProperty xlsx = new SimpleBooleanProperty(false);
    private final BooleanProperty pdf = new SimpleBooleanProperty(false);
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper projectChoiceApplies = new ReadOnlyBooleanWrapper();

    public ExportViewModel(Unit unit, int year, Path folder) {
        this.unit = unit;
        this.folder.set(folder);
        this.year.set(year);
        loadYear(year);
        this.year.addListener((o, a, b) -> loadYear(b.intValue()));
    }

    /** The dialog for the unit, on the given year (0: the latest), into the folder and formats used last time. */
    public static ExportViewModel forUnit(Unit unit, int year) {
        int y = year != 0 ? year : unit.years.stream().mapToInt(f -> f.year).max().orElse(0);
        ExportViewModel m = new ExportViewModel(unit, y, ExportFolder.load());
        Set<Format> last = remembered().formats();
        if (!last.isEmpty()) {
            m.docx.set(last.contains(Format.DOCX));
            m.xlsx.set(last.contains(Format.XLSX));
            m.pdf.set(last.contains(Format.PDF));
        }
        return m;
    }

    private static ExportChoices remembered() {
        return new ExportChoices(UserFolders.dataFolder());
    }

    private void loadYear(int y) {
        Optional<FiscalYear> fy = unit.year(y);
        String preferred = fy.map(f -> DocumentExporter.defaultStyle(unit, f)).orElse("");
        String unitStyle = unit.formStyle == null ? "" : unit.formStyle.strip();
        List<FormChoice> list = new ArrayList<>();
        for (String form : cn.jixiao.documents.FormOrder.sorted(FormLayouts.forms())) {
            List<String> styles = FormLayouts.styles(form);
            String style = styles.contains(preferred) ? preferred : styles.contains(unitStyle) ? unitStyle
                    : sameRegion(styles, preferred.isEmpty() ? unitStyle : preferred);
            list.add(new FormChoice(form, FormLayouts.title(form).orElse(form), styles, style, styles.contains(preferred)));
        }
        forms.setAll(list);
        for (FormChoice f : list) {
            f.selectedProperty().addListener(o -> updateProjectChoice());
            f.styleProperty().addListener(o -> updateProjectChoice());
        }
        updateProjectChoice();
        projects.setAll(fy.map(f -> f.projects.stream().map(p -> new ProjectChoice(p.name)).toList()).orElse(List.of()));
    }

    /**
     * For a form the unit's own style does not print: the same finance bureau's style of the
     * nearest year ('hengyang-2022' for a unit in 'hengyang-2021'), else the first there is. Style
     * names are 'region-year'.
     */
    static String sameRegion(List<String> styles, String own) {
        int dash = own.lastIndexOf('-');
        if (dash <= 0) {
            return styles.get(0);
        }
        String region = own.substring(0, dash + 1);
        int year = yearOf(own);
        return styles.stream().filter(s -> s.startsWith(region))
                .min(java.util.Comparator.comparingInt(s -> Math.abs(yearOf(s) - year)))
                .orElse(styles.get(0));
    }

    private static int yearOf(String style) {
        try {
            return Integer.parseInt(style.substring(style.lastIndexOf('-') + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public List<Integer> years() {
        return unit.years.stream().map(f -> f.year).sorted((a, b) -> b - a).toList();
    }

    public IntegerProperty yearProperty() {
        return year;
    }

    public ObservableList<FormChoice> forms() {
        return forms;
    }

    public ObservableList<ProjectChoice> projects() {
        return projects;
    }

    /**
     * True while a ticked form prints one document per project (申报表, 自评表): only then does the
     * choice of projects mean anything; the yearly forms always hold every project.
     */
    public ReadOnlyBooleanProperty projectChoiceAppliesProperty() {
        return projectChoiceApplies.getReadOnlyProperty();
    }

    private void updateProjectChoice() {
        projectChoiceApplies.set(forms.stream().anyMatch(f -> f.selectedProperty().get() && f.perProject()));
    }

    public BooleanProperty allProjectsProperty() {
        return allProjects;
    }

    public BooleanProperty separateFilesProperty() {
        return separateFiles;
    }

    public BooleanProperty withCommentsProperty() {
        return withComments;
    }

    /** Where the year's 意见 come from (the open file), for the 意见及处理情况 sheet. */
    public ExportViewModel comments(cn.jixiao.workspace.Workspace workspace) {
        comments = workspace == null ? y -> List.of() : workspace::comments;
        return this;
    }

    public BooleanProperty docxProperty() {
        return docx;
    }

    public BooleanProperty xlsxProperty() {
        return xlsx;
    }

    public BooleanProperty pdfProperty() {
        return pdf;
    }

    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    public Optional<FormChoice> form(String form) {
        return forms.stream().filter(f -> f.form().equals(form)).findFirst();
    }

    /** Ticks exactly the given project (and unticks "all projects"). */
    public void chooseOnlyProject(String name) {
        allProjects.set(false);
        projects.forEach(p -> p.selectedProperty().set(p.name().equals(name)));
    }

    /** What keeps the export from starting, as the clerk should read it; empty when it can start. */
    public Optional<String> problem() {
        if (unit.year(year.get()).isEmpty()) {
            return Optional.of(Messages.text("exportViewModel.text.chooseYear"));
        }
        if (forms.stream().noneMatch(f -> f.selectedProperty().get())) {
            return Optional.of(Messages.text("exportViewModel.text.chooseForm"));
        }
        if (!docx.get() && !xlsx.get() && !pdf.get()) {
            return Optional.of(Messages.text("exportViewModel.text.chooseFormat"));
        }
        boolean perProject = forms.stream().anyMatch(f -> f.selectedProperty().get() && f.perProject());
        if (perProject && chosenProjects().isEmpty() && !allProjects.get()) {
            return Optional.of(Messages.text("exportViewModel.text.chooseProject"));
        }
        if (folder.get() == null) {
            return Optional.of(Messages.text("exportViewModel.text.chooseFolder"));
        }
        return Optional.empty();
    }

    /** What keeps the year's package (报送包) from starting: only a year and a folder are needed. */
    public Optional<String> packageProblem() {
        if (unit.year(year.get()).isEmpty()) {
            return Optional.of(Messages.text("exportViewModel.text.chooseYear"));
        }
        if (folder.get() == null) {
            return Optional.of(Messages.text("exportViewModel.text.chooseFolder"));
        }
        return Optional.empty();
    }

    /**
     * 报送包 as a task: every form of the year in one workbook (the review's findings last) and
     * one PDF, named 年度-单位名称-报送包, on a copy of the unit taken now.
     */
    public Task<List<Path>> packageTask() {
        String snapshot = Json.write(unit);
        Path out = folder.get();
        int y = year.get();
        remembered().remember(out, EnumSet.copyOf(formatsOrDocx()));
        return new Task<>() {
            @Override
            protected List<Path> call() throws Exception {
                updateMessage(Messages.text("exportViewModel.package.running", y));
                updateProgress(-1, 1);
                List<String> warnings = new ArrayList<>();
                cn.jixiao.bureau.YearPackage.Written w;
                try {
                    w = cn.jixiao.bureau.YearPackage.write(Json.read(snapshot, Unit.class), y, out, warnings::add);
                } catch (Exception e) {
                    throw new ExportFailure(Messages.text("exportViewModel.package.failed", reason(e)), e);
                }
                updateProgress(1, 1);
                updateMessage(warnings.isEmpty() ? Messages.text("exportViewModel.status.exported", 2)
                        : Messages.text("exportViewModel.status.exportedWithNotes", 2, warnings.size(), warnings.get(0)));
                return w.files();
            }
        };
    }

    private List<Format> formatsOrDocx() {
        List<Format> f = formats();
        return f.isEmpty() ? List.of(Format.DOCX) : f;
    }

    /** 错误 findings of the year's review: the forms would be sent back by the finance bureau. */
    public int errorCount() {
        return (int) Review.run(unit, year.get()).stream().filter(f -> f.severity() == Severity.ERROR).count();
    }

    private List<String> chosenProjects() {
        return projects.stream().filter(p -> p.selectedProperty().get()).map(ProjectChoice::name).toList();
    }

    /** One request per ticked form and format; the project choice applies to per-project forms only. */
    public List<DocumentExporter.Request> requests() {
        List<DocumentExporter.Request> out = new ArrayList<>();
        List<String> chosen = allProjects.get() ? List.of() : chosenProjects();
        for (FormChoice f : forms) {
            if (!f.selectedProperty().get()) {
                continue;
            }
            for (Format format : formats()) {
                boolean perProject = f.perProject();
                DocumentExporter.Request r = new DocumentExporter.Request(year.get(), f.form(), f.styleProperty().get(),
                        perProject ? chosen : List.of(), format, folder.get(), perProject && separateFiles.get());
                out.add(withComments.get() ? r.withComments(comments.apply(year.get())) : r);
            }
        }
        return out;
    }

    private List<Format> formats() {
        List<Format> out = new ArrayList<>();
        if (docx.get()) {
            out.add(Format.DOCX);
        }
        if (xlsx.get()) {
            out.add(Format.XLSX);
        }
        if (pdf.get()) {
            out.add(Format.PDF);
        }
        return out;
    }

    /**
     * The export as a task: progress over all files, stops at the next project when cancelled.
     * It works on a copy of the unit taken now, so the window stays free while it runs.
     */
    public Task<List<Path>> exportTask() {
        List<DocumentExporter.Request> requests = requests();
        String snapshot = Json.write(unit);
        Path out = folder.get();
        Set<Format> used = EnumSet.noneOf(Format.class);
        used.addAll(formats());
        remembered().remember(out, used);
        return new Task<>() {
            @Override
            protected List<Path> call() throws Exception {
                Unit copy = Json.read(snapshot, Unit.class);
                Files.createDirectories(out);
                List<Path> written = new ArrayList<>();
                List<String> warnings = new ArrayList<>();
                for (int i = 0; i < requests.size(); i++) {
                    DocumentExporter.Request r = requests.get(i);
                    String title = FormLayouts.find(r.form(), r.style()).map(FormLayout::title)
                            .or(() -> FormLayouts.title(r.form())).orElse(r.form());
                    String what = "《" + title + "》（" + r.format().extension() + "）";
                    updateMessage(Messages.text("exportViewModel.status.writing", what));
                    int index = i;
                    try {
                        written.addAll(DocumentExporter.export(copy, r, new DocumentExporter.Progress() {
                            @Override
                            public void update(int done, int total) {
                                if (isCancelled()) {
                                    throw new CancellationException();
                                }
                                updateProgress(index + (double) done / total, requests.size());
                            }

                            @Override
                            public void warning(String message) {
                                warnings.add(message);
                            }
                        }));
                    } catch (CancellationException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new ExportFailure(Messages.text("exportViewModel.error.formFailed", what, culprit(copy, r), reason(e)), e);
                    }
                }
                updateProgress(1, 1);
                // a text cut or a character removed to fit the format is said, not lost unsaid
                updateMessage(warnings.isEmpty() ? Messages.text("exportViewModel.status.exported", written.size())
                        : Messages.text("exportViewModel.status.exportedWithNotes", written.size(), warnings.size(), warnings.get(0)));
                return written;
            }
        };
    }

    /** The project whose form could not be laid out, found by laying each out alone: '（项目“…”）'. */
    private static String culprit(Unit unit, DocumentExporter.Request r) {
        FiscalYear fy = unit.year(r.year()).orElse(null);
        if (fy == null) {
            return "";
        }
        List<String> names = r.projects().isEmpty() ? fy.projects.stream().map(p -> p.name).toList() : r.projects();
        for (String name : names) {
            try {
                DocumentExporter.render(unit, r.year(), r.form(), r.style(), List.of(name));
            } catch (RuntimeException e) {
                return projectNamed(name);
            }
        }
        // laid out fine, so writing failed: the file is the one project's when only one was asked for
        return r.projects().size() == 1 ? projectNamed(r.projects().get(0)) : "";
    }

    private static String projectNamed(String name) {
        return Messages.text("exportViewModel.text.ofProject", name.isBlank() ? Messages.text("exportViewModel.text.unnamedProject") : name);
    }

    private static String reason(Throwable e) {
        if (e instanceof java.nio.file.AccessDeniedException a) {
            return Messages.text("exportViewModel.text.noWritePermission", a.getFile());
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return Messages.text("exportViewModel.text.fileLocked", f.getFile(), f.getReason());
        }
        String m = e.getMessage();
        if (m != null && m.endsWith("：null")) {
            // the file system gave no reason: say what is in the way, as far as we can tell
            String why = e.getCause() instanceof java.nio.file.DirectoryNotEmptyException
                    || e.getCause() instanceof java.nio.file.FileAlreadyExistsException ? Messages.text("exportViewModel.text.folderInTheWay") : Messages.text("exportViewModel.text.writeRefused");
            return m.substring(0, m.length() - "null".length()) + why;
        }
        return m == null || m.isBlank() ? Messages.text("exportViewModel.text.unknownError", e.getClass().getSimpleName()) : m;
    }
}
