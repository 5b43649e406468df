package cn.jixiao.app.table;

import javafx.application.Platform;
import javafx.scene.control.Control;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTablePosition;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import java.util.List;
import java.util.function.BiPredicate;

/**
 * 表格的键盘操作, written once for every editable table of the window: it behaves like a
 * spreadsheet. Tab / Shift+Tab go to the next / previous editable cell (wrapping to the next
 * row), Enter / Shift+Enter to the cell below / above, and the cell reached is edited; typing a
 * character on a selected cell starts editing it with that character. The keys stay in the
 * table: focus never goes on to a button or the unit tree (Ctrl+Tab leaves the table, as in
 * every JavaFX control that takes Tab). A {@link SheetCell} or a cell using {@link CellEditor}
 * commits what was typed on every way out of the cell but Esc.
 */
public abstract class Sheet {
    /** Where the keyboard goes after a cell is left. */
    public enum Move {
        /** Stays (a click elsewhere, Esc). */
        NONE,
        /** Tab: the next editable cell, wrapping to the next row. */
        NEXT,
        /** Shift+Tab. */
        PREVIOUS,
        /** Enter: the same column, next row that has an editable cell there. */
        DOWN,
        /** Shift+Enter. */
        UP;

        /** The move a key asks for inside a cell editor, or null for a key that is not a move. */
        static Move of(KeyEvent e) {
            if (e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
                return null;
            }
            if (e.getCode() == KeyCode.TAB) {
                return e.isShiftDown() ? PREVIOUS : NEXT;
            }
            if (e.getCode() == KeyCode.ENTER) {
                return e.isShiftDown() ? UP : DOWN;
            }
            return null;
        }
    }

    private static final String SEED = "jixiao.sheet.seed";

    /** The sheet behaviour of a table, installed by {@link #of(TableView)} or {@link #of(TreeTableView, BiPredicate)}. */
    public static Sheet on(Control table) {
        return table == null ? null : (Sheet) table.getProperties().get(Sheet.class);
    }

    /** Makes a table a sheet; its editable columns are those given cells by {@link SheetCell#install}. */
    public static <S> Sheet of(TableView<S> table) {
        Sheet s = new Sheet() {
            @Override
            Control control() {
                return table;
            }

            @Override
            int rows() {
                return table.getItems().size();
            }

            private List<TableColumn<S, ?>> columns() {
                return table.getVisibleLeafColumns().stream().filter(SheetCell::isSheetColumn).toList();
            }

            @Override
            int columnCount() {
                return columns().size();
            }

            @Override
            boolean editable(int row, int column) {
                TableColumn<S, ?> c = columns().get(column);
                return table.isEditable() && c.isEditable() && SheetCell.rowEditable(c, table.getItems().get(row));
            }

            @Override
            int focusedRow() {
                TablePosition<S, ?> p = table.getFocusModel().getFocusedCell();
                return p == null ? -1 : p.getRow();
            }

            @Override
            int focusedColumn() {
                TablePosition<S, ?> p = table.getFocusModel().getFocusedCell();
                if (p == null || p.getTableColumn() == null || wholeRow(table.getSelectionModel().getSelectedCells(), p.getRow())) {
                    return -1;
                }
                return columns().indexOf(p.getTableColumn());
            }

            @Override
            int columnOf(Object column) {
                return columns().indexOf(column);
            }

            @Override
            boolean editing() {
                return table.getEditingCell() != null;
            }

            @Override
            void focusCell(int row, int column) {
                TableColumn<S, ?> c = columns().get(column);
                table.getSelectionModel().clearAndSelect(row, c);
                table.getFocusModel().focus(row, c);
                scrollIntoView(table, row);
                table.requestFocus();
                table.layout();
            }

            @Override
            void mark(int row, int column) {
                TableColumn<S, ?> c = columns().get(column);
                table.getSelectionModel().clearAndSelect(row, c);
                table.getFocusModel().focus(row, c);
            }

            @Override
            void edit(int row, int column) {
                focusCell(row, column);
                table.edit(row, columns().get(column));
            }
        };
        table.setEditable(true);
        table.getSelectionModel().setCellSelectionEnabled(true);
        s.install();
        return s;
    }

