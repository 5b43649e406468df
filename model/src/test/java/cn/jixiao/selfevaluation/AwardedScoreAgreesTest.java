package cn.jixiao.selfevaluation;

import cn.jixiao.documents.layout.HengyangSelfEvaluation2022;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.review.Finding;
import cn.jixiao.review.Review;
import cn.jixiao.sample.Samples;
import cn.jixiao.scoring.ProjectScore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The score of an indicator (typed by hand, stated on its form, or computed) is one rule
 * ({@code ScoreResult.awarded}): the score grid and its header ({@link ScoreSheet}), the totals
 * line ({@link ProjectScore}), the printed 自评表 and review say the same about one unit.
 */
class AwardedScoreAgreesTest {
    private Unit unit;
    private Project guards;
    private Indicator people;

    @BeforeEach
    void load() {
        unit = Samples.load("hengyang-office");
        FiscalYear fy = unit.year(2022).orElseThrow();
        guards = fy.project("大院保安转辅警经费").orElseThrow();
        // a new user's self-evaluation: no score typed anywhere, the program computes them all
        guards.indicators.forEach(i -> i.selfEvaluation.score = "");
        guards.selfEvaluation.funds.statedScore = "";
        guards.selfEvaluation.statedTotalScore = "";
        people = guards.indicators.get(0);
        people.selfEvaluation.actual = "27人";
        people.selfEvaluation.deviationCause = "";
    }

    private List<Finding> causeFindings() {
        return Review.run(unit, 2022).stream()
                .filter(f -> f.code().equals("DEVIATION_CAUSE_MISSING") && f.project().equals(guards.name)).toList();
    }

    private List<String> printed() {
        FiscalYear fy = unit.year(2022).orElseThrow();
        return new HengyangSelfEvaluation2022().render(unit, fy, List.of(guards)).get(0).texts();
    }

    @Test
    void aComputedLostPointIsTheSameLostPointForTheHeaderThePrintAndReview() {
        ScoreSheet sheet = ScoreSheet.of(guards, 2022);
        // the grid and its header: 27 of 30 people × 15 = 13.50, one loss without a cause
        assertEquals(0, new BigDecimal("13.50").compareTo(sheet.rows().get(0).result().awarded().orElseThrow()));
        assertEquals(1, sheet.missingCauses());
        // review finds the same one (it used to read only typed scores and found nothing)
        assertEquals(1, causeFindings().size(), () -> causeFindings().toString());
        assertTrue(causeFindings().get(0).message().contains("13.5"));
        // the totals line and the printed form: the same total, from the same scores
        ProjectScore s = sheet.score();
        List<String> texts = printed();
        assertTrue(texts.contains("13.5"), texts::toString);
        assertTrue(texts.contains(s.total().stripTrailingZeros().toPlainString()), () -> s.total() + " in " + texts);

        people.selfEvaluation.deviationCause = "3名保安未通过辅警招录考试，下年度继续招录";
        assertEquals(0, ScoreSheet.of(guards, 2022).missingCauses());
        assertEquals(List.of(), causeFindings());
    }

    @Test
    void aStatedScoreIsTheAwardedOneEverywhere() {
        // the form states 15 although 27 of 30 computes 13.50: the stated one stands (and is flagged
        // as differing), so nothing is lost for the header, the print or review
        people.selfEvaluation.score = "15";
        ScoreSheet sheet = ScoreSheet.of(guards, 2022);
        assertTrue(sheet.rows().get(0).result().differsFromStated());
        assertEquals(0, sheet.missingCauses());
        assertEquals(List.of(), causeFindings());
        BigDecimal total = sheet.score().total();
        assertTrue(printed().contains(total.stripTrailingZeros().toPlainString()), () -> total + " in " + printed());

        // typed by hand, with a reason: the same for all of them again
        people.selfEvaluation.score = "12";
        people.selfEvaluation.scoreManual = true;
        people.selfEvaluation.scoreReason = "3人未到岗";
        assertEquals(1, ScoreSheet.of(guards, 2022).missingCauses());
        assertEquals(1, causeFindings().size());
        assertTrue(printed().contains("12"));
    }
}
