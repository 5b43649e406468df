package cn.jixiao.domain;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MoneyTest {
    @Test
    void amountsKeepTheScaleAsWritten() {
        assertEquals("18.00", Amount.of("18.00").text());
        assertEquals(new BigDecimal("18.00"), Amount.of("18.00").value().orElseThrow());
        assertEquals(2, Amount.of("18.00").value().orElseThrow().scale());
        assertEquals("38.1692", Amount.of(" 38.1692　".strip()).text());
    }

    @Test
    void mistypedAmountsSurviveButHaveNoValue() {
        assertEquals("31..5", Amount.of("31..5").text());
        assertTrue(Amount.of("31..5").value().isEmpty());
        assertTrue(Amount.of("15万").value().isEmpty());
    }

    @Test
    void sumsAreExact() {
        // 一般商品和服务支出 387.65 + 对个人和家庭的补助 552.75 + 工资福利 2503.25 = 基本支出决算 3443.65 (seed 001)
        BigDecimal sum = Amount.of("387.65").valueOrZero().add(Amount.of("552.75").valueOrZero()).add(Amount.of("2503.25").valueOrZero());
        assertEquals(new BigDecimal("3443.65"), sum);
        Funds f = new Funds();
        f.fiscalAppropriation = Amount.of("0.1");
        f.otherFunds = Amount.of("0.2");
        assertEquals(new BigDecimal("0.3"), f.partsTotal().orElseThrow());
    }

    @Test
    void aStatedTotalIsKeptBesideTheComputedOne() {
        Funds f = new Funds();
        f.statedTotal = Amount.of("90");
        f.fiscalAppropriation = Amount.of("81");
        assertEquals("90", f.budget().text());
        assertEquals(new BigDecimal("81"), f.partsTotal().orElseThrow());
    }

    @Test
    void clerkInputIsReadLeniently() {
        assertEquals("15", MoneyText.parseInput("资金总额", "15").amount().text());
        assertEquals("15.5", MoneyText.parseInput("资金总额", "15.5").amount().text());
        assertEquals("15", MoneyText.parseInput("资金总额", "15万").amount().text());
        assertEquals("12", MoneyText.parseInput("资金总额", "12万元").amount().text());
        assertEquals("152.5", MoneyText.parseInput("资金总额", "１５２．５").amount().text());
    }

    @Test
    void badInputNamesTheField() {
        MoneyText.Result r = MoneyText.parseInput("全年执行数", "31..5");
        assertFalse(r.ok());
        assertTrue(r.error().startsWith("全年执行数"), r.error());
        assertTrue(MoneyText.parseInput("财政拨款", "-3").error().contains("负数"));
    }

    @Test
    void oneRuleForAValidAmount() {
        assertEquals(Amount.Validity.VALID, Amount.of("").validity());
        assertEquals(Amount.Validity.VALID, Amount.of("0").validity());
        assertEquals(Amount.Validity.VALID, Amount.of("38.1692").validity());
        assertEquals(Amount.Validity.NEGATIVE, Amount.of("-5").validity());
        assertEquals(Amount.Validity.NEGATIVE, Amount.of("-0.01").validity());
        assertEquals(Amount.Validity.NOT_A_NUMBER, Amount.of("31..5").validity());
        assertEquals(Amount.Validity.NOT_A_NUMBER, Amount.of("15万").validity());
        // The editor applies it: every minus sign a keyboard or Word gives is a minus sign.
        for (String negative : new String[] {"-3", "－3.5", "﹣3", "\u22123", "-.5", "-3万元"}) {
            MoneyText.Result r = MoneyText.parseInput("财政拨款", negative);
            assertFalse(r.ok(), negative);
            assertTrue(r.error().contains("负数"), negative + ": " + r.error());
        }
        assertEquals("1234.50", MoneyText.parseInput("资金总额", "1,234.50").amount().text());
        assertEquals("0.5", MoneyText.parseInput("资金总额", ".5").amount().text());
        assertEquals("5", MoneyText.parseInput("资金总额", "+5").amount().text());
        assertEquals("5", MoneyText.parseInput("资金总额", "5.").amount().text());
        // 元 is not 万元, and a currency sign is not a number: refused, never read as 万元.
        assertFalse(MoneyText.parseInput("资金总额", "15元").ok());
        assertFalse(MoneyText.parseInput("资金总额", "¥15").ok());
        assertFalse(MoneyText.parseInput("资金总额", "1e3").ok());
        assertFalse(MoneyText.parseInput("资金总额", "五万").ok());
    }

    @Test
    void executionRateIsComputedFromAmounts() {
        FundsExecution e = new FundsExecution();
        e.adjustedBudget = Amount.of("38.17");
        e.executed = Amount.of("38.1692");
        // cut, never rounded up: 99.99%, not a 100.00% that was not reached
        assertEquals(new BigDecimal("0.9999790411"), e.executionRate().orElseThrow());
        assertEquals("99.99%", Percent.of(e.executionRate().orElseThrow()));
    }

    @Test
    void noDomainFieldHoldsMoneyAsFloatingPoint() {
        JavaClasses domain = new ClassFileImporter().importPackages("cn.jixiao.domain");
        ArchRuleDefinition.noFields().should().haveRawType(double.class).orShould().haveRawType(float.class)
                .orShould().haveRawType(Double.class).orShould().haveRawType(Float.class).check(domain);
    }
}