    /** Makes a tree table a sheet: {@code editable} says which cells take text (a heading row none). */
    public static <S> Sheet of(TreeTableView<S> table, BiPredicate<S, Object> editable) {
        Sheet s = new Sheet() {
            @Override
            Control control() {
                return table;
            }

            @Override
            int rows() {
                return table.getExpandedItemCount();
            }

            @Override
            int columnCount() {
                return table.getVisibleLeafColumns().size();
            }

            @Override
            boolean editable(int row, int column) {
                TreeItem<S> item = table.getTreeItem(row);
                return table.isEditable() && item != null && editable.test(item.getValue(), table.getVisibleLeafColumns().get(column));
            }

            @Override
            int focusedRow() {
                TreeTablePosition<S, ?> p = table.getFocusModel().getFocusedCell();
                return p == null ? -1 : p.getRow();
            }

            @Override
            int focusedColumn() {
                TreeTablePosition<S, ?> p = table.getFocusModel().getFocusedCell();
                if (p == null || p.getTableColumn() == null || wholeRow(table.getSelectionModel().getSelectedCells(), p.getRow())) {
                    return -1;
                }
                return table.getVisibleLeafColumns().indexOf(p.getTableColumn());
            }

            @Override
            int columnOf(Object column) {
                return table.getVisibleLeafColumns().indexOf(column);
            }

            @Override
            boolean editing() {
                return table.getEditingCell() != null;
            }

            @Override
            void focusCell(int row, int column) {
                var c = table.getVisibleLeafColumns().get(column);
                table.getSelectionModel().clearAndSelect(row, c);
                table.getFocusModel().focus(row, c);
                scrollIntoView(table, row);
                table.requestFocus();
                table.layout();
            }

            @Override
            void mark(int row, int column) {
                var c = table.getVisibleLeafColumns().get(column);
                table.getSelectionModel().clearAndSelect(row, c);
                table.getFocusModel().focus(row, c);
            }

            @Override
            void edit(int row, int column) {
                focusCell(row, column);
                table.edit(row, table.getVisibleLeafColumns().get(column));
            }
        };
        table.setEditable(true);
        // rows stay selected as a whole (headings, dragging a row), the focused cell is where typing goes
        s.install();
        return s;
    }

    /**
     * A row selected as a whole (by code selecting the row, e.g. after an insert or a find): the
     * focus model then points at its last cell, but the keyboard should start at its first.
     */
    private static boolean wholeRow(List<?> selected, int row) {
        int cells = 0;
        for (Object o : selected) {
            javafx.scene.control.TablePositionBase<?> p = (javafx.scene.control.TablePositionBase<?>) o;
            if (p.getRow() == row) {
                if (p.getTableColumn() == null) {
                    return true;
                }
                cells++;
            }
        }
        return cells > 1;
    }

    /** The cell of the focused row that typing goes to: the focused one, or (a whole row selected) its first that takes text; -1 for none. */
    private int typingColumn(int row) {
        if (row < 0 || row >= rows()) {
            return -1;
        }
        int col = focusedColumn();
        if (col >= 0) {
            return editable(row, col) ? col : -1;
        }
        for (int k = 0; k < columnCount(); k++) {
            if (editable(row, k)) {
                return k;
            }
        }
        return -1;
    }

