package cn.jixiao.sample;

import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.exchange.UnitExchange;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SyntheticUnitTest {
    @Test
    void theSameSeedGivesTheSameUnit() {
        assertEquals(UnitExchange.toJson(SyntheticUnit.generate(5, 20, 7)), UnitExchange.toJson(SyntheticUnit.generate(5, 20, 7)));
    }

    @Test
    void itHasTheAskedSizeAndCleanFigures() {
        Unit u = SyntheticUnit.generate(300, 20, 42);
        assertEquals(300, u.years.get(0).projects.size());
        for (Project p : u.years.get(0).projects) {
            assertEquals(20, p.indicators.size());
            assertEquals(p.funds.partsTotal().orElseThrow(), p.funds.statedTotal.value().orElseThrow());
            BigDecimal weights = p.indicators.stream().map(i -> new BigDecimal(i.weight)).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(new BigDecimal("90"), weights, p.name + ": indicator weights + 10 for funds = 100");
        }
    }
}
