package cn.jixiao.app.unitlevel;

import cn.jixiao.app.Messages;
import cn.jixiao.domain.Amount;
import cn.jixiao.domain.MoneyText;
import cn.jixiao.editing.Edit;
import cn.jixiao.editing.FieldEdit;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Fields that save on Enter or on leaving them, each change one undoable edit; a message line
 * for what went wrong; and refreshing every field after each edit, undo and redo.
 */
class EditorSupport {
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    final UnitLevelContext ctx;
    final Label message = new Label();
    private final List<Runnable> refreshers = new ArrayList<>();
    /** Held here so the weak listener lives exactly as long as the editor. */
    private final InvalidationListener onHistory = o -> refresh();

    EditorSupport(UnitLevelContext ctx) {
        this.ctx = ctx;
        message.setId("editorMessage");
        message.setWrapText(true);
        message.setStyle("-fx-text-fill: #b00020;");
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        ctx.historyChanged().addListener(new WeakInvalidationListener(onHistory));
    }

    /**
     * The message line and the editor's warnings in a box of fixed height at the top of the page:
     * a warning that comes or goes while the clerk types never moves the fields below, so the
     * next click lands where it was aimed.
     */
    javafx.scene.Node messageArea(javafx.scene.Node warnings) {
        VBox box = new VBox(2, message, warnings);
        javafx.scene.control.ScrollPane area = new javafx.scene.control.ScrollPane(box);
        area.setId("messageArea");
        area.setFitToWidth(true);
        area.setFocusTraversable(false);
        area.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        area.setPrefViewportHeight(MESSAGE_AREA_HEIGHT);
        area.setMinViewportHeight(MESSAGE_AREA_HEIGHT);
        area.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        area.setStyle("-fx-background-color: transparent; -fx-background: #fbfbfb; -fx-border-color: #e2e2e2;");
        return area;
    }

    /** Room for four lines of messages; more scroll inside the area. */
    private static final double MESSAGE_AREA_HEIGHT = 76;

    void onRefresh(Runnable r) {
        refreshers.add(r);
    }

    void refresh() {
        List.copyOf(refreshers).forEach(Runnable::run);
    }

    /** Forgets refreshers added since {@code mark} (the blocks of a view being rebuilt). */
    void dropRefreshersFrom(int mark) {
        while (refreshers.size() > mark) {
            refreshers.remove(refreshers.size() - 1);
        }
    }

    int refresherCount() {
        return refreshers.size();
    }

    /** Performs the edit; a failure to save is shown, not thrown at the clerk. */
    boolean perform(Edit edit) {
        if (edit instanceof FieldEdit<?> f && !f.changesAnything()) {
            return true;
        }
        try {
            ctx.perform().accept(edit);
            message.setText(edit.notice().orElse(""));
            return true;
        } catch (RuntimeException e) {
            message.setText(Messages.text("editorSupport.text.notSaved", e.getMessage()));
            refresh();
            return false;
        }
    }

    /** A 万元 field: typed text read leniently ('15万元', full-width digits); a bad amount is refused with a message naming the field. */
    TextField amountField(String id, String label, Supplier<Amount> get, Consumer<Amount> save) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(8);
        f.setTooltip(new Tooltip(Messages.text("editorSupport.tooltip.inTenThousandYuan", label)));
        Runnable load = () -> {
            f.setText(get.get().text());
            f.setStyle("");
        };
        Runnable commit = () -> {
            if (f.getText().equals(get.get().text())) {
                return;
            }
            MoneyText.Result r = MoneyText.parseInput(label, f.getText());
            if (!r.ok()) {
                message.setText(r.error());
                f.setStyle("-fx-border-color: #b00020;");
                return;
            }
            f.setStyle("");
            save.accept(r.amount());
        };
        wire(f, load, commit);
        return f;
    }

    /** A plain text field or area saved as it is typed. */
    <T extends TextInputControl> T textField(T f, String id, Supplier<String> get, Consumer<String> save) {
        f.setId(id);
        if (f instanceof TextArea a) {
            cn.jixiao.app.focus.TabLeaves.install(a);
            a.setWrapText(true);
            a.setPrefRowCount(3);
        }
        wire(f, () -> f.setText(get.get()), () -> {
            if (!f.getText().equals(get.get())) {
                save.accept(f.getText());
            }
        });
        return f;
    }

    private void wire(TextInputControl f, Runnable load, Runnable commit) {
        Runnable loadAndRemember = () -> {
            load.run();
            f.getProperties().put(LOADED, f.getText());
        };
        loadAndRemember.run();
        onRefresh(() -> {
            if (!f.isFocused() || clean(f)) {
                loadAndRemember.run();
            }
        });
        Runnable commitAndRemember = () -> {
            if (!clean(f)) {
                commit.run();
                if (f.getStyle().isEmpty()) {
                    loadAndRemember.run();
                }
            }
        };
        if (f instanceof TextField tf) {
            tf.setOnAction(e -> commitAndRemember.run());
        }
        f.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commitAndRemember.run();
            }
        });
        // With nothing unsaved in the field, Ctrl+Z/Ctrl+Y mean the window's undo/redo, not the field's own.
        f.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (clean(f) && UNDO.match(e)) {
                ctx.undo().run();
                e.consume();
            } else if (clean(f) && REDO.match(e)) {
                ctx.redo().run();
                e.consume();
            }
        });
    }

    private static final String LOADED = "jixiao.loaded";

    private static boolean clean(TextInputControl f) {
        return f.getText().equals(f.getProperties().get(LOADED));
    }

    static Label heading(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-size: 17px; -fx-font-weight: bold;");
        return l;
    }

    static Label section(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-padding: 10 0 2 0; -fx-font-size: 14px; -fx-font-weight: bold; -fx-text-fill: #333;");
        return l;
    }
}
