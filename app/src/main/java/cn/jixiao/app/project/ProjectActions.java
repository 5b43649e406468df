package cn.jixiao.app.project;

import cn.jixiao.app.text.Messages;
import cn.jixiao.app.main.MainView;
import cn.jixiao.app.main.MainViewModel;
import cn.jixiao.app.main.UnitNode;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.editing.Edit;
import cn.jixiao.projects.ProjectCopies;
import cn.jixiao.projects.ProjectListEdits;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;

import java.util.ArrayList;
import java.util.List;

/** 项目 menu and the unit tree's context menu: new, duplicate, delete, move, start the next year. */
public final class ProjectActions {
    private final MainViewModel vm;
    private final MainView view;

    private ProjectActions(MainViewModel vm, MainView view) {
        this.vm = vm;
        this.view = view;
    }

    /** Adds the 项目 menu, the tree's context menu and its keys (Delete, Alt+↑/↓) to the window. */
    public static void install(MainViewModel vm, MainView view) {
        ProjectActions a = new ProjectActions(vm, view);
        Menu menu = new Menu(Messages.text("projectActions.menu.projects"));
        menu.setId("projectMenu");
        // built once so the accelerators stay registered; texts and states follow the selection
        menu.getItems().setAll(a.items(() -> vm.selectedProperty().get(), true));
        Runnable refresh = () -> a.refresh(menu.getItems(), vm.selectedProperty().get());
        vm.selectedProperty().addListener(o -> refresh.run());
        vm.historyChangedProperty().addListener(o -> refresh.run());
        menu.setOnShowing(e -> refresh.run());
        refresh.run();
        view.addMenu(menu);
        view.setNodeActions(n -> {
            List<MenuItem> items = a.items(() -> n, false);
            a.refresh(items, n);
            return items;
        });
        view.tree().addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            UnitNode n = vm.selectedProperty().get();
            if (n == null || n.kind() != UnitNode.Kind.PROJECT) {
                return;
            }
            if (e.getCode() == KeyCode.DELETE) {
                a.delete(n);
                e.consume();
            } else if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                a.move(n, e.getCode() == KeyCode.UP ? -1 : 1);
                e.consume();
            }
        });
    }

    private List<MenuItem> items(java.util.function.Supplier<UnitNode> node, boolean withAccelerators) {
        MenuItem create = item(Messages.text("projectActions.text.newProject"), withAccelerators ? "Shortcut+Shift+N" : null, () -> create(node.get()));
        MenuItem copy = item(Messages.text("projectActions.text.copyProject"), withAccelerators ? "Shortcut+D" : null, () -> duplicate(node.get()));
        MenuItem delete = item(Messages.text("projectActions.text.deleteProject"), null, () -> delete(node.get()));
        MenuItem up = item(Messages.text("projectActions.text.moveUp"), null, () -> move(node.get(), -1));
        MenuItem down = item(Messages.text("projectActions.text.moveDown"), null, () -> move(node.get(), 1));
        MenuItem next = item(Messages.text("projectActions.text.startNextYear"), null, () -> startNextYear(yearOf(node.get())));
        MenuItem monitor = item(Messages.text("projectActions.startMonitoring"), null, () -> open(node.get(), UnitNode.Kind.PROJECT_MONITORING));
        MenuItem overview = item(Messages.text("projectActions.yearOverview"), null, () -> open(node.get(), UnitNode.Kind.YEAR));
        return new ArrayList<>(List.of(create, copy, delete, new SeparatorMenuItem(), up, down, new SeparatorMenuItem(), next,
                new SeparatorMenuItem(), monitor, overview));
    }

    /** Enables what applies to the node; names the years 开始下一年度 copies between. */
    private void refresh(List<MenuItem> items, UnitNode n) {
        FiscalYear year = yearOf(n);
        boolean onProject = n != null && n.kind() == UnitNode.Kind.PROJECT;
        items.get(0).setDisable(year == null);
        for (int i : new int[] {1, 2, 4, 5}) {
            items.get(i).setDisable(!onProject);
        }
        MenuItem next = items.get(7);
        next.setText(year == null ? Messages.text("projectActions.text.startNextYear") : Messages.text("projectActions.text.startYearCopying", year.year + 1, year.year));
        next.setDisable(year == null || year.projects.isEmpty());
        items.get(9).setDisable(!onProject);
        items.get(10).setDisable(year == null);
    }

    /** 开始监控 opens the project's 绩效运行监控 page; 年度总览 the year's page. */
    private void open(UnitNode n, UnitNode.Kind kind) {
        FiscalYear year = yearOf(n);
        if (year != null) {
            vm.openRequestProperty().set(new UnitNode(kind, year, kind == UnitNode.Kind.YEAR ? null : n.project()));
        }
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(text);
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    /** The year of the node, or the newest year when nothing is selected. */
    private FiscalYear yearOf(UnitNode n) {
        if (n != null && n.year() != null) {
            return n.year();
        }
        Unit u = vm.unit();
        return u == null || u.years.isEmpty() ? null : u.years.get(u.years.size() - 1);
    }

    private void create(UnitNode n) {
        FiscalYear year = yearOf(n);
        if (year == null) {
            return;
        }
        Project p = Project.of(vm.unit(), Messages.text("projectActions.text.newProjectName"));
        guarded(ProjectListEdits.create(year, p, n != null && n.kind() == UnitNode.Kind.PROJECT ? n.project() : null));
        view.select(year, p);
        Platform.runLater(() -> {
            var name = view.root().lookup("#projectName");
            if (name != null) {
                name.requestFocus();
                ((javafx.scene.control.TextField) name).selectAll();
            }
        });
    }

    private void duplicate(UnitNode n) {
        if (n == null || n.project() == null) {
            return;
        }
        Project copy = ProjectCopies.duplicate(n.project());
        guarded(ProjectListEdits.duplicate(n.year(), n.project(), copy));
        view.select(n.year(), copy);
    }

    private void delete(UnitNode n) {
        if (n == null || n.project() == null) {
            return;
        }
        Alert a = new Alert(Alert.AlertType.CONFIRMATION,
                Messages.text("projectActions.text.deleteQuestion", n.project().name), ButtonType.OK, ButtonType.CANCEL);
        a.setTitle(Messages.text("projectActions.title.deleteProject"));
        a.setHeaderText(Messages.text("projectActions.header.confirmDelete"));
        a.initOwner(view.stage());
        a.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> {
            // a copy of the file as it was, besides undo: deleting is the clerk's most costly mistake
            try {
                vm.backUpNow();
            } catch (RuntimeException ex) {
                vm.statusProperty().set(ex.getMessage());
            }
            guarded(ProjectListEdits.delete(n.year(), n.project()));
            view.select(n.year(), null);
        });
    }

    private void move(UnitNode n, int delta) {
        if (n == null || n.project() == null) {
            return;
        }
        Edit e = ProjectListEdits.move(n.year(), n.project(), delta);
        if (e != null) {
            guarded(e);
            view.select(n.year(), n.project());
        }
    }

    private void startNextYear(FiscalYear year) {
        if (year == null || !confirmNextYear(year)) {
            return;
        }
        int before = vm.unit().year(year.year + 1).map(y -> y.projects.size()).orElse(0);
        guarded(ProjectListEdits.startNextYear(vm.unit(), year));
        FiscalYear next = vm.unit().year(year.year + 1).orElse(null);
        if (next != null) {
            view.select(next, null);
            vm.statusProperty().set(Messages.text("projectActions.text.copiedAsDrafts", next.projects.size() - before, next.year));
        }
    }

    /** Says what 开始下一年度 will do before it does it; true when the clerk goes ahead. */
    private boolean confirmNextYear(FiscalYear year) {
        int copies = ProjectListEdits.notContinued(vm.unit(), year).size();
        int next = year.year + 1;
        ButtonType go = new ButtonType(Messages.text("projectActions.button.startYear", next), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.text("projectActions.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, copies == 0
                ? Messages.text("projectActions.text.nothingToCopy", year.year, next)
                : Messages.text("projectActions.text.willCopy", year.year, next, copies), go, cancel);
        a.setTitle(Messages.text("projectActions.title.startNextYear"));
        a.setHeaderText(Messages.text("projectActions.header.startYear", next));
        a.getDialogPane().setId("nextYearConfirm");
        a.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        a.initOwner(view.stage());
        return a.showAndWait().filter(b -> b == go).isPresent();
    }

    private void guarded(Edit e) {
        try {
            vm.perform(e);
        } catch (RuntimeException ex) {
            Alert a = new Alert(Alert.AlertType.ERROR, ex.getMessage());
            a.setHeaderText(Messages.text("projectActions.header.failed"));
            a.initOwner(view.stage());
            a.show();
        }
    }
}
