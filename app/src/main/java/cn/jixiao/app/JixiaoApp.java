package cn.jixiao.app;

import cn.jixiao.app.main.MainView;
import cn.jixiao.app.main.MainViewModel;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.List;

/** The window: opens the file named on the command line, else the last one, else the sample unit. */
public class JixiaoApp extends Application {
    private MainViewModel viewModel;

    public static void launchWindow(String[] args) {
        Application.launch(JixiaoApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        viewModel = new MainViewModel();
        MainView view = new MainView(viewModel, stage);
        Scene scene = new Scene(view.root(), 1280, 760);
        Fonts.apply(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.show();
        List<String> raw = getParameters() == null ? List.of() : getParameters().getRaw();
        if (raw.contains("--sample")) {
            view.openSample();
        } else {
            view.openInitial(raw.isEmpty() ? null : Path.of(raw.get(0)));
        }
    }

    @Override
    public void stop() {
        if (viewModel != null) {
            viewModel.close();
        }
    }
}
