package cn.jixiao.documents.layout;

import cn.jixiao.documents.Binding;
import cn.jixiao.documents.Table.Cell;
import cn.jixiao.domain.Project;
import cn.jixiao.fields.FieldAddress;
import cn.jixiao.fields.Owner;
import cn.jixiao.domain.Frameworks;
import cn.jixiao.domain.Indicator;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndicatorTreeTest {
    private static List<String> subcategories(List<IndicatorTree.Block> blocks, String category) {
        return blocks.stream().filter(b -> b.category().equals(category)).findFirst().orElseThrow()
                .groups().stream().map(IndicatorTree.Group::subcategory).toList();
    }

    @Test
    void aSubcategoryWrittenDifferentlyTakesThePlaceOfTheEmptyOneItResembles() {
        List<Indicator> is = List.of(new Indicator("效益指标", "可持续发展影响指标", "持续服务", "提升"),
                new Indicator("效益指标", "经济效益", "降本", "有效"));
        List<IndicatorTree.Block> blocks = IndicatorTree.arrange(Frameworks.builtIn(Frameworks.NATIONAL_2021), is);
        assertEquals(List.of("经济效益", "社会效益指标", "生态效益指标", "可持续发展影响指标"), subcategories(blocks, "效益指标"));
        assertEquals(List.of("成本指标", "产出指标", "效益指标", "满意度指标"),
                blocks.stream().map(IndicatorTree.Block::category).toList());
    }

    @Test
    void anUnrelatedSubcategoryIsAddedAfterTheFilledOnesNotSwapped() {
        List<Indicator> is = List.of(new Indicator("产出指标", "数量指标", "a", "1"),
                new Indicator("产出指标", "安全指标", "b", "2"));
        List<IndicatorTree.Block> blocks = IndicatorTree.arrange(Frameworks.builtIn(Frameworks.STANDARD_2022), is);
        assertEquals(List.of("数量指标", "安全指标", "质量指标", "时效指标", "成本指标"), subcategories(blocks, "产出指标"));
    }

    @Test
    void withoutAFrameworkOnlyTheUsedSubcategoriesPrintAndARepeatedOneJoinsItsGroup() {
        List<Indicator> is = List.of(new Indicator("产出指标", "数量指标", "a", "1"),
                new Indicator("产出指标", "质量指标", "b", "2"), new Indicator("产出指标", "数量指标", "c", "3"));
        List<IndicatorTree.Block> blocks = IndicatorTree.arrange(Optional.empty(), is);
        assertEquals(1, blocks.size());
        assertEquals(List.of("数量指标", "质量指标"), subcategories(blocks, "产出指标"));
        assertEquals(3, IndicatorTree.rows(blocks));
    }

    @Test
    void mergedCategoriesShareOneSpanningCell() {
        List<Indicator> is = List.of(new Indicator("产出指标", "数量指标", "a", "1"),
                new Indicator("效益指标", "可持续影响指标", "b", "2"), new Indicator("满意度指标", "服务对象满意度指标", "c", "3"));
        List<List<Cell>> rows = IndicatorRows.rows(IndicatorRows.Whose.OVERALL, IndicatorTree.arrange(Optional.empty(), is), c -> c,
                IndicatorRows.nameAndTarget(null), (c, s) -> List.of(), List.of("产出指标", "效益指标"));
        assertEquals("产出指标\n效益指标", rows.get(0).get(0).text());
        // each part of the shared cell is the 一级 of its own indicators
        assertEquals(List.of(new FieldAddress(Owner.INDICATOR, "", is.get(0).id, "category"),
                        new FieldAddress(Owner.INDICATOR, "", is.get(1).id, "category")),
                rows.get(0).get(0).bindings().stream().map(Binding::at).toList());
        assertEquals(2, rows.get(0).get(0).rowSpan());
        assertEquals(List.of("可持续影响指标", "b", "2"), rows.get(1).stream().map(Cell::text).toList());
        assertEquals("满意度指标", rows.get(2).get(0).text());
    }

    @Test
    void theMergedCategoryAndSubcategoryCellsAreTheValueOfEveryIndicatorUnderThem() {
        Project p = new Project();
        List<Indicator> is = List.of(new Indicator("产出指标", "数量指标", "a", "1"),
                new Indicator("产出指标", "数量指标", "b", "2"), new Indicator("产出指标", "质量指标", "c", "3"));
        List<List<Cell>> rows = IndicatorRows.rows(IndicatorRows.Whose.project(p), IndicatorTree.arrange(Optional.empty(), is),
                c -> c + "（50分）", IndicatorRows.nameAndTarget(p), 2);
        Cell category = rows.get(0).get(0);
        assertEquals("产出指标（50分）", category.text());
        Binding shared = category.bindings().get(0);
        assertEquals(0, shared.start());
        assertEquals("产出指标".length(), shared.end(), "the weight beside the name is not the 一级");
        assertEquals(is.stream().map(i -> new FieldAddress(Owner.INDICATOR, p.id, i.id, "category")).toList(), shared.at().each());
        assertEquals(List.of(is.get(0).id, is.get(1).id),
                rows.get(0).get(1).bindings().get(0).at().each().stream().map(FieldAddress::indicatorId).toList());
        assertEquals(List.of(new FieldAddress(Owner.INDICATOR, p.id, is.get(2).id, "subcategory")),
                rows.get(2).get(0).bindings().stream().map(Binding::at).toList(), "a 二级 over one indicator is its plain address");
        List<List<Cell>> monitoring = IndicatorRows.rows(IndicatorRows.Whose.NOBODY, IndicatorTree.arrange(Optional.empty(), is),
                c -> c, IndicatorRows.nameAndTarget(p), 2);
        assertTrue(monitoring.get(0).get(0).bindings().isEmpty(), "a form never read back binds no 一级");
    }
}
