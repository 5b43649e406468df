package cn.jixiao.app.main;

import cn.jixiao.app.Messages;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;

/** Ctrl+F: type part of a project's or indicator's name (or a 指标值); Enter goes to the chosen one. */
final class FindDialog extends Dialog<FindDialog.Hit> {
    /** A project, or an indicator of a project. */
    record Hit(FiscalYear year, Project project, Indicator indicator) {
        @Override
        public String toString() {
            String p = Messages.text("findDialog.text.yearAndPlace", year.year, project.name.isBlank() ? Messages.text("findDialog.text.unnamedProject") : project.name);
            return indicator == null ? Messages.text("findDialog.text.project", p)
                    : Messages.text("findDialog.text.indicator", indicator.name, indicator.target.isBlank() ? "" : "（" + indicator.target + "）", p);
        }
    }

    /** The default button: Enter goes to the selected hit. */
    static final ButtonType GO = new ButtonType(Messages.text("findDialog.buttonType.goTo"), ButtonBar.ButtonData.OK_DONE);

    FindDialog(MainViewModel vm, Window owner) {
        setTitle(Messages.text("findDialog.title.title"));
        setHeaderText(Messages.text("findDialog.header.header"));
        initOwner(owner);
        TextField query = new TextField();
        query.setId("findQuery");
        query.setPromptText(Messages.text("findDialog.prompt.query"));
        ListView<Hit> hits = new ListView<>();
        hits.setId("findHits");
        hits.setPrefSize(560, 300);
        Label count = new Label();
        query.textProperty().addListener((o, a, b) -> {
            hits.getItems().setAll(search(vm.unit(), b));
            count.setText(b.isBlank() ? "" : Messages.text("findDialog.text.found", hits.getItems().size()));
            if (!hits.getItems().isEmpty()) {
                hits.getSelectionModel().select(0);
            }
        });
        query.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                hits.requestFocus();
                e.consume();
            }
        });
        hits.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                go(hits);
            }
        });
        // Enter on a result goes to it (the list would otherwise keep the key from the default button)
        hits.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && go(hits)) {
                e.consume();
            }
        });
        getDialogPane().setContent(new VBox(8, query, hits, count));
        getDialogPane().getButtonTypes().addAll(GO, new ButtonType(Messages.text("findDialog.buttonType.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        setResultConverter(b -> b == GO ? hits.getSelectionModel().getSelectedItem() : null);
        setOnShown(e -> Platform.runLater(() -> {
            getDialogPane().getScene().getWindow().requestFocus();
            query.requestFocus();
        }));
    }

    /** Closes the dialog on the selected hit; false when none is selected. */
    private boolean go(ListView<Hit> hits) {
        Hit h = hits.getSelectionModel().getSelectedItem();
        if (h == null) {
            return false;
        }
        setResult(h);
        close();
        return true;
    }

    static List<Hit> search(Unit unit, String text) {
        List<Hit> out = new ArrayList<>();
        String q = text == null ? "" : text.strip();
        if (unit == null || q.isEmpty()) {
            return out;
        }
        for (int y = unit.years.size() - 1; y >= 0; y--) {
            FiscalYear fy = unit.years.get(y);
            for (Project p : fy.projects) {
                if (p.name.contains(q)) {
                    out.add(new Hit(fy, p, null));
                }
            }
            for (Project p : fy.projects) {
                for (Indicator i : p.indicators) {
                    if (i.name.contains(q) || i.target.contains(q)) {
                        out.add(new Hit(fy, p, i));
                    }
                }
            }
        }
        return out;
    }
}
