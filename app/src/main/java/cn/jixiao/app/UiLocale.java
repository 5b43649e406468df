package cn.jixiao.app;

import java.util.Locale;

/**
 * 界面语言: the program is Chinese whatever the machine's language. JavaFX writes some texts of
 * its own (the 确定/取消 of a dialog, an empty table's 表中无内容, a text box's 复制/粘贴 menu) in
 * the JVM's default locale, so on an English system they came out English; the default is set to
 * Simplified Chinese before any window is built.
 */
public final class UiLocale {
    private UiLocale() {
    }

    public static void apply() {
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
    }
}
