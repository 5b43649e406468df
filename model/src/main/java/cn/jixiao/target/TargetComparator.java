package cn.jixiao.target;

import java.util.Optional;

/** 指标值类型: the direction a target is met in, with the symbol the forms print. */
public enum TargetComparator {
    GE("≥"),
    LE("≤"),
    EQ("="),
    GT(">"),
    LT("<");

    private final String symbol;

    TargetComparator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** True for ≤ and <: less is better (cost, error rate, time taken). */
    public boolean isNegative() {
        return this == LE || this == LT;
    }

    /** The comparator a printed symbol stands for ('≥', '>=', '＞＝', '≧' …); empty if none. */
    public static Optional<TargetComparator> ofSymbol(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = TextFold.fold(text);
        return switch (s) {
            case "≥", ">=", "=>" -> Optional.of(GE);
            case "≤", "<=", "=<" -> Optional.of(LE);
            case "=", "==" -> Optional.of(EQ);
            case ">" -> Optional.of(GT);
            case "<" -> Optional.of(LT);
            default -> Optional.empty();
        };
    }
}
