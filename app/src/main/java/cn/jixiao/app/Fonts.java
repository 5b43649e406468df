package cn.jixiao.app;

import javafx.scene.Scene;
import javafx.scene.text.Font;

import java.util.List;

/** Picks a CJK font that exists: Microsoft YaHei on Windows, then common Linux CJK fonts. */
public final class Fonts {
    private static final List<String> PREFERRED = List.of("Microsoft YaHei", "微软雅黑", "SimSun", "Noto Sans CJK SC",
            "WenQuanYi Zen Hei", "Source Han Sans SC", "PingFang SC");

    private Fonts() {
    }

    public static String family() {
        List<String> available = Font.getFamilies();
        return PREFERRED.stream().filter(available::contains).findFirst().orElse(Font.getDefault().getFamily());
    }

    public static void apply(Scene scene) {
        scene.getRoot().setStyle("-fx-font-family: '" + family() + "'; -fx-font-size: 13px;");
    }
}
