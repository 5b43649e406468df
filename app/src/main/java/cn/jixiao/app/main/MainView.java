package cn.jixiao.app.main;

import cn.jixiao.app.text.Messages;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.workspace.Workspace;
import cn.jixiao.workspace.StartupOpen;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/** The main window: menu, the unit tree on the left, the selected item's details on the right. */
public class MainView {
    private final MainViewModel vm;
    private final Stage stage;
    private final BorderPane root = new BorderPane();
    private final TreeView<UnitNode> tree = new TreeView<>();
    private final DetailsPane details = new DetailsPane();
    private final Menu recentMenu = new Menu(Messages.text("menu.file.recent"));
    private final Editors editors;
    private final MenuBar menuBar;
    /** The years and projects the tree was built from, to tell a list change from a field change. */
    private java.util.List<Object> treeShape = java.util.List.of();
    /** The text each tree row shows, to refresh only the rows whose text changed. */
    private final java.util.Map<TreeItem<UnitNode>, String> labels = new java.util.IdentityHashMap<>();
    /** What the tree's context menu offers for a node, from each package that adds commands. */
    private final java.util.List<java.util.function.Function<UnitNode, java.util.List<MenuItem>>> nodeActions = new java.util.ArrayList<>();
    /** The tree and the editor (and the findings under them, once added): what the window shows while a unit is open. */
    private Node mainCenter;
    /** The welcome page, shown while no unit file is open (a first start). */
    private java.util.function.Supplier<Node> welcomePage = () -> new Label(Messages.text("mainView.welcome.none"));
    private Runnable newUnit = () -> { };
    private java.util.function.Consumer<Path> folderOpener = p -> { };
    private final Menu helpMenu = new Menu(Messages.text("menu.help"));
    private final MenuItem undoItem = new MenuItem(Messages.text("menu.edit.undo"));
    private final MenuItem redoItem = new MenuItem(Messages.text("menu.edit.redo"));

    public MainView(MainViewModel vm, Stage stage) {
        this(vm, stage, Editors.standard());
    }

