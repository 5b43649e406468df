package cn.jixiao.unitlevel;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A figure the form states beside what the program computes for it. Neither replaces the other:
 * the editor shows both and flags a difference.
 */
public record Check(String label, Optional<BigDecimal> stated, Optional<BigDecimal> computed) {
    /** True when both are known and differ. */
    public boolean disagrees() {
        return stated.isPresent() && computed.isPresent() && !Figures.same(stated.get(), computed.get());
    }

    /** For the clerk: '项目支出：填写 838.14，按项目合计 876.16'. */
    public String message() {
        return label + "：填写 " + stated.map(Figures::format).orElse("（空）")
                + "，计算得 " + computed.map(Figures::format).orElse("（无法计算）");
    }
}
