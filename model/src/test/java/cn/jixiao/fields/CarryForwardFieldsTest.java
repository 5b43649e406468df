package cn.jixiao.fields;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Stage;
import cn.jixiao.domain.Unit;
import cn.jixiao.projects.ProjectCopies;
import cn.jixiao.sample.Samples;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Carry-forward, checked field by field through the catalogue: a project carried into the next
 * year keeps every declaration field of its indicators and starts every self-evaluation field empty
 * (评价档次 included), whatever fields the catalogue holds now or later.
 */
class CarryForwardFieldsTest {
    @Test
    void aCarriedProjectKeepsItsDeclarationAndStartsItsSelfEvaluationEmpty() {
        Unit u = Samples.load("hengyang-office");
        FiscalYear y = u.year(2022).orElseThrow();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Project p : y.projects) {
            // every self-evaluation field filled, so that one copied along is seen
            for (Indicator i : p.indicators) {
                for (Field<?> f : FieldCatalogue.fields(Owner.INDICATOR)) {
                    if (f.stage().orElse(null) == Stage.SELF_EVALUATION) {
                        f.write(i, f.kind() == FieldKind.FLAG ? "true" : "未达成");
                    }
                }
            }
            Project next = ProjectCopies.carryForward(p, 2023);
            assertEquals(p.indicators.size(), next.indicators.size());
            for (int k = 0; k < p.indicators.size(); k++) {
                Indicator before = p.indicators.get(k);
                Indicator after = next.indicators.get(k);
                for (Field<?> f : FieldCatalogue.fields(Owner.INDICATOR)) {
                    String expected = f.stage().orElse(null) == Stage.SELF_EVALUATION
                            ? (f.kind() == FieldKind.FLAG ? "false" : "") : f.read(before);
                    if (!expected.equals(f.read(after))) {
                        wrong.add(p.name + " / " + before.name + " / " + f.label() + ": " + f.read(after));
                    }
                    checked++;
                }
            }
            for (Field<?> f : FieldCatalogue.fields(Owner.PROJECT)) {
                if (f.stage().orElse(null) == Stage.SELF_EVALUATION && f.kind() != FieldKind.FLAG && !f.read(next).isEmpty()) {
                    wrong.add(p.name + " / " + f.label() + ": " + f.read(next));
                }
            }
        }
        assertTrue(checked > 100, "too little checked: " + checked);
        assertTrue(wrong.isEmpty(), "carried forward wrongly: " + wrong);
    }
}
