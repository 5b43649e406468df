package cn.jixiao.app;

import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Pictures of the window for docs/screenshots, taken by the window tests when asked:
 * {@code -Djixiao.screenshots=DIR} (the headless toolkit has no screen to grab, so the scene is
 * drawn into an image). Without the property nothing is written. The headless screen is 1280×800
 * unless told otherwise, so for 1366×768 pictures run with
 * {@code -Dtestfx.argLine="$(default) -Dheadless.geometry=1366x768-32"} (see README).
 */
public final class Screenshots {
    private Screenshots() {
    }

    /** In screenshot mode the window fills the (headless) screen, as a maximised window at 1366×768 would. */
    public static void fitScreen(javafx.stage.Stage stage) {
        String dir = System.getProperty("jixiao.screenshots");
        if (dir == null || dir.isBlank()) {
            return;
        }
        var screen = javafx.stage.Screen.getPrimary().getBounds();
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(screen.getWidth());
        stage.setHeight(screen.getHeight());
    }

    /** Call on the FX thread. */
    public static void save(Scene scene, String name) {
        if (folder() != null) {
            write(image(scene), name);
        }
    }

    /** A dialog over its window, as the screen shows it: the dialog centred, with a thin frame. Call on the FX thread. */
    public static void saveOver(Scene window, Scene dialog, String name) {
        if (folder() == null) {
            return;
        }
        BufferedImage back = image(window);
        BufferedImage front = image(dialog);
        java.awt.Graphics2D g = back.createGraphics();
        int x = Math.max(0, (back.getWidth() - front.getWidth()) / 2);
        int y = Math.max(0, (back.getHeight() - front.getHeight()) / 2);
        g.drawImage(front, x, y, null);
        g.setColor(java.awt.Color.GRAY);
        g.drawRect(x - 1, y - 1, front.getWidth() + 1, front.getHeight() + 1);
        g.dispose();
        write(back, name);
    }

    private static String folder() {
        String dir = System.getProperty("jixiao.screenshots");
        return dir == null || dir.isBlank() ? null : dir;
    }

    private static BufferedImage image(Scene scene) {
        WritableImage image = scene.snapshot(null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader r = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, r.getArgb(x, y));
            }
        }
        return out;
    }

    private static void write(BufferedImage out, String name) {
        String dir = folder();
        try {
            Files.createDirectories(Path.of(dir));
            ImageIO.write(out, "png", Path.of(dir, name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
