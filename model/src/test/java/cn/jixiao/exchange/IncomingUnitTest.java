package cn.jixiao.exchange;

import cn.jixiao.cli.Cli;
import cn.jixiao.domain.Amount;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.sample.Samples;
import cn.jixiao.store.UnitFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 14 items 8 and 9: what the JSON import lets into a unit file. */
class IncomingUnitTest {
    @TempDir
    Path dir;

    private static Project first(Unit u) {
        return u.years.get(0).projects.get(0);
    }

    @Test
    void aNegativeAmountIsRefusedNamingItsPlace() {
        Unit u = Samples.load(Samples.DEFAULT);
        first(u).funds.fiscalAppropriation = Amount.of("-20");
        u.years.get(0).overall.salaryBudget = Amount.of("－3.5");
        var e = assertThrows(UnitExchange.ExchangeException.class,
                () -> IncomingUnit.check(UnitExchange.fromJson(UnitExchange.toJson(u))));
        assertTrue(e.getMessage().contains("funds.fiscalAppropriation") && e.getMessage().contains("-20"), e.getMessage());
        assertTrue(e.getMessage().contains("项目“" + first(u).name + "”"), e.getMessage());
        assertTrue(e.getMessage().contains("overall.salaryBudget"), "a field review does not list is checked too: " + e.getMessage());
        assertTrue(e.getMessage().contains("不能为负数"), e.getMessage());
    }

    @Test
    void anAmountThatIsNotANumberIsKeptForReview() {
        Unit u = Samples.load(Samples.DEFAULT);
        first(u).funds.fiscalAppropriation = Amount.of("31..5");
        IncomingUnit in = IncomingUnit.check(UnitExchange.fromJson(UnitExchange.toJson(u)));
        assertEquals("31..5", first(in.unit()).funds.fiscalAppropriation.text());
        assertEquals(List.of(), in.notices());
    }

    @Test
    void controlCharactersAreNormalisedAndTold() {
        Unit u = Samples.load(Samples.DEFAULT);
        String name = first(u).name;
        first(u).name = "第一行\u000B第二行\u0001\uFFFF";
        first(u).indicators.get(0).target = "≥95%\f";
        u.years.get(0).overall.goals.add("\uD800正文");
        IncomingUnit in = IncomingUnit.check(UnitExchange.fromJson(UnitExchange.toJson(u)));
        assertEquals("第一行\n第二行", first(in.unit()).name);
        assertEquals("≥95%\n", first(in.unit()).indicators.get(0).target);
        assertTrue(in.unit().years.get(0).overall.goals.contains("正文"), "a lone surrogate in a list entry");
        assertEquals(3, in.notices().size(), String.join("\n", in.notices()));
        assertTrue(in.notices().get(0).contains(".name") && in.notices().get(0).contains("U+0001")
                && in.notices().get(0).contains("U+FFFF") && in.notices().get(0).contains("换行"), in.notices().get(0));
        assertFalse(name.isEmpty());
    }

    @Test
    void theImportCommandRefusesNegativeMoneyAndReportsCleanedText() throws Exception {
        Unit u = Samples.load(Samples.DEFAULT);
        first(u).selfEvaluation.funds.executed = Amount.of("-1");
        Path json = dir.resolve("neg.json");
        UnitExchange.write(u, json);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path file = dir.resolve("neg.jixiao");
        int rc = Cli.run(new String[] {"import", file.toString(), json.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertNotEquals(0, rc);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("selfEvaluation.funds.executed"), err.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(file));

        Unit v = Samples.load(Samples.DEFAULT);
        first(v).name = "机要\u000B经费\u0001";
        UnitExchange.write(v, json);
        err.reset();
        Path good = dir.resolve("good.jixiao");
        rc = Cli.run(new String[] {"import", good.toString(), json.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, rc, err.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("U+0001"), err.toString(StandardCharsets.UTF_8));
        try (UnitFile f = UnitFile.open(good)) {
            assertEquals("机要\n经费", first(f.load()).name);
        }
    }
}