    public MainView(MainViewModel vm, Stage stage, Editors editors) {
        this.vm = vm;
        this.stage = stage;
        this.editors = editors;
        tree.setId("unitTree");
        tree.setShowRoot(true);
        tree.setMinWidth(220);
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b == null ? null : b.getValue()));
        vm.selectedProperty().addListener((o, a, b) -> showDetails(b));
        vm.historyChangedProperty().addListener((o, a, b) -> {
            refreshUndoMenu();
            refreshTree();
        });
        vm.workspaceProperty().addListener((o, a, b) -> {
            rebuildTree(b);
            showWelcomeIfNoUnit();
        });
        SplitPane split = new SplitPane(tree, details.node());
        split.setDividerPositions(0.24);
        menuBar = menu();
        root.setTop(menuBar);
        tree.addEventHandler(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::showTreeMenu);
        mainCenter = split;
        vm.openRequestProperty().addListener((o, a, b) -> {
            if (b != null) {
                selectNode(b.kind(), b.year().year, b.project() == null ? "" : b.project().id);
                vm.openRequestProperty().set(null);
            }
        });
        root.setCenter(split);
        Label status = new Label();
        status.textProperty().bind(vm.statusProperty());
        HBox bar = new HBox(status);
        bar.setPadding(new Insets(3, 8, 3, 8));
        root.setBottom(bar);
    }

    private void showDetails(UnitNode node) {
        details.show(vm.unit(), node);
        Node shown = null;
        if (node != null && vm.unit() != null && !vm.isReadOnly()) {
            Node editor = editors.editorFor(vm, node);
            if (editor != null) {
                details.showEditor(editor);
                shown = editor;
            }
        }
        shownEditor.set(shown);
    }

    /** The tree's menu: built on the first right-click (a context menu brings its own popup scene, which the first frame does without). */
    private javafx.scene.control.ContextMenu treeMenu;

    /** The selected node's commands; filled here, as a context menu without items does not show at all. */
    private void showTreeMenu(javafx.scene.input.ContextMenuEvent e) {
        UnitNode n = vm.selectedProperty().get();
        java.util.List<MenuItem> items = n == null || vm.isReadOnly() ? java.util.List.of() : applicable(n);
        e.consume();
        if (items.isEmpty()) {
            return;
        }
        if (treeMenu == null) {
            treeMenu = new javafx.scene.control.ContextMenu();
        }
        treeMenu.getItems().setAll(items);
        treeMenu.show(tree, e.getScreenX(), e.getScreenY());
    }

    /** The commands that apply to the node: disabled ones are left out, and so are separators with nothing between them. */
    private java.util.List<MenuItem> applicable(UnitNode n) {
        java.util.List<MenuItem> out = new java.util.ArrayList<>();
        for (var actions : nodeActions) {
            if (!out.isEmpty() && !(out.get(out.size() - 1) instanceof SeparatorMenuItem)) {
                out.add(new SeparatorMenuItem());
            }
            for (MenuItem item : actions.apply(n)) {
                boolean separator = item instanceof SeparatorMenuItem;
                if (separator ? !out.isEmpty() && !(out.get(out.size() - 1) instanceof SeparatorMenuItem) : !item.isDisable()) {
                    out.add(item);
                }
            }
        }
        while (!out.isEmpty() && out.get(out.size() - 1) instanceof SeparatorMenuItem) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private void refreshUndoMenu() {
        undoItem.setText(vm.undoDescription().map(d -> Messages.text("mainView.text.undoEdit", d)).orElse(Messages.text("mainView.text.undo")));
        redoItem.setText(vm.redoDescription().map(d -> Messages.text("mainView.text.redoEdit", d)).orElse(Messages.text("mainView.text.redo")));
        undoItem.setDisable(vm.undoDescription().isEmpty());
        redoItem.setDisable(vm.redoDescription().isEmpty());
    }

    /** True once the unit tree has its items (for start-up measurement). */
    public boolean treeShown() {
        return tree.getRoot() != null && !tree.getRoot().getChildren().isEmpty() && tree.getScene() != null;
    }

    public Parent root() {
        return root;
    }

    /** The editor in the right pane for the selected node, or null while read-only details show. */
    private final javafx.beans.property.ObjectProperty<Node> shownEditor = new javafx.beans.property.SimpleObjectProperty<>();

    public Node shownEditor() {
        return shownEditor.get();
    }

    /** The editor shown, as it changes (the 意见 marks follow it). */
    public javafx.beans.property.ReadOnlyObjectProperty<Node> shownEditorProperty() {
        return shownEditor;
    }

    /** Adds a command to the 文件 menu, above 从备份恢复 (e.g. 导出表格…). */
    public void addFileMenuItem(MenuItem item) {
        Menu file = ((MenuBar) root.getTop()).getMenus().get(0);
        int at = file.getItems().indexOf(recentMenu) + 1;
        file.getItems().add(at, item);
    }

    /** Puts a panel under the tree and the editor, on a divider the clerk can drag (the findings). */
    public void setBottomPanel(Node panel) {
        SplitPane vertical = new SplitPane(mainCenter, panel);
        vertical.setOrientation(javafx.geometry.Orientation.VERTICAL);
        vertical.setDividerPositions(0.8);
        SplitPane.setResizableWithParent(panel, false);
        mainCenter = vertical;
        showWelcomeIfNoUnit();
    }

    /**
     * Selects the node of the given kind in the unit tree: of the project with that id for the
     * project kinds, else of the year. False when the tree has no such node.
     */
    public boolean selectNode(UnitNode.Kind kind, int year, String projectId) {
        TreeItem<UnitNode> item = findItem(tree.getRoot(), n -> n.kind() == kind
                && (kind == UnitNode.Kind.UNIT || n.year() != null && n.year().year == year)
                && (n.project() == null ? projectId == null || projectId.isEmpty() : n.project().id.equals(projectId)));
        if (item == null) {
            return false;
        }
        for (TreeItem<UnitNode> up = item.getParent(); up != null; up = up.getParent()) {
            up.setExpanded(true);
        }
        tree.getSelectionModel().select(item);
        tree.scrollTo(Math.max(0, tree.getRow(item) - 3));
        return true;
    }

    private static TreeItem<UnitNode> findItem(TreeItem<UnitNode> item, java.util.function.Predicate<UnitNode> test) {
        if (item == null) {
            return null;
        }
        if (item.getValue() != null && test.test(item.getValue())) {
            return item;
        }
        for (TreeItem<UnitNode> child : item.getChildren()) {
            TreeItem<UnitNode> found = findItem(child, test);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * Shows the unit that {@link StartupOpen} has been opening in the background since main()
     * (the file given, else the last one, else the sample unit). By the time the window exists
     * the open has mostly finished, so waiting for the rest here costs little and keeps the first
     * frame complete.
     */
    public void openInitial(CompletableFuture<StartupOpen.Result> opening) {
        try {
            StartupOpen.Result result = opening.join();
            result.workspace().ifPresent(vm::adopt);
            showWelcomeIfNoUnit();
            if (!result.note().isEmpty()) {
                vm.statusProperty().set(result.note());
            }
        } catch (java.util.concurrent.CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            error(Messages.text("mainView.error.cannotOpen"), cause instanceof Exception ex ? ex : new RuntimeException(cause));
            showWelcomeIfNoUnit();
        }
    }

    /** While no unit file is open the window shows the welcome page; else the tree and the editor. */
    private void showWelcomeIfNoUnit() {
        Node want = vm.workspaceProperty().get() == null ? welcomePage.get() : mainCenter;
        if (vm.workspaceProperty().get() != null && root.getCenter() == mainCenter) {
            return;
        }
        root.setCenter(want);
    }

    /** The welcome page (欢迎) shown while no unit is open, and what 新建本单位… in the 文件 menu does. */
    public void setWelcomePage(java.util.function.Supplier<Node> page, Runnable newUnitAction) {
        welcomePage = page;
        newUnit = newUnitAction;
        showWelcomeIfNoUnit();
    }

    /** How a folder is shown in the desktop's file manager (打开备份所在文件夹). */
    public void setFolderOpener(java.util.function.Consumer<Path> opener) {
        folderOpener = opener;
    }

    /** The 帮助 menu, which stays the last menu. */
    public Menu helpMenu() {
        return helpMenu;
    }

    /** The menu bar, e.g. for the list of shortcuts. */
    public MenuBar menuBar() {
        return menuBar;
    }

    /** Shows an error with its header, e.g. from a dialog of another package. */
    public void showError(String header, Exception e) {
        error(header, e);
    }

    private MenuBar menu() {
        MenuItem create = new MenuItem(Messages.text("menu.file.new"));
        create.setAccelerator(KeyCombination.keyCombination("Shortcut+N"));
        create.setOnAction(e -> newUnit.run());
        MenuItem open = new MenuItem(Messages.text("menu.file.open"));
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> openChosen());
        MenuItem exit = new MenuItem(Messages.text("menu.file.exit"));
        exit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        exit.setOnAction(e -> stage.close());
        Menu file = new Menu(Messages.text("menu.file"));
        file.setOnShowing(e -> fillRecent());
        fillRecent();
        MenuItem restore = new MenuItem(Messages.text("menu.file.restore"));
        restore.setOnAction(e -> restoreFromBackup());
        MenuItem saveAs = new MenuItem(Messages.text("menu.file.saveAs"));
        saveAs.setId("saveAsMenuItem");
        saveAs.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+S"));
        saveAs.setOnAction(e -> saveAs());
        MenuItem backUp = new MenuItem(Messages.text("menu.file.backUp"));
        backUp.setId("backUpMenuItem");
        backUp.setOnAction(e -> guarded(Messages.text("mainView.error.backUp"), vm::backUpNow));
        MenuItem backupFolder = new MenuItem(Messages.text("menu.file.backupFolder"));
        backupFolder.setOnAction(e -> guarded(Messages.text("mainView.error.backUp"), () -> {
            Path folder = vm.backupFolder();
            if (!java.nio.file.Files.isDirectory(folder)) {
                vm.backUpNow();
            }
            folderOpener.accept(folder);
            vm.statusProperty().set(Messages.text("mainView.status.backupFolder", folder));
        }));
        for (MenuItem needsUnit : new MenuItem[] {saveAs, backUp, backupFolder}) {
            needsUnit.disableProperty().bind(vm.workspaceProperty().isNull());
        }
        file.getItems().addAll(create, open, recentMenu, new SeparatorMenuItem(), saveAs, new SeparatorMenuItem(),
                backUp, backupFolder, restore, new SeparatorMenuItem(), exit);
        undoItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Z"));
        undoItem.setOnAction(e -> guarded(Messages.text("mainView.error.undoFailed"), vm::undo));
        redoItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Y"));
        redoItem.setOnAction(e -> guarded(Messages.text("mainView.error.redoFailed"), vm::redo));
        Menu edit = new Menu(Messages.text("menu.edit"));
        MenuItem find = new MenuItem(Messages.text("menu.edit.find"));
        find.setAccelerator(KeyCombination.keyCombination("Shortcut+F"));
        find.setOnAction(e -> new FindDialog(vm, stage).showAndWait().ifPresent(this::reveal));
        find.disableProperty().bind(vm.workspaceProperty().isNull());
        edit.getItems().addAll(undoItem, redoItem, new SeparatorMenuItem(), find);
        refreshUndoMenu();
        return new MenuBar(file, edit, helpMenu);
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        for (Path p : vm.recentFiles()) {
            MenuItem item = new MenuItem(p.toString());
            item.setOnAction(e -> openFile(p));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private FileChooser chooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(Messages.text("mainView.text.unitFiles"), "*.jixiao"),
                new FileChooser.ExtensionFilter(Messages.text("mainView.text.allFiles"), "*.*"));
        return fc;
    }

    /** 打开单位文件…: the clerk picks a .jixiao file, which is opened. */
    public void openChosen() {
        File f = chooser(Messages.text("mainView.text.openUnitFile")).showOpenDialog(stage);
        if (f != null) {
            openFile(f.toPath());
        }
    }

    private void openFile(Path p) {
        try {
            vm.open(p);
        } catch (RuntimeException e) {
            if (vm.offersRestore(p, e)) {
                offerRestore(p, e.getMessage());
            } else {
                error(Messages.text("mainView.error.cannotOpen"), e);
            }
        }
    }

    private void restoreFromBackup() {
        Path current = vm.workspaceProperty().get() == null ? null : vm.workspaceProperty().get().path();
        if (current == null) {
            File f = chooser(Messages.text("mainView.text.chooseFileToRestore")).showOpenDialog(stage);
            if (f == null) {
                return;
            }
            current = f.toPath();
        }
        offerRestore(current, Messages.text("mainView.text.chooseBackup"));
    }

    /** Lists the backups of the file with their dates; restores the chosen one after confirmation. */
    private void offerRestore(Path file, String reason) {
        var backups = vm.backups(file);
        if (backups.isEmpty()) {
            error(Messages.text("mainView.error.noBackup"), new IllegalStateException(Messages.text("mainView.error.noBackupIn", file.toAbsolutePath().getParent().resolve("backups"))));
            return;
        }
        var fmt = java.time.format.DateTimeFormatter.ofPattern(Messages.text("mainView.pattern.backupTime"));
        var names = backups.stream().map(b -> fmt.format(b.madeAt())).toList();
        javafx.scene.control.ChoiceDialog<String> d = new javafx.scene.control.ChoiceDialog<>(names.get(0), names);
        d.setTitle(Messages.text("mainView.title.restoreFromBackup"));
        d.setHeaderText(reason);
        d.setContentText(Messages.text("mainView.content.backupTime"));
        d.initOwner(stage);
        d.showAndWait().ifPresent(choice -> {
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, Messages.text("mainView.alert.confirmRestore", choice, file.getFileName()));
            confirm.setHeaderText(Messages.text("mainView.header.confirmRestore"));
            confirm.initOwner(stage);
            confirm.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK).ifPresent(b -> {
                try {
                    vm.restore(file, backups.get(names.indexOf(choice)));
                } catch (RuntimeException e) {
                    error(Messages.text("mainView.error.restoreFailed"), e);
                }
            });
        });
    }

    /** 另存为: a copy of the unit file under a new name, which is then the open file. */
    private void saveAs() {
        Workspace ws = vm.workspaceProperty().get();
        if (ws == null) {
            return;
        }
        FileChooser fc = chooser(Messages.text("mainView.text.saveNewUnitFile"));
        fc.setInitialDirectory(existingFolder(ws.isSample() ? cn.jixiao.workspace.UserFolders.unitFilesFolder() : ws.path().toAbsolutePath().getParent()));
        fc.setInitialFileName(ws.unit().name + ".jixiao");
        File f = fc.showSaveDialog(stage);
        if (f != null) {
            Path target = f.getName().endsWith(".jixiao") ? f.toPath() : f.toPath().resolveSibling(f.getName() + ".jixiao");
            guarded(Messages.text("mainView.error.cannotCreate"), () -> vm.saveAs(target));
        }
    }

    private static File existingFolder(Path folder) {
        try {
            java.nio.file.Files.createDirectories(folder);
            return folder.toFile();
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    /** Runs a user action; a failure shows a Chinese message and leaves the saved data as it was. */
    private void guarded(String header, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            error(header, e);
        }
    }

    private void error(String header, Exception e) {
        Alert a = new Alert(Alert.AlertType.ERROR);
        a.setTitle(Messages.text("mainView.title.appName"));
        a.setHeaderText(header);
        a.setContentText(e.getMessage());
        a.initOwner(stage);
        a.show();
    }

    /** Adds a menu after 文件 and 编辑 (the editors' own menus, such as 项目), before 帮助. */
    public void addMenu(Menu menu) {
        menuBar.getMenus().add(menuBar.getMenus().indexOf(helpMenu), menu);
    }

    /** Adds to what the unit tree's context menu offers for a node (each package its own commands). */
    public void setNodeActions(java.util.function.Function<UnitNode, java.util.List<MenuItem>> actions) {
        nodeActions.add(actions);
    }

    /** The unit tree, for editors that add keys to it. */
    public TreeView<UnitNode> tree() {
        return tree;
    }

    public Stage stage() {
        return stage;
    }

    /** Selects a project (or with project null, the year's project list) in the unit tree. */
    public void select(FiscalYear year, Project project) {
        refreshTree();
        TreeItem<UnitNode> found = findItem(tree.getRoot(), n -> project != null ? n.project() == project
                : n.kind() == UnitNode.Kind.PROJECTS && n.year() == year);
        if (found != null) {
            tree.getSelectionModel().select(found);
            tree.scrollTo(tree.getRow(found));
        }
    }

    private void reveal(FindDialog.Hit hit) {
        select(hit.year(), hit.project());
        if (hit.indicator() != null) {
            vm.revealIndicatorProperty().set(null);
            vm.revealIndicatorProperty().set(hit.indicator().id);
        }
    }

    private static java.util.List<Object> shapeOf(Workspace ws) {
        java.util.List<Object> shape = new java.util.ArrayList<>();
        if (ws != null) {
            for (FiscalYear fy : ws.unit().years) {
                shape.add(fy);
                shape.addAll(fy.projects);
            }
        }
        return shape;
    }

    /** After an edit: a changed year or project list rebuilds the tree keeping the selection; else labels refresh. */
    private void refreshTree() {
        Workspace ws = vm.workspaceProperty().get();
        java.util.List<Object> shape = shapeOf(ws);
        if (ws == null || sameShape(shape)) {
            relabel(tree.getRoot());
            return;
        }
        UnitNode selected = vm.selectedProperty().get();
        rebuildTree(ws);
        if (selected != null) {
            TreeItem<UnitNode> again = findItem(tree.getRoot(), n -> n.kind() == selected.kind()
                    && (selected.project() == null ? n.year() == selected.year() : n.project() == selected.project()));
            if (again == null && selected.year() != null) {
                again = findItem(tree.getRoot(), n -> n.kind() == UnitNode.Kind.PROJECTS && n.year() == selected.year());
            }
            if (again != null) {
                tree.getSelectionModel().select(again);
            }
        }
    }

    /** A renamed project: its row (and the year's count) show the new text; the tree itself stays. */
    private void relabel(TreeItem<UnitNode> item) {
        if (item == null) {
            return;
        }
        UnitNode n = item.getValue();
        if (n != null && n.kind() != UnitNode.Kind.UNIT && !n.toString().equals(labels.get(item))) {
            labels.put(item, n.toString());
            item.setValue(new UnitNode(n.kind(), n.year(), n.project()));
        }
        item.getChildren().forEach(this::relabel);
    }

    private void rememberLabels(TreeItem<UnitNode> item) {
        if (item.getValue() != null && item.getValue().kind() != UnitNode.Kind.UNIT) {
            labels.put(item, item.getValue().toString());
        }
        item.getChildren().forEach(this::rememberLabels);
    }

    private boolean sameShape(java.util.List<Object> shape) {
        if (shape.size() != treeShape.size()) {
            return false;
        }
        for (int i = 0; i < shape.size(); i++) {
            if (shape.get(i) != treeShape.get(i)) {
                return false;
            }
        }
        return true;
    }

    private void rebuildTree(Workspace ws) {
        treeShape = shapeOf(ws);
        labels.clear();
        if (ws == null) {
            tree.setRoot(null);
            return;
        }
        Unit u = ws.unit();
        TreeItem<UnitNode> rootItem = new TreeItem<>(new UnitNode(UnitNode.Kind.UNIT, null, null)) {
            @Override
            public String toString() {
                return u.name;
            }
        };
        tree.setCellFactory(tv -> new javafx.scene.control.TreeCell<>() {
            @Override
            protected void updateItem(UnitNode item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.kind() == UnitNode.Kind.UNIT ? u.name : item.toString());
            }
        });
        rootItem.setExpanded(true);
        for (int i = u.years.size() - 1; i >= 0; i--) {
            FiscalYear fy = u.years.get(i);
            TreeItem<UnitNode> yearItem = new TreeItem<>(new UnitNode(UnitNode.Kind.YEAR, fy, null));
            TreeItem<UnitNode> projects = new TreeItem<>(new UnitNode(UnitNode.Kind.PROJECTS, fy, null));
            for (Project p : fy.projects) {
                TreeItem<UnitNode> item = new TreeItem<>(new UnitNode(UnitNode.Kind.PROJECT, fy, p));
                item.getChildren().add(new TreeItem<>(new UnitNode(UnitNode.Kind.PROJECT_SELF_EVALUATION, fy, p)));
                item.getChildren().add(new TreeItem<>(new UnitNode(UnitNode.Kind.PROJECT_MONITORING, fy, p)));
                projects.getChildren().add(item);
            }
            projects.setExpanded(true);
            TreeItem<UnitNode> overall = new TreeItem<>(new UnitNode(UnitNode.Kind.OVERALL, fy, null));
            overall.getChildren().add(new TreeItem<>(new UnitNode(UnitNode.Kind.OVERALL_SELF_EVALUATION, fy, null)));
            overall.getChildren().add(new TreeItem<>(new UnitNode(UnitNode.Kind.OVERALL_MONITORING, fy, null)));
            yearItem.getChildren().addAll(projects, overall,
                    new TreeItem<>(new UnitNode(UnitNode.Kind.BASIC_DATA, fy, null)),
                    new TreeItem<>(new UnitNode(UnitNode.Kind.REPORT, fy, null)));
            yearItem.setExpanded(true);
            rootItem.getChildren().add(yearItem);
        }
        tree.setRoot(rootItem);
        rememberLabels(rootItem);
        tree.getSelectionModel().select(rootItem);
    }
}
