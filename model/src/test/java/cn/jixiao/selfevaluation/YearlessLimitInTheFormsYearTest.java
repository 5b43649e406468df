package cn.jixiao.selfevaluation;

import cn.jixiao.documents.layout.HengyangSelfEvaluation2022;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.overview.YearOverview;
import cn.jixiao.review.Finding;
import cn.jixiao.review.Review;
import cn.jixiao.sample.Samples;
import cn.jixiao.scoring.ScoringEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A 指标值 that leaves the year out ('年底前', '12月底前完成', '1-12月') ends in the year of the form
 * it stands in, not in the year the work was done: the 2022 自评表 of 大院保安转辅警经费 whose 时效 target
 * is '年底前' and whose work was done in January 2023 lost the points, for the score grid, review, the
 * printed form and the year's overview alike. Without the form's year the engine could only take the
 * actual's own year, in which January is always before 年底.
 */
class YearlessLimitInTheFormsYearTest {
    private Unit unit;
    private FiscalYear fy;
    private Project guards;
    private Indicator timely;

    @BeforeEach
    void load() {
        unit = Samples.load("hengyang-office");
        fy = unit.year(2022).orElseThrow();
        guards = fy.project("大院保安转辅警经费").orElseThrow();
        // a new user's self-evaluation: no score typed anywhere, the program computes them all
        guards.indicators.forEach(i -> i.selfEvaluation.score = "");
        guards.selfEvaluation.funds.statedScore = "";
        guards.selfEvaluation.statedTotalScore = "";
        timely = guards.indicators.get(0);
        timely.target = "年底前";
        timely.weight = "15";
        timely.selfEvaluation.actual = "2023年1月";
        timely.selfEvaluation.deviationCause = "";
    }

    private List<Finding> causeFindings() {
        return Review.run(unit, 2022).stream()
                .filter(f -> f.code().equals("DEVIATION_CAUSE_MISSING") && f.project().equals(guards.name)).toList();
    }

    @Test
    void workDoneInTheNextYearMissesAYearlessLimit() {
        assertEquals("15.00", ScoringEngine.score(timely).score().toPlainString(),
                "without the form's year, '年底前' can only be the end of 2023, the actual's own year");
        assertEquals("0.00", ScoringEngine.score(timely, 2022).score().toPlainString());
        assertTrue(ScoringEngine.score(timely, 2022).explanation().contains("晚于指标值2022年12月"),
                ScoringEngine.score(timely, 2022).explanation());

        ScoreSheet sheet = ScoreSheet.of(guards, fy.year);
        assertEquals(0, BigDecimal.ZERO.compareTo(sheet.rows().get(0).result().score()));
        assertEquals("时间 2022年12月前", sheet.rows().get(0).targetReading(), "the grid shows the limit in the form's year");
        assertEquals(1, causeFindings().size(), () -> causeFindings().toString());
        assertTrue(causeFindings().get(0).message().contains("得0分"), causeFindings().get(0).message());

        BigDecimal total = sheet.score().total();
        List<String> printed = new HengyangSelfEvaluation2022().render(unit, fy, List.of(guards)).get(0).texts();
        assertTrue(printed.contains(total.stripTrailingZeros().toPlainString()), () -> total + " in " + printed);
        YearOverview.Row row = YearOverview.of(unit, fy).rows().stream()
                .filter(r -> r.projectId().equals(guards.id)).findFirst().orElseThrow();
        assertEquals(sheet.score().totalIfAny(), row.score());
    }

    @Test
    void aYearlessActualIsOfTheFormsYearToo() {
        timely.target = "12月底前完成";
        timely.selfEvaluation.actual = "12月完成";
        assertEquals("15.00", ScoringEngine.score(timely, 2022).score().toPlainString());
        timely.selfEvaluation.actual = "2022年12月20日";
        assertEquals("15.00", ScoringEngine.score(timely, 2022).score().toPlainString());
        assertEquals(List.of(), causeFindings());

        timely.target = "1-12月";
        timely.selfEvaluation.actual = "2023年3月";
        assertEquals("0.00", ScoringEngine.score(timely, 2022).score().toPlainString());
        // a limit with its year keeps it whatever the form's year
        timely.target = "2023年6月底前";
        assertEquals("15.00", ScoringEngine.score(timely, 2022).score().toPlainString());
    }
}
