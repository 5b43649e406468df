package cn.jixiao.documents;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The TrueType fonts a PDF form embeds (subset) for 宋体, 黑体 and 仿宋: on Windows SimSun,
 * SimHei and FangSong from the Windows font folder; elsewhere the CJK TrueType fonts the system
 * has (文泉驿正黑, AR PL UMing, …), one standing in for a family it lacks. Only fonts with
 * TrueType outlines qualify: CFF-outline fonts (Noto CJK's .ttc) cannot be subset, and a whole
 * 20 MB face in every PDF is no answer. A symbol font (Segoe UI Symbol, DejaVu Sans) supplies
 * the ☐ and ☑ of the forms' tick boxes, which the CJK fonts lack.
 */
final class PdfFonts {
    /** The three families of {@link FormFonts}. */
    enum Family { SONG, HEI, FANGSONG }

    /** One loaded face, with its character map (for coverage and widths). */
    static final class Face {
        final TrueTypeFont font;
        final String source;
        private final CmapLookup cmap;
        private final float unitsPerEm;

        Face(TrueTypeFont font, String source) throws IOException {
            this.font = font;
            this.source = source;
            this.cmap = font.getUnicodeCmapLookup(false);
            this.unitsPerEm = font.getUnitsPerEm();
        }

        boolean has(int codePoint) {
            return cmap != null && cmap.getGlyphId(codePoint) > 0;
        }

        /** Advance width of a character this face has, in ems. */
        float ems(int codePoint) {
            try {
                return font.getAdvanceWidth(cmap.getGlyphId(codePoint)) / unitsPerEm;
            } catch (IOException e) {
                return 1f;
            }
        }
    }

    /** Said when no font can be embedded: the PDF cannot be made readable without one. */
    static final String NO_FONT = "找不到可嵌入 PDF 的中文字体，无法生成 PDF。请安装中文 TrueType 字体后重试："
            + "Windows 上为宋体、黑体、仿宋（C:\\Windows\\Fonts 中的 simsun.ttc、simhei.ttf、simfang.ttf），"
            + "Linux 上如文泉驿正黑（软件包 fonts-wqy-zenhei）。也可以先导出 Word 或 Excel 文件。";

    /** Fonts smaller than this are not CJK fonts (a CJK face holds thousands of glyphs). */
    private static final long MIN_CJK_BYTES = 1_000_000;
    /** Characters a form cannot do without. */
    private static final int[] PROBE = {'中', '表', '元', '绩', '0'};

    private static volatile PdfFonts system;

    static {
        PoiLogging.quiet();
    }

    private final Map<Family, Face> families;
    private final Face symbols;

    private PdfFonts(Map<Family, Face> families, Face symbols) {
        this.families = families;
        this.symbols = symbols;
    }

    /** The system's fonts, found once per run (a TrueType collection is read once, its glyphs as used). */
    static PdfFonts system() {
        PdfFonts f = system;
        if (f == null) {
            synchronized (PdfFonts.class) {
                f = system;
                if (f == null) {
                    Candidates c = candidates();
                    f = locate(c.families(), c.symbols(), scanFolders());
                    system = f;
                }
            }
        }
        return f;
    }

    /**
     * Finds the families among the candidate files (family → files, tried in order), then, for a
     * system without any of them, the first CJK TrueType font in the scanned folders.
     *
     * @throws MissingFontException when no CJK TrueType font exists
     */
    static PdfFonts locate(Map<Family, List<Path>> candidates, List<Path> symbolFiles, List<Path> scan) {
        Map<Family, Face> found = new EnumMap<>(Family.class);
        // a file that stands in for two families is opened, and embedded, once
        Map<Path, Optional<Face>> opened = new java.util.HashMap<>();
        for (Family fam : Family.values()) {
            for (Path p : candidates.getOrDefault(fam, List.of())) {
                Optional<Face> face = opened.computeIfAbsent(p, PdfFonts::cjkFace);
                if (face.isPresent()) {
                    found.put(fam, face.get());
                    break;
                }
            }
        }
        if (found.isEmpty()) {
            scanned(scan).ifPresent(face -> found.put(Family.SONG, face));
        }
        if (found.isEmpty()) {
            throw new MissingFontException(NO_FONT);
        }
        Face any = found.getOrDefault(Family.SONG, found.values().iterator().next());
        for (Family fam : Family.values()) {
            found.putIfAbsent(fam, fam == Family.FANGSONG ? found.getOrDefault(Family.SONG, any) : any);
        }
        Face symbols = null;
        for (Path p : symbolFiles) {
            symbols = face(p, f -> f.has('☑')).orElse(null);
            if (symbols != null) {
                break;
            }
        }
        return new PdfFonts(found, symbols);
    }

    Face face(Family family) {
        return families.get(family);
    }

    /** The font that draws this character: the family's, else the symbol font, else none. */
    Face faceFor(Family family, int codePoint) {
        Face f = families.get(family);
        if (f.has(codePoint)) {
            return f;
        }
        if (symbols != null && symbols.has(codePoint)) {
            return symbols;
        }
        for (Face other : families.values()) {
            if (other.has(codePoint)) {
                return other;
            }
        }
        return null;
    }

    static Family family(String formFontFamily) {
        return switch (formFontFamily) {
            case FormFonts.HEI -> Family.HEI;
            case FormFonts.FANGSONG -> Family.FANGSONG;
            default -> Family.SONG;
        };
    }

    /** A failure to find a font, said in Chinese for the clerk. */
    public static final class MissingFontException extends IllegalStateException {
        MissingFontException(String message) {
            super(message);
        }
    }

    /** Font files to try, in order of preference: for each family, and for the tick boxes. */
    record Candidates(Map<Family, List<Path>> families, List<Path> symbols) {
    }

    static Candidates candidates() {
        List<Path> symbols;
        Map<Family, List<Path>> c = new EnumMap<>(Family.class);
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            Path dir = Path.of(Optional.ofNullable(System.getenv("WINDIR")).orElse("C:\\Windows"), "Fonts");
            c.put(Family.SONG, List.of(dir.resolve("simsun.ttc"), dir.resolve("simsun.ttf"), dir.resolve("simhei.ttf")));
            c.put(Family.HEI, List.of(dir.resolve("simhei.ttf"), dir.resolve("msyh.ttc")));
            c.put(Family.FANGSONG, List.of(dir.resolve("simfang.ttf")));
            symbols = List.of(dir.resolve("seguisym.ttf"));
        } else if (os.contains("mac")) {
            Path sup = Path.of("/System/Library/Fonts/Supplemental");
            c.put(Family.SONG, List.of(sup.resolve("Songti.ttc"), Path.of("/Library/Fonts/Songti.ttc")));
            c.put(Family.HEI, List.of(Path.of("/System/Library/Fonts/STHeiti Medium.ttc"),
                    Path.of("/System/Library/Fonts/STHeiti Light.ttc")));
            c.put(Family.FANGSONG, List.of(sup.resolve("STFangsong.ttf"), Path.of("/Library/Fonts/STFangsong.ttf")));
            symbols = List.of(Path.of("/System/Library/Fonts/Apple Symbols.ttf"));
        } else {
            Path share = Path.of("/usr/share/fonts/truetype");
            List<Path> hei = List.of(share.resolve("wqy/wqy-zenhei.ttc"), share.resolve("wqy/wqy-microhei.ttc"),
                    share.resolve("droid/DroidSansFallbackFull.ttf"));
            List<Path> song = new ArrayList<>(List.of(share.resolve("arphic/uming.ttc")));
            song.addAll(hei);
            c.put(Family.SONG, song);
            c.put(Family.HEI, hei);
            c.put(Family.FANGSONG, song);
            symbols = List.of(share.resolve("dejavu/DejaVuSans.ttf"), Path.of("/usr/share/fonts/TTF/DejaVuSans.ttf"));
        }
        return new Candidates(c, symbols);
    }

    static List<Path> scanFolders() {
        String home = System.getProperty("user.home", "");
        return Stream.of("/usr/share/fonts", "/usr/local/share/fonts", home + "/.local/share/fonts", home + "/.fonts",
                "/Library/Fonts", "/System/Library/Fonts", home + "/Library/Fonts").map(Path::of).toList();
    }

    private static Optional<Face> scanned(List<Path> folders) {
        for (Path dir : folders) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> s = Files.walk(dir, 4)) {
                files = s.filter(p -> {
                    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                    try {
                        return (n.endsWith(".ttf") || n.endsWith(".ttc")) && Files.size(p) >= MIN_CJK_BYTES;
                    } catch (IOException e) {
                        return false;
                    }
                }).sorted().toList();
            } catch (IOException | RuntimeException e) {
                continue;
            }
            for (Path p : files) {
                Optional<Face> f = cjkFace(p);
                if (f.isPresent()) {
                    return f;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Face> cjkFace(Path file) {
        return face(file, f -> {
            for (int cp : PROBE) {
                if (!f.has(cp)) {
                    return false;
                }
            }
            return true;
        });
    }

    /** The first face of the file (a .ttc holds several) with TrueType outlines that passes the test. */
    private static Optional<Face> face(Path file, java.util.function.Predicate<Face> test) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".ttc")) {
                // kept open for the run: the subsetter reads the glyphs of each export from it
                TrueTypeCollection ttc = new TrueTypeCollection(file.toFile());
                Face[] chosen = {null};
                try {
                    ttc.processAllFonts(f -> {
                        if (outlined(f)) {
                            Face face = new Face(f, file.toString());
                            if (test.test(face)) {
                                chosen[0] = face;
                                // each face is parsed whole (a second or more for 文泉驿正黑's three): stop at the first that serves
                                throw new Found();
                            }
                        }
                    });
                } catch (Found stop) {
                    // chosen
                }
                if (chosen[0] == null) {
                    ttc.close();
                }
                return Optional.ofNullable(chosen[0]);
            }
            TrueTypeFont f = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
            if (!outlined(f)) {
                f.close();
                return Optional.empty();
            }
            Face face = new Face(f, file.toString());
            if (!test.test(face)) {
                f.close();
                return Optional.empty();
            }
            return Optional.of(face);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Ends the walk through a collection's faces once one is chosen. */
    private static final class Found extends IOException {
        Found() {
            super(null, null);
        }
    }

    /** TrueType (glyf) outlines: what PDFBox can subset. */
    private static boolean outlined(TrueTypeFont f) throws IOException {
        if (f instanceof OpenTypeFont otf && otf.isPostScript()) {
            return false;
        }
        return f.getTableMap().containsKey("glyf");
    }
}
