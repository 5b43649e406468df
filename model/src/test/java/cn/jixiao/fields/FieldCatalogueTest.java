package cn.jixiao.fields;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.review.Finding;
import cn.jixiao.review.Review;
import cn.jixiao.sample.Samples;
import cn.jixiao.sample.SyntheticMonitoring;
import cn.jixiao.sample.SyntheticUnit;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The catalogue reads and writes every field on real data, and names every place review points at. */
class FieldCatalogueTest {
    /** A value of the field's kind that no seed holds, so a setter that writes elsewhere is seen. */
    private static String probe(Field<?> f) {
        return switch (f.kind()) {
            case AMOUNT -> "12.3400";
            case FLAG -> "true";
            case LINES -> f.path().equals("deviationKinds") ? "经费保障\n其他" : "第一行\n第二行";
            case CHOICE -> f.path().equals("likelihood") ? "有可能" : "甲";
            default -> "试" + f.path();
        };
    }

    /** Every field of every owner the seed unit holds, each with the address it has there. */
    private static List<FieldAddress> addresses(Unit unit, FiscalYear y) {
        List<FieldAddress> out = new ArrayList<>();
        for (Field<?> f : FieldCatalogue.fields()) {
            switch (f.owner()) {
                case UNIT -> out.add(new FieldAddress(Owner.UNIT, "", "", f.path()));
                case YEAR -> out.add(new FieldAddress(Owner.YEAR, "", "", f.path()));
                case OVERALL -> out.add(new FieldAddress(Owner.OVERALL, "", "", f.path()));
                case BASIC_DATA -> out.add(new FieldAddress(Owner.BASIC_DATA, "", "", f.path()));
                case REPORT -> out.add(new FieldAddress(Owner.REPORT, "", "", f.path()));
                case PROJECT -> y.projects.forEach(p -> out.add(new FieldAddress(Owner.PROJECT, p.id, "", f.path())));
                case INDICATOR -> y.projects.forEach(p -> p.indicators.forEach(i ->
                        out.add(new FieldAddress(Owner.INDICATOR, p.id, i.id, f.path()))));
                case BASIC_DATA_ROW -> {
                    for (int k = 0; k < y.basicData.rows.size(); k++) {
                        out.add(new FieldAddress(Owner.BASIC_DATA, "", "", "rows[" + k + "]." + f.path()));
                    }
                }
                case EXPENSE_LINE -> y.projects.forEach(p -> {
                    for (int k = 0; k < p.expenseLines.size(); k++) {
                        out.add(new FieldAddress(Owner.PROJECT, p.id, "", "expenseLines[" + k + "]." + f.path()));
                    }
                });
                case SCHEDULE_ITEM -> y.projects.forEach(p -> {
                    for (int k = 0; k < p.schedule.size(); k++) {
                        out.add(new FieldAddress(Owner.PROJECT, p.id, "", "schedule[" + k + "]." + f.path()));
                    }
                });
                case CATEGORY_WEIGHT -> y.projects.forEach(p -> {
                    for (int k = 0; k < p.categoryWeights.size(); k++) {
                        out.add(new FieldAddress(Owner.PROJECT, p.id, "", "categoryWeights[" + k + "]." + f.path()));
                    }
                });
                case REPORT_SECTION -> {
                    for (int k = 0; k < y.report.sections.size(); k++) {
                        out.add(new FieldAddress(Owner.REPORT, "", "", "sections[" + k + "]." + f.path()));
                        for (int j = 0; j < y.report.sections.get(k).subsections.size(); j++) {
                            out.add(new FieldAddress(Owner.REPORT, "", "", "sections[" + k + "].subsections[" + j + "]." + f.path()));
                        }
                    }
                }
                case MONITORING -> y.monitorings.forEach(m -> out.add(new FieldAddress(
                        m.projectId.isEmpty() ? Owner.OVERALL : Owner.PROJECT, m.projectId, "", "monitoring[" + m.month + "]." + f.path())));
                case INDICATOR_MONITORING -> y.monitorings.forEach(m -> m.indicators.forEach(r -> {
                    String project = m.projectId;
                    out.add(new FieldAddress(Owner.INDICATOR, project, r.indicatorId, "monitoring[" + m.month + "]." + f.path()));
                }));
            }
        }
        return out;
    }

