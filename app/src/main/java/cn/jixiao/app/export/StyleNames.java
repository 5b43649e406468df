package cn.jixiao.app.export;

import cn.jixiao.app.text.Messages;
import java.util.Map;

/** The clerk's names for the form styles (版式): whose published forms each one reproduces. */
public final class StyleNames {
    private static final Map<String, String> NAMES = Map.of(
            "hengyang-2021", Messages.text("styleNames.text.1"),
            "hengyang-2022", Messages.text("styleNames.text.2"),
            "huaiyuan-2024", Messages.text("styleNames.text.3"),
            "xiangyin-2023", Messages.text("styleNames.text.4"),
            "agency-2024", Messages.text("styleNames.text.5"));

    private StyleNames() {
    }

    public static String of(String style) {
        return style == null || style.isEmpty() ? "" : NAMES.getOrDefault(style, style);
    }
}
