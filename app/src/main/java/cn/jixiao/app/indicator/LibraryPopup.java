package cn.jixiao.app.indicator;

import cn.jixiao.app.Messages;
import cn.jixiao.indicators.IndicatorLibrary;
import cn.jixiao.indicators.IndicatorLibrary.Entry;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.stage.Screen;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The 指标库 suggestions under a 三级 name being typed. The text field keeps the keyboard:
 * ↓/↑ pick a suggestion, Enter takes it, Escape closes the list; a click takes one too.
 */
final class LibraryPopup {
    private static final int SHOWN = 8;
    private static final double HEAD = 24;
    private final TextField field;
    private final IndicatorLibrary library;
    private final Supplier<String> subcategory;
    private final Consumer<Entry> chosen;
    private final Popup popup = new Popup();
    private final ListView<Entry> list = new ListView<>();
    private final VBox box = new VBox();
    private boolean closedByEscape;

    LibraryPopup(TextField field, IndicatorLibrary library, Supplier<String> subcategory, Consumer<Entry> chosen) {
        this.field = field;
        this.library = library;
        this.subcategory = subcategory;
        this.chosen = chosen;
        list.setId("librarySuggestions");
        list.setFocusTraversable(false);
        list.setPrefWidth(460);
        list.setFixedCellSize(44);
        list.setCellFactory(v -> new EntryCell());
        list.setOnMouseClicked(e -> {
            if (list.getSelectionModel().getSelectedItem() != null) {
                take(list.getSelectionModel().getSelectedItem());
            }
        });
        Label head = new Label(Messages.text("libraryPopup.label.hint"));
        head.setStyle("-fx-text-fill: #666; -fx-padding: 2 6 2 6;");
        head.setMinHeight(HEAD);
        head.setPrefHeight(HEAD);
        box.getChildren().setAll(head, list);
        box.setStyle("-fx-background-color: white; -fx-border-color: #9ab; -fx-effect: dropshadow(gaussian, #0004, 8, 0, 0, 2);");
        // keys reach a showing popup before the field: handle them the same wherever they arrive
        box.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        popup.getContent().add(box);
        popup.setAutoHide(true);
        field.textProperty().addListener((o, a, text) -> {
            closedByEscape = false;
            update(text);
        });
        field.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                hide();
            }
        });
    }

    boolean isShowing() {
        return popup.isShowing();
    }

    void hide() {
        popup.hide();
    }

    private void update(String text) {
        List<Entry> found = library.suggest(text, subcategory.get(), 30);
        if (found.isEmpty() || closedByEscape || field.getScene() == null) {
            hide();
            return;
        }
        list.getItems().setAll(found);
        list.getSelectionModel().clearSelection();
        list.setPrefHeight(Math.min(found.size(), SHOWN) * list.getFixedCellSize() + 4);
        Bounds b = field.localToScreen(field.getBoundsInLocal());
        if (b == null) {
            return;
        }
        // below the field when it fits on the screen, else above it, never over what is typed
        double height = box.prefHeight(-1) + 4;
        double screenBottom = Screen.getScreensForRectangle(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight()).stream()
                .findFirst().orElse(Screen.getPrimary()).getVisualBounds().getMaxY();
        double y = b.getMaxY() + height <= screenBottom ? b.getMaxY() : Math.max(0, b.getMinY() - height);
        if (popup.isShowing()) {
            popup.setX(b.getMinX());
            popup.setY(y);
        } else {
            popup.show(field, b.getMinX(), y);
        }
    }

    /** The field's key filter calls this first; true when the key was for the suggestions. */
    boolean key(KeyEvent e) {
        if (!popup.isShowing() || e.isConsumed()) {
            return false;
        }
        var sel = list.getSelectionModel();
        switch (e.getCode()) {
            case DOWN -> sel.select(Math.min(sel.getSelectedIndex() + 1, list.getItems().size() - 1));
            case UP -> {
                if (sel.getSelectedIndex() <= 0) {
                    sel.clearSelection();
                } else {
                    sel.select(sel.getSelectedIndex() - 1);
                }
            }
            case ENTER -> {
                if (sel.getSelectedItem() == null) {
                    hide();
                    return false;
                }
                take(sel.getSelectedItem());
            }
            case ESCAPE -> {
                closedByEscape = true;
                hide();
            }
            case TAB -> {
                hide();
                return false;
            }
            default -> {
                return false;
            }
        }
        list.scrollTo(Math.max(0, sel.getSelectedIndex() - 2));
        e.consume();
        return true;
    }

    private void take(Entry e) {
        hide();
        chosen.accept(e);
    }

    /** Name and 指标值 on the first line, the 二级 and where it was used below. */
    private static final class EntryCell extends ListCell<Entry> {
        EntryCell() {
            // long names are cut at the list's width instead of widening it
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Entry e, boolean empty) {
            super.updateItem(e, empty);
            if (empty || e == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            String value = e.target().isEmpty() ? "" : "　" + e.target();
            String unit = e.unitOfMeasure().isEmpty() || e.unitOfMeasure().equals(Messages.text("libraryPopup.text.none")) ? "" : "（" + e.unitOfMeasure() + "）";
            // a name written over several lines in a cell reads as one line in the list
            Label top = new Label((e.name() + value + unit).replaceAll("\\s*\\n\\s*", " "));
            top.setStyle("-fx-font-weight: bold;");
            Label bottom = new Label((e.subcategory().isEmpty() ? "" : e.subcategory() + " · ") + e.source()
                    + (e.uses() > 1 ? Messages.text("libraryPopup.text.moreUses", e.uses()) : ""));
            bottom.setStyle(e.own() ? "-fx-text-fill: #2a6fdb;" : "-fx-text-fill: #777;");
            setGraphic(new VBox(1, top, bottom));
            setText(null);
        }
    }
}
