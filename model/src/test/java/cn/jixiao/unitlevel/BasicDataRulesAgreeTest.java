package cn.jixiao.unitlevel;

import cn.jixiao.documents.layout.HengyangBasicData2022;
import cn.jixiao.domain.Amount;
import cn.jixiao.domain.BasicDataColumn;
import cn.jixiao.domain.BasicDataRow;
import cn.jixiao.domain.BasicDataRowKind;
import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Unit;
import cn.jixiao.review.Finding;
import cn.jixiao.review.Review;
import cn.jixiao.sample.Samples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 基础数据表's lines and subtotals as the form prints them, the editor flags them and review
 * reports them: one rule, so the three say the same about the same table (衡阳市人民政府办公室 2022,
 * seed 001 附件2).
 */
class BasicDataRulesAgreeTest {
    private Unit unit;
    private FiscalYear year;

    @BeforeEach
    void load() {
        unit = Samples.load("hengyang-office");
        year = unit.year(2022).orElseThrow();
    }

    private int index(BasicDataRowKind kind, int nth) {
        int seen = 0;
        for (int k = 0; k < year.basicData.rows.size(); k++) {
            if (year.basicData.rows.get(k).is(kind) && seen++ == nth) {
                return k;
            }
        }
        throw new AssertionError(kind + " #" + nth);
    }

    /** "rows[k].column" of each subtotal the editor shows as not adding up. */
    private Set<String> editorFlags() {
        BasicDataSums sums = new BasicDataSums(unit, year);
        Set<String> out = new TreeSet<>();
        for (int k = 0; k < year.basicData.rows.size(); k++) {
            for (BasicDataColumn c : BasicDataColumn.values()) {
                if (sums.check(year.basicData.rows.get(k), c).isPresent()) {
                    out.add("rows[" + k + "]." + c.field);
                }
            }
        }
        return out;
    }

    private Set<String> reviewFlags() {
        Set<String> out = new TreeSet<>();
        for (Finding f : Review.run(unit, 2022)) {
            if (f.code().equals("BASIC_DATA_SUM_MISMATCH")) {
                out.add(f.where().field());
            }
        }
        return out;
    }

    @Test
    void theSeedTableAddsUpForEditorAndReviewAlike() {
        assertEquals(Set.of(), editorFlags());
        assertEquals(editorFlags(), reviewFlags());
    }

    @Test
    void aStatedProjectCategoryThatItsProjectsDoNotAddUpToIsFlaggedByBoth() {
        // 业务工作专项 is blank in the seed; a clerk types a figure its project lines do not add up to
        int category = index(BasicDataRowKind.CATEGORY, 0);
        year.basicData.rows.get(category).thisYearBudget = Amount.of("1");
        String cell = "rows[" + category + "].thisYearBudget";
        assertEquals(Set.of(cell), reviewFlags());
        assertEquals(reviewFlags(), editorFlags());
    }

    @Test
    void aBlankVehicleLineCountsAsWhatItsPartsAddUpTo() {
        // 三公经费 146.5 = 公务用车 98.5 + 出国 0 + 接待 48; with 公务用车 left blank, its 购置 and
        // 运行维护 (0 + 98.5) stand for it: nothing to report, for the editor as for review
        year.basicData.rows.get(index(BasicDataRowKind.VEHICLE, 0)).thisYearBudget = Amount.EMPTY;
        assertEquals(Set.of(), reviewFlags());
        assertEquals(reviewFlags(), editorFlags());
        // and a wrong 三公经费 is then reported by both, against that same sum
        int three = index(BasicDataRowKind.THREE_PUBLIC, 0);
        year.basicData.rows.get(three).thisYearBudget = Amount.of("150");
        assertEquals(Set.of("rows[" + three + "].thisYearBudget"), reviewFlags());
        assertEquals(reviewFlags(), editorFlags());
    }

    @Test
    void theFormPrintsTheLabelsOfTheTableItsEditorGenerates() {
        // an empty table: the printed skeleton is the editor's generated one, line for line
        FiscalYear empty = new FiscalYear(2022);
        empty.projects = year.projects;
        List<BasicDataRow> generated = BasicDataGenerator.generate(unit, empty).rows();
        List<String> texts = new HengyangBasicData2022().render(unit, empty, empty.projects).get(0).texts();
        int at = texts.indexOf("2022年决算数") + 1;
        for (BasicDataRow r : generated) {
            assertEquals(r.label, texts.get(at), "line " + generated.indexOf(r));
            at += 4;
        }
        // a line whose label was left empty prints the label the bureau's form prints
        BasicDataRow purchase = year.basicData.rows.get(index(BasicDataRowKind.VEHICLE_PURCHASE, 0));
        assertEquals("其中：公交车购置", purchase.label.strip());
        purchase.label = "";
        assertTrue(new HengyangBasicData2022().render(unit, year, year.projects).get(0).texts().contains("其中：公交车购置"));
        assertTrue(generated.stream().anyMatch(r -> r.label.equals("其中：公交车购置")));
    }
}
