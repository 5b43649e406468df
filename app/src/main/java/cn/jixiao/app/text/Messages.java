package cn.jixiao.app.text;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * The program's UI text, kept in the resource bundle cn/jixiao/app/Messages*.properties (UTF-8) so the
 * wording can be reviewed and corrected in one place instead of in the view code. It lives in a
 * package of its own, not in the app's root package, because every view uses it and the root
 * package holds the composition root (JixiaoApp), which uses every view: the two together would be
 * a cycle. The bundle keeps its name (cn.jixiao.app.Messages).
 */
public final class Messages {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("cn.jixiao.app.Messages");

    private Messages() {
    }

    /** The text for the key, as written in the bundle (not a MessageFormat pattern). */
    public static String text(String key) {
        return BUNDLE.getString(key);
    }

    /**
     * The bundle's MessageFormat pattern for the key, filled with the arguments. Arguments go in as
     * {@code String.valueOf}, exactly as string concatenation did: MessageFormat would otherwise group
     * digits (2,021年度) and reformat dates.
     */
    public static String text(String key, Object... args) {
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(BUNDLE.getString(key), java.util.Locale.SIMPLIFIED_CHINESE).format(texts);
    }
}
