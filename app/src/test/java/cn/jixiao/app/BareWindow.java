package cn.jixiao.app;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The yardstick of the start-up benchmark (docs/benchmarks.md): a bare JavaFX window with one
 * label, exiting on its first frame, as `jixiao --exit-when-shown` does with the unit tree.
 */
public final class BareWindow {
    private BareWindow() {
    }

    /** Not an Application itself, so it starts from the class path as jixiao.jar's Launcher does. */
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window. */
    public static class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new Label("绩效填报"), 1280, 760));
            stage.show();
            reportFirstFrameAndExit();
        }
    }

    /** Prints "shown at EPOCH_MS" once the first frame is on screen (the pulse after it), then exits. */
    static void reportFirstFrameAndExit() {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                Platform.runLater(() -> {
                    System.out.println("shown at " + System.currentTimeMillis());
                    Platform.exit();
                });
            }
        }.start();
    }
}
