package cn.jixiao.app.export;

import cn.jixiao.app.text.Messages;
import java.util.Map;

/** The clerk's names for the form styles (版式): whose published forms each one reproduces. */
public final class StyleNames {
    private static final Map<String, String> NAMES = Map.of(
            "hengyang-2021", Messages.text("styleNames.text.hengyang2021"),
            "hengyang-2022", Messages.text("styleNames.text.hengyang2022"),
            "huaiyuan-2024", Messages.text("styleNames.text.huaiyuan2024"),
            "xiangyin-2023", Messages.text("styleNames.text.xiangyin2023"),
            "agency-2024", Messages.text("styleNames.text.agency2024"),
            "national", Messages.text("styleNames.text.national"));

    private StyleNames() {
    }

    public static String of(String style) {
        return style == null || style.isEmpty() ? "" : NAMES.getOrDefault(style, style);
    }
}
