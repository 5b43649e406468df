package cn.jixiao;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one check that a message is for the clerk: Chinese, and none of the program's own text —
 * no Java class or package names, no exception words, no SQLite, POI or Jackson text, no stack
 * trace lines. Every test of an error message calls it.
 */
public final class PlainChinese {
    private static final List<String> RAW = List.of("Exception", "Error:", "SQLITE", "sqlite", "jackson", "Jackson",
            "poi", "POI", "at cn.", "at java.", "java.", "javax.", "org.", "com.fasterxml", "cannot commit",
            "no transaction", "Cannot deserialize", "Unexpected character", "NullPointer", "[SQLITE", "\tat ",
            "Caused by", "No space left", "Permission denied", "Read-only file system", "File name too long");
    private static final Pattern CLASS_NAME = Pattern.compile("\\b[a-z]+(\\.[a-z]+)+\\.[A-Z][A-Za-z]+");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private PlainChinese() {
    }

    /** Fails unless the message is Chinese text with nothing of the program's internals in it. */
    public static void assertPlain(String message) {
        assertNotNull(message, "a message is given");
        assertTrue(HAN.matcher(message).find(), "the message is in Chinese: " + message);
        for (String raw : RAW) {
            assertFalse(message.contains(raw), "no '" + raw + "' in the message: " + message);
        }
        assertFalse(CLASS_NAME.matcher(message).find(), "no class name in the message: " + message);
    }
}
