package cn.jixiao.exchange;

import cn.jixiao.domain.Unit;

/** The exchange document: one whole unit with the format name and version (docs/exchange.md). */
public class UnitDocument {
    public static final String FORMAT = "jixiao-unit";
    /** 2: 部门整体's self-evaluation figures moved into {@code overall.selfEvaluation} ({@link FormatUpgrade}). */
    public static final int VERSION = 2;

    public String format = FORMAT;
    public int formatVersion = VERSION;
    public Unit unit = new Unit();

    public UnitDocument() {
    }

    public UnitDocument(Unit unit) {
        this.unit = unit;
    }
}
