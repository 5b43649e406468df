package cn.jixiao.app.indicator;

import cn.jixiao.app.Messages;
import cn.jixiao.domain.Indicator;
import cn.jixiao.indicators.IndicatorCopies.Source;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * 复制指标: choose a project (this project's previous year comes first), tick its indicators,
 * and they are copied under the matching 二级 of this project as one undoable edit.
 */
final class CopyIndicatorsDialog extends Dialog<List<Indicator>> {
    static final ButtonType COPY = new ButtonType(Messages.text("copyIndicatorsDialog.buttonType.copy"), ButtonBar.ButtonData.OK_DONE);
    private final ListView<Indicator> choices = new ListView<>();
    private final Map<Indicator, BooleanProperty> checked = new IdentityHashMap<>();
    private final java.util.Set<String> present = new java.util.HashSet<>();
    private static final ButtonType CANCEL = new ButtonType(Messages.text("copyIndicatorsDialog.buttonType.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);

    CopyIndicatorsDialog(IndicatorEditorModel model) {
        model.indicators().forEach(i -> present.add(i.name.strip()));
        setTitle(Messages.text("copyIndicatorsDialog.title.title"));
        setHeaderText(Messages.text("copyIndicatorsDialog.header.explanation"));
        ComboBox<Source> source = new ComboBox<>();
        source.setId("copySource");
        source.getItems().setAll(model.copySources());
        source.setConverter(new StringConverter<>() {
            @Override
            public String toString(Source s) {
                return s == null ? "" : s.label();
            }

            @Override
            public Source fromString(String s) {
                return null;
            }
        });
        source.setPrefWidth(520);
        choices.setId("copyChoices");
        choices.setPrefSize(520, 320);
        choices.setCellFactory(CheckBoxListCell.forListView(this::check,
                new StringConverter<>() {
                    @Override
                    public String toString(Indicator i) {
                        return i.subcategory + " · " + i.name + (i.target.isBlank() ? "" : "　" + i.target);
                    }

                    @Override
                    public Indicator fromString(String s) {
                        return null;
                    }
                }));
        source.valueProperty().addListener((o, a, s) -> {
            checked.clear();
            choices.getItems().setAll(s == null ? List.of() : s.project().indicators);
        });
        Button all = new Button(Messages.text("copyIndicatorsDialog.button.selectAll"));
        all.setOnAction(e -> choices.getItems().forEach(i -> check(i).set(true)));
        Button none = new Button(Messages.text("copyIndicatorsDialog.button.selectNone"));
        none.setOnAction(e -> choices.getItems().forEach(i -> check(i).set(false)));
        Label from = new Label(Messages.text("copyIndicatorsDialog.label.copyFrom"));
        HBox top = new HBox(8, from, source);
        VBox content = new VBox(8, top, choices, new HBox(8, all, none));
        content.setPadding(new Insets(8));
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(COPY, CANCEL);
        if (source.getItems().isEmpty()) {
            choices.setPlaceholder(new Label(Messages.text("copyIndicatorsDialog.label.noOtherProjects")));
        } else {
            source.getSelectionModel().select(0);
        }
        setResultConverter(b -> b == COPY ? choices.getItems().stream().filter(i -> check(i).get()).toList() : null);
    }

    /** Ticked at first unless this project already has an indicator of that name. */
    private BooleanProperty check(Indicator i) {
        return checked.computeIfAbsent(i, k -> new SimpleBooleanProperty(!present.contains(k.name.strip())));
    }
}
