package cn.jixiao.app;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundles and the code agree: no missing text at run time, no dead text in the bundle. */
class MessagesTest {
    private static final Pattern USE = Pattern.compile("Messages\\.text\\(\\s*\"([^\"]+)\"");
    private static final Pattern ARG = Pattern.compile("\\{(\\d+)}");

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name);
             Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    private static Set<String> usedKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = USE.matcher(Files.readString(f));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    @Test
    void everyKeyUsedInTheCodeIsInBothBundles() throws IOException {
        Set<String> used = usedKeys();
        assertTrue(used.size() > 300, "found only " + used.size() + " keys; is the source scan broken?");
        for (String name : List.of("Messages.properties", "Messages_zh_CN.properties")) {
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(bundle(name).stringPropertyNames());
            assertEquals(Set.of(), missing, "keys missing from " + name);
        }
    }

    @Test
    void noKeyInTheBundleIsUnused() throws IOException {
        Set<String> unused = new TreeSet<>(bundle("Messages.properties").stringPropertyNames());
        unused.removeAll(usedKeys());
        assertEquals(Set.of(), unused);
    }

    @Test
    void everyKeyIsNamedForWhatItShowsNotNumbered() throws IOException {
        Set<String> numbered = new TreeSet<>();
        for (String key : bundle("Messages.properties").stringPropertyNames()) {
            if (key.matches(".*\\.\\d+$")) {
                numbered.add(key);
            }
        }
        assertEquals(Set.of(), numbered);
    }

    @Test
    void bothBundlesHaveTheSameKeysAndText() throws IOException {
        assertEquals(bundle("Messages.properties"), bundle("Messages_zh_CN.properties"));
    }

    @Test
    void everyTemplateParsesAndUsesItsArgumentsInOrder() throws IOException {
        List<String> bad = new ArrayList<>();
        Properties p = bundle("Messages.properties");
        for (String key : p.stringPropertyNames()) {
            String text = p.getProperty(key);
            if (!ARG.matcher(text).find()) {
                continue;
            }
            try {
                int formats = new MessageFormat(text).getFormatsByArgumentIndex().length;
                for (int i = 0; i < formats; i++) {
                    if (!text.contains("{" + i + "}")) {
                        bad.add(key + ": no {" + i + "}");
                    }
                }
            } catch (IllegalArgumentException e) {
                bad.add(key + ": " + e.getMessage());
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void textIsChineseAndTemplatesFillLikeConcatenation() {
        assertEquals("文件", Messages.text("menu.file"));
        assertEquals("2021年度", Messages.text("unitNode.name.year", 2021));
        assertFalse(Messages.text("exportDialog.header.errorsRemain", 12345).contains(","));
    }
}