    /** Scrolls only as far as needed to show the row (the table's own scrollTo puts it at the top). */
    private static void scrollIntoView(Control table, int row) {
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollTo(row);
        } else if (table instanceof TableView<?> t) {
            t.scrollTo(row);
        } else if (table instanceof TreeTableView<?> t) {
            t.scrollTo(row);
        }
    }

    abstract Control control();

    abstract int rows();

    abstract int columnCount();

    abstract boolean editable(int row, int column);

    abstract int focusedRow();

    abstract int focusedColumn();

    /** The index of a column among the sheet's columns, -1 when it is not one. */
    abstract int columnOf(Object column);

    abstract boolean editing();

    /** Selects, scrolls to, focuses and edits the cell. */
    abstract void edit(int row, int column);

    private void install() {
        Control table = control();
        table.getProperties().put(Sheet.class, this);
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (editing()) {
                return;   // the cell's editor has the key
            }
            Move m = Move.of(e);
            if (m != null && rows() > 0) {
                e.consume();
                int row = Math.max(0, focusedRow());
                int col = focusedColumn();
                if (col < 0) {
                    // no cell chosen yet: the first editable cell of the row is the place to start
                    move(row, -1, Move.NEXT);
                } else {
                    move(row, col, m);
                }
            } else if (e.getCode() == KeyCode.F2 && rows() > 0 && focusedRow() >= 0) {
                e.consume();
                int col = focusedColumn();
                if (col >= 0 && editable(focusedRow(), col)) {
                    edit(focusedRow(), col);
                } else {
                    move(focusedRow(), -1, Move.NEXT);
                }
            }
        });
        acceptInputMethod(table, () -> !editing(), text -> {
            int row = focusedRow();
            int col = typingColumn(row);
            if (col >= 0) {
                start(table, text, () -> edit(row, col));
            }
        });
        table.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (editing()) {
                return;
            }
            int row = focusedRow();
            int col = typingColumn(row);
            if (col >= 0) {
                typed(table, e, () -> edit(row, col));
            }
        });
    }

    /**
     * Chinese typed through an input method (拼音) on a selected cell: the table takes the input
     * method's text as a text box would, and the committed text starts the edit, as a typed
     * character does. Without this the input method stays off outside a text box and the first
     * letter of the 拼音 would land in the cell as a Latin letter.
     */
    public static void acceptInputMethod(Control control, java.util.function.BooleanSupplier ready,
                                         java.util.function.Consumer<String> committed) {
        control.setInputMethodRequests(new javafx.scene.input.InputMethodRequests() {
            @Override
            public javafx.geometry.Point2D getTextLocation(int offset) {
                javafx.geometry.Bounds b = control.localToScreen(control.getLayoutBounds());
                return b == null ? new javafx.geometry.Point2D(0, 0) : new javafx.geometry.Point2D(b.getMinX(), b.getMinY());
            }

            @Override
            public int getLocationOffset(int x, int y) {
                return 0;
            }

            @Override
            public void cancelLatestCommittedText() {
            }

            @Override
            public String getSelectedText() {
                return "";
            }
        });
        control.setOnInputMethodTextChanged(e -> {
            String text = e.getCommitted();
            if (text != null && !text.isEmpty() && ready.getAsBoolean()) {
                e.consume();
                committed.accept(text);
            }
        });
    }

    /** Starts an edit that begins with the given text instead of the cell's. */
    static void start(Control control, String text, Runnable edit) {
        control.getProperties().put(SEED, text);
        edit.run();
        control.getProperties().remove(SEED);
    }

    /**
     * A character typed on a selected line of a list (not a table): the edit starts with it, as
     * in the tables. True when the key started an edit.
     */
    public static boolean typed(Control list, KeyEvent e, Runnable edit) {
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return false;
        }
        String ch = e.getCharacter();
        if (ch == null || ch.isEmpty() || Character.isISOControl(ch.charAt(0)) || ch.equals(KeyEvent.CHAR_UNDEFINED)) {
            return false;
        }
        e.consume();
        start(list, ch, edit);
        return true;
    }

    /**
     * The character that started the edit, for the cell's editor to begin with instead of the
     * cell's text; null when the edit was started otherwise. Taken once.
     */
    static String takeSeed(Control table) {
        return table == null ? null : (String) table.getProperties().remove(SEED);
    }

    /** After a cell at (row, column) was committed: goes on as the key asked, once the table shows the saved text. */
    public void after(int row, Object column, Move move) {
        if (move == null || move == Move.NONE) {
            return;
        }
        control().requestFocus();
        Platform.runLater(() -> {
            control().layout();
            move(row, columnOf(column), move);
        });
    }

    /** Selects, focuses and edits a cell (a row just added, a finding's field); false when it takes no text. */
    public boolean start(int row, Object column) {
        int c = columnOf(column);
        if (row < 0 || row >= rows() || c < 0 || !editable(row, c)) {
            return false;
        }
        edit(row, c);
        return true;
    }

    /** Selects and focuses a cell without editing it. */
    public boolean select(int row, Object column) {
        int c = columnOf(column);
        if (row < 0 || row >= rows() || c < 0) {
            return false;
        }
        focusCell(row, c);
        return true;
    }

    abstract void focusCell(int row, int column);

    /** Marks a cell selected and focused, without taking the keyboard focus or scrolling. */
    abstract void mark(int row, int column);

    /**
     * Runs a reload of the table's rows (after an edit, undo or redo) keeping the selected cell,
     * so that the next key goes on from where the clerk was.
     */
    public void reloading(Runnable reload) {
        int row = focusedRow();
        int col = focusedColumn();
        reload.run();
        if (row >= 0 && row < rows() && col >= 0 && col < columnCount()) {
            mark(row, col);
        }
    }

    /** Edits the cell the move reaches; with none (the end of the table), the table keeps the focus. */
    void move(int row, int column, Move move) {
        int rows = rows();
        int cols = columnCount();
        control().requestFocus();
        if (rows == 0 || cols == 0) {
            return;
        }
        int r = Math.min(row, rows - 1);
        int c = column;
        switch (move) {
            case NEXT, PREVIOUS -> {
                int step = move == Move.NEXT ? 1 : -1;
                int at = r * cols + c;
                for (int k = at + step; k >= 0 && k < rows * cols; k += step) {
                    if (editable(k / cols, k % cols)) {
                        edit(k / cols, k % cols);
                        return;
                    }
                }
            }
            case DOWN, UP -> {
                int step = move == Move.DOWN ? 1 : -1;
                if (c < 0) {
                    return;
                }
                for (int k = r + step; k >= 0 && k < rows; k += step) {
                    if (editable(k, c)) {
                        edit(k, c);
                        return;
                    }
                }
            }
            default -> {
            }
        }
    }
}
