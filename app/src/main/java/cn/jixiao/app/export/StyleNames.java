package cn.jixiao.app.export;

import java.util.Map;

/** The clerk's names for the form styles (版式): whose published forms each one reproduces. */
final class StyleNames {
    private static final Map<String, String> NAMES = Map.of(
            "hengyang-2021", "衡阳 2021 版",
            "hengyang-2022", "衡阳 2022 版",
            "huaiyuan-2024", "怀远 2024 版",
            "xiangyin-2023", "湘阴 2023 版",
            "agency-2024", "机关事务局 2024 版（宽表）");

    private StyleNames() {
    }

    static String of(String style) {
        return style == null || style.isEmpty() ? "" : NAMES.getOrDefault(style, style);
    }
}
