package cn.jixiao.documents;

/**
 * Paper and margins. A4 portrait for most forms; the wide tables landscape.
 * Margins in millimetres, as a government form states them.
 */
public record PageSetup(boolean landscape, double topMm, double bottomMm, double leftMm, double rightMm) {
    public static final PageSetup A4_PORTRAIT = new PageSetup(false, 25.4, 25.4, 25.4, 25.4);
    public static final PageSetup A4_PORTRAIT_NARROW = new PageSetup(false, 20, 20, 18, 18);
    public static final PageSetup A4_LANDSCAPE = new PageSetup(true, 18, 18, 15, 15);

    /** Printable width in millimetres. */
    public double contentWidthMm() {
        return (landscape ? 297 : 210) - leftMm - rightMm;
    }
}
