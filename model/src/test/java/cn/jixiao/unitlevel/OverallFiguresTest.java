package cn.jixiao.unitlevel;

import cn.jixiao.domain.Amount;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.sample.Samples;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OverallFiguresTest {
    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void agency2024ProjectExpenseIsItsProjectsAndTheTotalItsParts() {
        FiscalYear y = Samples.load("hengyang-agency").year(2024).orElseThrow();
        assertEquals(0, d("133.00").compareTo(OverallFigures.projectExpense(y).orElseThrow()), "40.00 + 17.00 + 76.00");
        assertEquals(0, d("705.86").compareTo(OverallFigures.expenseTotal(y).orElseThrow()), "572.86 + 133.00");
        List<Check> checks = OverallFigures.checks(y);
        assertTrue(checks.stream().noneMatch(Check::disagrees), checks.toString());
    }

    @Test
    void office2022ProjectsDisagreeWithTheStatedProjectExpenseAndBothAreKept() {
        FiscalYear y = Samples.load("hengyang-office").year(2022).orElseThrow();
        assertEquals(0, d("2677.71").compareTo(OverallFigures.incomeTotal(y.overall).orElseThrow()));
        assertEquals(0, d("2677.71").compareTo(OverallFigures.expenseTotal(y).orElseThrow()), "1839.57 + 838.14");
        // The self-evaluations' 年初预算数 add up to 876.16: 政府业务经费、政府综合治理工作经费 carries
        // 207.44 where the 基础数据表 and the report hold 131.4 + 38.02 = 169.42.
        assertEquals(0, d("876.16").compareTo(OverallFigures.projectExpense(y).orElseThrow()));
        Check project = OverallFigures.checks(y).stream().filter(c -> c.label().startsWith("项目支出")).findFirst().orElseThrow();
        assertTrue(project.disagrees());
        assertEquals("项目支出（按项目合计）：填写 838.14，计算得 876.16", project.message());
        assertEquals("838.14", y.overall.projectExpense.text(), "the stated figure is not overwritten");
    }

    @Test
    void threePublicAndLenientAmounts() {
        FiscalYear y = Samples.load("xiangyin-office").year(2023).orElseThrow();
        // 湘阴 附件1 states 13 for 三公经费 while its parts add to 0 + 0 + 13.18.
        Check three = OverallFigures.checks(y).stream().filter(c -> c.label().equals("三公经费合计")).findFirst().orElseThrow();
        assertTrue(three.disagrees());
        assertEquals(0, d("13.18").compareTo(three.computed().orElseThrow()));
        // '15万', '120万元' typed in 万元 cells still count: 50+15+120+30+65+20+120 = 420 as stated.
        assertEquals(0, d("420").compareTo(OverallFigures.projectExpense(y).orElseThrow()));
        y.overall.projectExpense = Amount.of("420");
        assertFalse(OverallFigures.checks(y).stream().filter(c -> c.label().startsWith("项目支出")).findFirst().orElseThrow().disagrees());
    }
}