    @Test
    void everyFieldRoundTripsOnEverySeedUnit() {
        Set<Field<?>> seen = new HashSet<>();
        List<Unit> units = new ArrayList<>();
        Samples.NAMES.forEach(n -> units.add(Samples.load(n)));
        Unit synthetic = SyntheticUnit.generate(3, 4, 7);
        synthetic.years.forEach(y -> SyntheticMonitoring.monitor(y, 6, 7));
        units.add(synthetic);
        for (Unit unit : units) {
            for (FiscalYear y : unit.years) {
                for (FieldAddress at : addresses(unit, y)) {
                    FieldCatalogue.Located l = FieldCatalogue.locate(unit, y, at)
                            .orElseThrow(() -> new AssertionError("not found: " + at));
                    String before = l.get();
                    String probe = probe(l.field());
                    l.set(probe);
                    assertEquals(probe, FieldCatalogue.read(unit, y, at).orElseThrow(), at.toString());
                    l.set(before);
                    assertEquals(before, l.get(), at.toString());
                    seen.add(l.field());
                }
            }
        }
        Set<String> missing = new TreeSet<>();
        FieldCatalogue.fields().stream().filter(f -> !seen.contains(f)).forEach(f -> missing.add(f.toString()));
        assertTrue(missing.isEmpty(), "fields no seed unit holds an owner of: " + missing);
    }

    @Test
    void aSetterWritesItsOwnFieldOnly() {
        Unit u = Samples.load("hengyang-office");
        FiscalYear y = u.year(2022).orElseThrow();
        Project p = y.projects.get(0);
        FieldCatalogue.Located at = FieldCatalogue.locate(u, y,
                new FieldAddress(Owner.PROJECT, p.id, "", "selfEvaluation.funds.carryOverExecuted")).orElseThrow();
        String executed = p.selfEvaluation.funds.executed.text();
        at.set("1.5");
        assertEquals("1.5", p.selfEvaluation.funds.carryOverExecuted.text());
        assertEquals(executed, p.selfEvaluation.funds.executed.text());
    }

    @Test
    void pathsAreUniquePerOwnerAndLabelled() {
        Set<String> keys = new HashSet<>();
        for (Field<?> f : FieldCatalogue.fields()) {
            assertTrue(keys.add(f.toString()), "twice: " + f);
            assertFalse(f.label().isBlank(), f.toString());
            assertTrue(f.label().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), f.toString());
        }
    }

    @Test
    void unknownPathsNameNothing() {
        assertTrue(FieldCatalogue.find(Owner.PROJECT, "funds.nonsense").isEmpty());
        assertTrue(FieldCatalogue.find(Owner.BASIC_DATA, "rows[x].thisYearBudget").isEmpty());
        assertTrue(FieldCatalogue.find(Owner.BASIC_DATA, "rows[2].thisYearBudget").orElseThrow() instanceof Field<?>);
        assertTrue(FieldCatalogue.find(Owner.OVERALL, "indicators").orElseThrow() instanceof Rows<?>);
    }

    /**
     * Review on every sample year, on a synthetic unit with monitoring, and on copies where every
     * catalogue field holds something odd (so most checks fire): every place a finding points at
     * is a catalogue entry.
     */
    @Test
    void everyPlaceReviewPointsAtNamesACatalogueEntry() {
        List<Unit> units = new ArrayList<>();
        for (String n : Samples.NAMES) {
            units.add(Samples.load(n));
            units.add(vandalised(Samples.load(n), "-3", "150%", "999", ""));
            units.add(vandalised(Samples.load(n), "1..5", "abc", "", "≥120%"));
        }
        Unit synthetic = SyntheticUnit.generate(4, 5, 11);
        synthetic.years.forEach(y -> {
            SyntheticMonitoring.monitor(y, 6, 11);
            SyntheticMonitoring.monitor(y, 10, 12);
        });
        units.add(synthetic);
        Set<String> codes = new TreeSet<>();
        Set<String> unknown = new TreeSet<>();
        for (Unit u : units) {
            for (Finding f : Review.run(u)) {
                codes.add(f.code());
                if (f.where().entry().isEmpty()) {
                    unknown.add(f.code() + " " + f.where().kind() + " " + f.where().field());
                }
            }
        }
        assertTrue(codes.size() >= 25, "too few checks fired to tell: " + codes);
        assertTrue(unknown.isEmpty(), "places that name no catalogue entry: " + unknown);
    }

    /** Every amount, rate, score and text field of every project and indicator set to the given odd values. */
    private static Unit vandalised(Unit u, String amount, String rate, String score, String text) {
        for (FiscalYear y : u.years) {
            for (FieldAddress at : addresses(u, y)) {
                FieldCatalogue.locate(u, y, at).ifPresent(l -> {
                    switch (l.field().kind()) {
                        case AMOUNT -> l.set(amount);
                        case RATE -> l.set(rate);
                        case SCORE -> l.set(score);
                        case TEXT -> {
                            if (!l.field().path().equals("name") && !l.field().path().equals("category")
                                    && !l.field().path().equals("subcategory")) {
                                l.set(text);
                            }
                        }
                        default -> { }
                    }
                });
            }
            for (Project p : y.projects) {
                for (Indicator i : p.indicators) {
                    i.target = text.isEmpty() ? "" : i.target;
                }
            }
        }
        return u;
    }
}
