package cn.jixiao.importing;

import cn.jixiao.domain.FiscalYear;
import cn.jixiao.domain.Frameworks;
import cn.jixiao.domain.Indicator;
import cn.jixiao.domain.Project;
import cn.jixiao.domain.Unit;
import cn.jixiao.importing.source.SourceCell;
import cn.jixiao.importing.source.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static cn.jixiao.importing.GridTables.document;
import static cn.jixiao.importing.GridTables.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each variation of other counties' forms the recogniser must read, on tables built in code. */
class FormRecogniserTest {
    private static final String HEADER = "一级指标|二级指标|三级指标|指标值";
    private static final String ONE_ROW = "产出指标|数量指标|督查次数|≥60次";

    private static List<FoundForm> read(SourceDocument doc) {
        return FormRecogniser.recognise(doc, new Unit());
    }

    private static FoundForm one(String... rows) {
        return one(table(rows));
    }

    private static FoundForm one(cn.jixiao.importing.source.SourceTable table) {
        List<FoundForm> forms = read(document(table));
        assertEquals(1, forms.size(), "forms found");
        return forms.get(0);
    }

    private static List<String> row(Indicator i) {
        return List.of(i.category, i.subcategory, i.name, i.target);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "项目名称;name", "项目支出名称;name", "项目(专项)名称;name", "预算项目名称;name", "项目（课题）名称;name", "项目（专项）名称：;name", "项目　名称　：;name",
            "主管部门;supervisingDepartment", "主管部门及代码;supervisingDepartment", "主管预算部门;supervisingDepartment",
            "预算部门：;supervisingDepartment",
            "实施单位;implementingUnit", "项目实施单位;implementingUnit", "具体实施单位：;implementingUnit",
            "年度目标;annualGoal", "本年度绩效目标;annualGoal", "年度绩效目标;annualGoal", "总体目标;annualGoal", "绩效目标;annualGoal",
            "长期目标;longTermGoal", "中期目标;longTermGoal", "实施期目标;longTermGoal"})
    void everyLabelWordingFillsItsField(String label, String path) {
        FoundForm f = path.equals("name") ? one(label + "|写的值", HEADER, ONE_ROW)
                : one("项目名称|督查考核专项经费项目", label + "|写的值", HEADER, ONE_ROW);
        String value = cn.jixiao.fields.FieldCatalogue.field(cn.jixiao.fields.Owner.PROJECT, path).orElseThrow().read(f.project());
        assertEquals("写的值", value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "资金总额;18.00;18.00", "年度资金总额：;18.00;18.00", "项目金额;18;18", "项目预算金额（万元）;18.5;18.5",
            "年度本级预算金额;18.00万元;18.00", "资金总额（元）;180000.00;18", "项目金额;185000元;18.5",
            "项目预算金额;１８．００;18.00", "年度预算数（万元）;18;18", "项目资金总计;18;18", "项目金额;￥125,000.00元;12.5", "资金总额;1,234.5（万元）;1234.5",
            "项目预算金额;¥ 18.5 万元;18.5"})
    void amountLabelsAndUnits(String label, String value, String wan) {
        FoundForm f = one("项目名称|督查考核专项经费项目", label + "|" + value, HEADER, ONE_ROW);
        assertEquals(0, new java.math.BigDecimal(wan).compareTo(f.project().budget().value().orElseThrow()),
                f.project().budget().text());
        assertEquals(value.contains("元") && !value.contains("万") || label.contains("（元）"),
                f.guesses().stream().anyMatch(g -> g.text().contains("以元为单位")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "资金总额|1,234.50;1234.50", "资金总额|1,300.00;1300.00", "资金总额（万元）|1,300.00;1300.00",
            "资金总额：1,234.50|;1234.50", "资金总额 1,300.00万元|;1300.00", "资金总额|1,300.00万元;1300.00",
            "资金总额|123,456.70元;12.34567", "资金总额（元）|1,300.00;0.13", "资金总额|12,345元;1.2345",
            "资金总额|180,000.00元;18.00", "资金总额|180000元;18", "资金总额|1,234.50元;0.12345"})
    void amountsKeepTheirScaleAsWritten(String row, String text) {
        FoundForm f = one("项目名称|X项目", row, HEADER, ONE_ROW);
        assertEquals(text, f.project().funds.statedTotal.text());
    }

    @Test
    void fundsPartsWithTheirOwnWordings() {
        FoundForm f = one("项目名称|X项目", "资金总额|20", "其中：预算资金|15", "自有资金|5", HEADER, ONE_ROW);
        assertEquals("15", f.project().funds.fiscalAppropriation.text());
        assertEquals("5", f.project().funds.otherFunds.text());
        FoundForm g = one("项目名称|X项目", "资金总额：20|其中：财政拨款：15|其他资金：5", HEADER, ONE_ROW);
        assertEquals("20", g.project().funds.statedTotal.text());
        assertEquals("15", g.project().funds.fiscalAppropriation.text());
        assertEquals("5", g.project().funds.otherFunds.text());
    }

    @Test
    void twoPairsInARowAndValuesBelowTheirLabels() {
        FoundForm f = one("项目名称|A项目|主管部门|县政府办",
                "实施单位|县督查室|资金总额|12.5",
                "长期目标|<|年度目标|<",
                "长期做好督查|<|完成督查|<",
                HEADER, ONE_ROW);
        Project p = f.project();
        assertEquals(List.of("A项目", "县政府办", "县督查室", "12.5", "长期做好督查", "完成督查"),
                List.of(p.name, p.supervisingDepartment, p.implementingUnit, p.funds.statedTotal.text(), p.longTermGoal, p.annualGoal));
        FoundForm g = one("项目名称|主管预算部门|项目实施单位|年度本级预算金额", "B项目|县政府办|县督查室|30", HEADER, ONE_ROW);
        assertEquals(List.of("B项目", "县政府办", "县督查室", "30"), List.of(g.project().name,
                g.project().supervisingDepartment, g.project().implementingUnit, g.project().funds.statedTotal.text()));
    }

    @Test
    void linesAboveAndBelowTheTableFillTheSignatureAndShowWhatIsLeft() {
        SourceDocument doc = new SourceDocument(java.nio.file.Path.of("测试.docx"), SourceDocument.Format.DOCX,
                List.of(GridTables.table(0, List.of("2023年度项目支出绩效目标申报表", "填报单位：县督查室", "单位负责人：李四"), false,
                        "项目名称|督查考核专项经费项目", "项目负责人|王五|联系电话|5678", HEADER, ONE_ROW)),
                List.of("填报人：张三  联系电话：1234  填报日期：2023年3月1日  审核人：赵六"), java.util.Map.of());
        FoundForm f = read(doc).get(0);
        Project p = f.project();
        assertEquals(List.of("县督查室", "李四", "张三", "1234", "2023年3月1日", "王五", "5678"),
                List.of(p.implementingUnit, p.signature.head, p.signature.preparer, p.signature.phone, p.signature.date,
                        p.manager, p.managerPhone));
        assertEquals(List.of("审核人：赵六"), f.unplaced().stream().map(SourceCell::text).toList());
    }

    @Test
    void twoLabelsOnALineAboveTheTableEachKeepTheirValue() {
        FoundForm f = one(GridTables.table(0, List.of("项目名称：督查考核专项经费项目  主管部门：县政府办"), false, HEADER, ONE_ROW));
        assertEquals(List.of("督查考核专项经费项目", "县政府办"), List.of(f.project().name, f.project().supervisingDepartment));
        assertTrue(f.unplaced().isEmpty(), "unplaced: " + f.unplaced());
    }

    @Test
    void aSelfEvaluationsSignatureBelowItIsTheSelfEvaluations() {
        SourceDocument doc = new SourceDocument(java.nio.file.Path.of("测试.docx"), SourceDocument.Format.DOCX,
                List.of(GridTables.table(0, List.of("2023年度项目支出绩效自评表"), false,
                        "项目名称|督查考核专项经费项目", "一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分",
                        "产出指标|数量指标|督查次数|≥60次|65次|10|10")),
                List.of("填表人：张三　联系电话：1234"), java.util.Map.of());
        Project p = read(doc).get(0).project();
        assertEquals(List.of("张三", "1234", "", ""), List.of(p.selfEvaluation.signature.preparer, p.selfEvaluation.signature.phone,
                p.signature.preparer, p.signature.phone));
    }

    @Test
    void mergedCategoriesFillDownAndALeadingMergedColumnIsStructure() {
        FoundForm f = one("项目名称|<|X项目|<|<",
                "绩效指标|一级指标|二级指标|三级指标|指标值",
                "^|产出指标|数量指标|督查次数|≥60次",
                "^|^|^|督查重大项目数量|≥30个",
                "^|^|质量指标|督查完成率|100%",
                "^|效益指标|社会效益指标|增强社会效益|成效明显");
        assertEquals(List.of(
                List.of("产出指标", "数量指标", "督查次数", "≥60次"),
                List.of("产出指标", "数量指标", "督查重大项目数量", "≥30个"),
                List.of("产出指标", "质量指标", "督查完成率", "100%"),
                List.of("效益指标", "社会效益指标", "增强社会效益", "成效明显")), f.project().indicators.stream().map(FormRecogniserTest::row).toList());
        assertTrue(f.unplaced().isEmpty(), "unplaced: " + f.unplaced());
    }

    @Test
    void blankCellsUnderACategoryFillDownLikeMergedOnes() {
        FoundForm f = one("项目名称|X项目|<|<", HEADER,
                "产出指标|数量指标|督查次数|≥60次",
                "||督查重大项目数量|≥30个",
                "效益指标||增强社会效益|成效明显");
        assertEquals(List.of("产出指标", "数量指标"), row(f.project().indicators.get(1)).subList(0, 2));
        assertEquals(List.of("效益指标", ""), row(f.project().indicators.get(2)).subList(0, 2));
    }

    @Test
    void emptySubcategoryRowsBringNoIndicator() {
        FoundForm f = one("项目名称|X项目|<|<", HEADER,
                "效益指标|经济效益指标||",
                "^|社会效益指标|增强社会效益|成效明显",
                "^|生态效益指标||");
        assertEquals(1, f.project().indicators.size());
        assertEquals("社会效益指标", f.project().indicators.get(0).subcategory);
    }

    @Test
    void oneCellOverCategoryAndSubcategoryIsReadOntoTheUnitsFramework() {
        String[] rows = {"项目名称|X项目|<|<", HEADER, ONE_ROW, "满意度指标|<|被督查机关满意度|≥95%"};
        Indicator plain = read(document(table(rows))).get(0).project().indicators.get(1);
        assertEquals(List.of("满意度指标", "", "被督查机关满意度", "≥95%"), row(plain));
        FoundForm f = FormRecogniser.recognise(document(table(rows)), unitWith(Frameworks.STANDARD_2022, 2024)).get(0);
        assertEquals(List.of("满意度指标", "服务对象满意度指标"), row(f.project().indicators.get(1)).subList(0, 2));
        assertTrue(f.guesses().stream().anyMatch(g -> g.text().contains("服务对象满意度指标")), f.guesses().toString());
        // a 二级 written over both columns goes under the 一级 the framework gives it
        FoundForm g = FormRecogniser.recognise(document(table("项目名称|X项目|<|<", HEADER, ONE_ROW,
                "服务对象满意度指标|<|被督查机关满意度|≥95%")), unitWith(Frameworks.HENGYANG_2021, 2021)).get(0);
        assertEquals(List.of("效益指标", "社会公众或服务对象满意度指标"), row(g.project().indicators.get(1)).subList(0, 2));
    }

    @Test
    void subcategoriesOfOtherFrameworksAreMappedAsGuessesOrKeptAsWritten() {
        String[] rows = {"年度：2024|<|<|<", "项目名称|X项目|<|<", HEADER,
                "效益指标|经济效益|降低成本|有效",
                "^|可持续发展影响指标|长效机制|建立",
                "满意度指标|社会公众或服务对象满意度指标|群众满意度|≥95%",
                "^|工作人员满意度|干部满意度|≥90%",
                "效益指标|政治效益指标|政治站位|提高"};
        FoundForm f = FormRecogniser.recognise(document(table(rows)), unitWith(Frameworks.STANDARD_2022, 2024)).get(0);
        assertEquals(List.of("经济效益指标", "可持续影响指标", "服务对象满意度指标", "服务对象满意度指标", "政治效益指标"),
                f.project().indicators.stream().map(i -> i.subcategory).toList());
        assertTrue(f.guesses().stream().anyMatch(g -> g.text().equals("二级指标“社会公众或服务对象满意度指标”按“服务对象满意度指标”导入")),
                f.guesses().toString());
        FoundForm asWritten = read(document(table(rows))).get(0);
        assertEquals("社会公众或服务对象满意度指标", asWritten.project().indicators.get(2).subcategory);
        // 满意度 written under 效益 (as 衡阳 2021 did) goes under the 一级 the unit's framework keeps it in
        FoundForm moved = FormRecogniser.recognise(document(table("年度：2024|<|<|<", "项目名称|X项目|<|<", HEADER,
                "效益指标|社会公众或服务对象满意度指标|群众满意度|≥95%")), unitWith(Frameworks.STANDARD_2022, 2024)).get(0);
        assertEquals(List.of("满意度指标", "服务对象满意度指标"), row(moved.project().indicators.get(0)).subList(0, 2));
        assertTrue(moved.guesses().stream().anyMatch(g -> g.text().equals("二级指标“服务对象满意度指标”按指标体系归入一级指标“满意度指标”")),
                moved.guesses().toString());
    }

    @Test
    void extraColumnsGoIntoTheirFieldsAndTheAnnualGroupIsTaken() {
        FoundForm f = one("项目名称|X项目|<|<|<|<|<|<|<|<",
                "一级指标|二级指标|三级指标|指标性质|指标值|计量单位|指标解释|评（扣）分标准|绩效标准|备注",
                "产出指标|数量指标|公车管理|=|501|台|统一管理全市501台公车|达到目标值计20分|全年不少于501台|按台账");
        Indicator i = f.project().indicators.get(0);
        assertEquals(List.of("501", "=", "台", "统一管理全市501台公车", "达到目标值计20分", "按台账"),
                List.of(i.target, i.comparator, i.unitOfMeasure, i.targetContent, i.scoringRule, i.remark));
        // 绩效标准 beside a 指标解释 has no field of its own: shown, not dropped
        assertTrue(f.unplaced().stream().anyMatch(c -> c.text().equals("全年不少于501台")), f.unplaced().toString());
        FoundForm g = one("项目名称|X项目|<|<|<|<",
                "一级指标|二级指标|长期指标|<|年度指标|<",
                "^|^|三级指标|指标值|三级指标|指标值",
                "产出指标|数量指标|五年督查次数|≥300次|督查次数|≥60次");
        assertEquals(List.of("产出指标", "数量指标", "督查次数", "≥60次"), row(g.project().indicators.get(0)));
        assertTrue(g.unplaced().stream().anyMatch(c -> c.text().equals("≥300次")), "the long-term target is shown");
        FoundForm h = one("项目名称|X项目|<|<", "一级指标|二级指标|三级指标|绩效标准", ONE_ROW);
        assertEquals("≥60次", h.project().indicators.get(0).target, "绩效标准 is the target where no 指标值 is");
    }

    @Test
    void parallelGroupsWithoutGroupWordsTakeTheLaterOneAsTheYears() {
        // 中央部门项目支出绩效目标申报表: 一级 once, then 二级/三级/指标值 for the 中期 and again for the 年度,
        // the header naming neither; 中期资金总额's column of the funds block is the period's
        FoundForm f = one("项目名称|<|X项目|<|<|<|<",
                "项目资金（万元）|中期资金总额：|3,600.00|年度资金总额：|1,234.50|<|<",
                "^|其中：财政拨款|3,600.00|其中：财政拨款|1,234.50|<|<",
                "一级指标|二级指标|三级指标|指标值|二级指标|三级指标|指标值",
                "产出指标|数量指标|三年抽查省份|≥30个|数量指标|抽查省份|≥10个",
                "^|质量指标|验收比例|100%|时效指标|完成时间|2023年11月底前");
        assertEquals(List.of(List.of("产出指标", "数量指标", "抽查省份", "≥10个"),
                        List.of("产出指标", "时效指标", "完成时间", "2023年11月底前")),
                f.project().indicators.stream().map(FormRecogniserTest::row).toList());
        assertEquals(List.of("1234.50", "1234.50"), List.of(f.project().funds.statedTotal.text(),
                f.project().funds.fiscalAppropriation.text()));
        assertTrue(f.unplaced().stream().anyMatch(c -> c.text().equals("≥30个")), "the period's target is shown");
        assertTrue(f.unplaced().stream().anyMatch(c -> c.text().equals("3,600.00")), "the period's funds are shown");
    }

    @Test
    void aCategorysWeightInBracketsIsItsWeightWithOrWithoutTheWord() {
        FoundForm f = one("项目名称|X项目|<|<|<|<", "一级指标|二级指标|三级指标|年度指标值|分值|得分",
                "产出指标（50）|数量指标|督查次数|≥60次|50|48",
                "效益指标 30分|社会效益指标|增强社会效益|成效明显|30|30",
                "满意度\\n指标（10分）|服务对象满意度指标|群众满意度|≥90%|10|10");
        assertEquals(List.of("产出指标", "效益指标", "满意度指标"), f.project().indicators.stream().map(i -> i.category).toList());
        assertEquals(List.of("50", "30", "10"), f.project().categoryWeights.stream().map(w -> w.weight).toList());
    }

    @Test
    void withoutAnCategoryColumnTheCategoryComesFromTheFrameworks() {
        FoundForm f = one("项目名称|X项目|<", "二级指标|三级指标|指标值",
                "数量指标|督查次数|≥60次", "社会效益|增强社会效益|成效明显", "满意度|群众满意度|≥90%", "自创指标|某项工作|完成");
        assertEquals(List.of("产出指标", "效益指标", "满意度指标", ""), f.project().indicators.stream().map(i -> i.category).toList());
        assertEquals("社会效益", f.project().indicators.get(1).subcategory, "the 二级 is kept as written");
        assertTrue(f.guesses().stream().anyMatch(g -> g.text().equals("二级指标“数量指标”未写一级指标，按指标体系归入“产出指标”")),
                f.guesses().toString());
        // the unit's own framework decides first: 满意度 under 效益指标 in 衡阳2021
        FoundForm g = FormRecogniser.recognise(document(table("项目名称|X项目|<", "二级指标|三级指标|指标值",
                "满意度|群众满意度|≥90%")), unitWith(Frameworks.HENGYANG_2021, 2021)).get(0);
        assertEquals("效益指标", g.project().indicators.get(0).category);
    }

    @Test
    void aSecondNameColumnExplainingTheFirstIsNoParallelGroup() {
        FoundForm f = one("项目名称|X项目|<|<|<", "一级指标|二级指标|三级指标|三级指标解释|指标值",
                "产出指标|数量指标|督查次数|全年督查的次数|≥60次");
        assertEquals(List.of("产出指标", "数量指标", "督查次数", "≥60次"), row(f.project().indicators.get(0)));
        assertEquals("全年督查的次数", f.project().indicators.get(0).targetContent);
    }

    @Test
    void aNameWrittenAboveTheTableAndAgainInItIsOneForm() {
        List<FoundForm> forms = read(document(GridTables.table(0, List.of("项目名称：X项目　　　　单位：万元"), false,
                "项目名称|X项目|<|<", "资金总额|12|<|<", HEADER, ONE_ROW)));
        assertEquals(1, forms.size(), forms.toString());
        assertEquals("12", forms.get(0).project().funds.statedTotal.text());
    }

    @Test
    void aFundsBlockInYuanSaysSoOverItsRows() {
        FoundForm f = one("项目名称|X项目|<|<|<", "项目资金（元）||年初预算数|全年预算数|全年执行数",
                "^|年度资金总额|125000|125000|120000", "^|其中：财政拨款|125000|125000|120000", HEADER, ONE_ROW);
        assertEquals(List.of("12.5", "12.5", "12"), List.of(f.project().selfEvaluation.funds.initialBudget.text(),
                f.project().selfEvaluation.funds.adjustedBudget.text(), f.project().selfEvaluation.funds.executed.text()));
        assertEquals("12.5", f.project().selfEvaluation.funds.fiscalInitial.text());
    }

    @Test
    void outlineNumberingBeforeCategoryAndSubcategoryIsNoPartOfTheirNames() {
        FoundForm f = one("项目名称|X项目|<|<", HEADER,
                "一、产出指标|（一）数量指标|1.督查次数|≥60次",
                "二、效益指标（30分）|1、社会效益指标|增强社会效益|成效明显");
        assertEquals(List.of(List.of("产出指标", "数量指标", "1.督查次数", "≥60次"), List.of("效益指标", "社会效益指标", "增强社会效益", "成效明显")),
                f.project().indicators.stream().map(FormRecogniserTest::row).toList());
    }

    @Test
    void aContinuedTableWithoutTheLeadingStructureColumnIsReadShifted() {
        // a converted document: the next page's table lacks the '绩效指标' column merged down the first
        List<FoundForm> forms = read(document(
                GridTables.table(0, List.of(), false, "项目名称|<|X项目|<|<", "绩效指标|一级指标|二级指标|三级指标|指标值",
                        "^|产出指标|数量指标|督查次数|≥60次"),
                GridTables.table(1, List.of(), true, "效益指标|社会效益指标|增强社会效益|成效明显",
                        "满意度指标|<|群众满意度|≥90%")));
        assertEquals(1, forms.size());
        assertEquals(List.of(List.of("产出指标", "数量指标", "督查次数", "≥60次"), List.of("效益指标", "社会效益指标", "增强社会效益", "成效明显"),
                        List.of("满意度指标", "", "群众满意度", "≥90%")),
                forms.get(0).project().indicators.stream().map(FormRecogniserTest::row).toList());
    }

    @Test
    void aFundsBlockWithThePeriodsAndTheYearsColumnsTakesTheYears() {
        FoundForm f = one("项目名称|X项目|<|<", "项目资金（万元）||实施期|年度",
                "^|资金总额|3600|1234.5", "^|其中：财政拨款|3000|1000", "^|其他资金|600|234.5", HEADER, ONE_ROW);
        assertEquals(List.of("1234.5", "1000", "234.5"), List.of(f.project().funds.statedTotal.text(),
                f.project().funds.fiscalAppropriation.text(), f.project().funds.otherFunds.text()));
        // a row of values is no block's head
        FoundForm g = one("项目名称|X项目|<|<", "年度|2024|项目期|3年", "资金总额|12|<|<", HEADER, ONE_ROW);
        assertEquals(List.of(2024, "3年", "12"), List.of(g.year().getAsInt(), g.project().period, g.project().funds.statedTotal.text()));
    }

    @Test
    void aSheetsNameIsATitleTheSheetsOwnTitleOutweighs() {
        FoundForm f = read(document(GridTables.sheet("2023年自评表", "项目名称|X项目|<|<", HEADER, ONE_ROW))).get(0);
        assertEquals(2023, f.year().getAsInt());
        assertEquals(FoundForm.Kind.SELF_EVALUATION, f.kind());
        FoundForm g = read(document(GridTables.sheet("2023年", "2024年度项目支出绩效目标表|<|<|<", "项目名称|X项目|<|<", HEADER, ONE_ROW))).get(0);
        assertEquals(2024, g.year().getAsInt());
    }

    @Test
    void anEmptySubcategoryRowWrittenWithDashesBringsNoIndicator() {
        FoundForm f = one("项目名称|X项目|<|<", HEADER, ONE_ROW, "效益指标|经济效益指标|/|/", "^|生态效益指标|—|—",
                "^|社会效益指标|无|无", "^|可持续影响指标|安全事故|无");
        assertEquals(List.of("督查次数", "安全事故"), f.project().indicators.stream().map(i -> i.name).toList());
    }

    @Test
    void aYearLabelAfterAFormsIndicatorsHeadsTheNextForm() {
        List<FoundForm> forms = read(document(table(
                "预算年度|2024|<|<", "项目名称|A项目|<|<", HEADER, ONE_ROW,
                "预算年度|2025|<|<", "主管部门|县水利局|<|<", "项目名称|B项目|<|<", HEADER, ONE_ROW)));
        assertEquals(List.of("A项目", "B项目"), forms.stream().map(f -> f.project().name).toList());
        assertEquals(List.of(2024, 2025), forms.stream().map(f -> f.year().getAsInt()).toList());
        assertEquals("县水利局", forms.get(1).project().supervisingDepartment);
        assertEquals("", forms.get(0).project().supervisingDepartment);
    }

    @Test
    void formsBelowATitledFormTakeItsYearAsAGuess() {
        List<FoundForm> forms = read(document(table(
                "2024年部门预算项目绩效目标表|<|<|<", "项目名称|A项目|项目金额|125000元", HEADER, ONE_ROW,
                "|||", "项目名称|B项目|项目金额|1,860,000元", HEADER, ONE_ROW)));
        assertEquals(2, forms.size());
        assertEquals(2024, forms.get(1).year().getAsInt());
        assertEquals("186", forms.get(1).project().funds.statedTotal.text());
        assertTrue(forms.get(1).guesses().stream().anyMatch(g -> g.text().contains("前一个表单")), forms.get(1).guesses().toString());
        assertTrue(forms.get(0).guesses().stream().noneMatch(g -> g.text().contains("前一个表单")));
    }

    @Test
    void placeholderCellsInValueColumnsAreBlanks() {
        FoundForm f = one("项目支出绩效自评表|<|<|<|<|<|<|<",
                "项目名称|水电补助|<|<|<|<|<|<",
                "项目资金（万元）||年初预算数|全年预算数|全年执行数|分值|执行率|得分",
                "^|年度资金总额|112.5|185.16|185.16|—|—|—",
                "^|其中：当年财政拨款|112.5|185.16|185.16|-|／|——",
                "^|其他资金|无|－|/|—|—|—",
                "一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|偏差原因分析及改进措施",
                "产出指标|数量指标|水电费|每月不超过10万|100%|—|/|",
                "总分|<|<|<|<|—|—|");
        Project p = f.project();
        assertTrue(f.unplaced().isEmpty(), "unplaced: " + f.unplaced());
        assertEquals(List.of("", "", "", "", "", ""), List.of(p.selfEvaluation.funds.weight, p.selfEvaluation.funds.statedExecutionRate,
                p.selfEvaluation.funds.statedScore, p.selfEvaluation.funds.otherInitial.text(), p.indicators.get(0).weight,
                p.indicators.get(0).selfEvaluation.score));
    }

    @Test
    void selfEvaluationColumnsFundsAndTotals() {
        FoundForm f = one("项目支出绩效自评表|<|<|<|<|<|<|<",
                "（2022年度）|<|<|<|<|<|<|<",
                "项目名称|水电补助|<|<|<|<|<|<",
                "项目资金（万元）||年初预算数|全年预算数|全年执行数|分值|执行率|得分",
                "^|年度资金总额|112.5|185.16|185.16|10|164.58%|10",
                "^|其中：当年财政拨款|112.5|185.16|185.16|||",
                "一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|偏差原因分析及改进措施",
                "产出指标（50分）|数量指标|水电费|每月不超过10万|100%|15|13|个别月份超支",
                "总分|<|<|<|<|100|98|");
        assertEquals(FoundForm.Kind.SELF_EVALUATION, f.kind());
        Project p = f.project();
        assertEquals(List.of("112.5", "185.16", "185.16", "10", "164.58%", "10", "112.5"),
                List.of(p.selfEvaluation.funds.initialBudget.text(), p.selfEvaluation.funds.adjustedBudget.text(),
                        p.selfEvaluation.funds.executed.text(), p.selfEvaluation.funds.weight,
                        p.selfEvaluation.funds.statedExecutionRate, p.selfEvaluation.funds.statedScore,
                        p.selfEvaluation.funds.fiscalInitial.text()));
        Indicator i = p.indicators.get(0);
        assertEquals(List.of("产出指标", "15", "100%", "13", "个别月份超支"),
                List.of(i.category, i.weight, i.selfEvaluation.actual, i.selfEvaluation.score, i.selfEvaluation.deviationCause));
        assertEquals("50", p.categoryWeights.get(0).weight);
        assertEquals(List.of("100", "98"), List.of(p.selfEvaluation.statedWeightTotal, p.selfEvaluation.statedTotalScore));
        assertEquals(2022, f.year().getAsInt());
        assertTrue(f.guesses().stream().anyMatch(g -> g.text().startsWith("年度取自标题")), "a year from the title is a guess");
        assertTrue(f.unplaced().isEmpty(), "unplaced: " + f.unplaced());
    }

    @Test
    void aTableContinuedAfterAPageBreakWithOrWithoutItsHeader() {
        var first = table(0, List.of(), false, "项目名称|X项目|<|<", HEADER, ONE_ROW);
        var bare = table(1, List.of(), true, "^|质量指标|督查完成率|100%", "效益指标|社会效益指标|增强社会效益|成效明显");
        var repeated = table(2, List.of(), true, HEADER, "满意度指标|服务对象满意度指标|群众满意度|≥95%");
        List<FoundForm> forms = read(document(first, bare, repeated));
        assertEquals(1, forms.size());
        assertEquals(List.of(List.of("产出指标", "数量指标", "督查次数", "≥60次"),
                List.of("产出指标", "质量指标", "督查完成率", "100%"),
                List.of("效益指标", "社会效益指标", "增强社会效益", "成效明显"),
                List.of("满意度指标", "服务对象满意度指标", "群众满意度", "≥95%")),
                forms.get(0).project().indicators.stream().map(FormRecogniserTest::row).toList());
    }

    @Test
    void aNewProjectNameStartsANewFormInTheSameTable() {
        List<FoundForm> forms = read(document(table(
                "项目名称：A项目|<|预算年度|2024",
                "资金总额：10|<|<|<", HEADER, ONE_ROW,
                "项目名称：B项目|<|预算年度|2024",
                "资金总额：20|<|<|<", HEADER, "产出指标|质量指标|合格率|100%")));
        assertEquals(List.of("A项目", "B项目"), forms.stream().map(f -> f.project().name).toList());
        assertEquals(List.of("10", "20"), forms.stream().map(f -> f.project().budget().text()).toList());
        assertEquals(List.of(1, 1), forms.stream().map(f -> f.project().indicators.size()).toList());
        assertEquals(2024, forms.get(1).year().getAsInt());
        assertTrue(forms.get(1).guesses().isEmpty(), "a year from a label is no guess");
    }

    @Test
    void everyCellNotPlacedIsHandedBack() {
        FoundForm f = one("项目名称|X项目|项目编码|2024-017", HEADER, ONE_ROW, "附件：会议纪要|<|<|<");
        assertEquals(List.of("项目编码", "2024-017", "附件：会议纪要"), f.unplaced().stream().map(SourceCell::text).toList());
    }

    @Test
    void aDocumentWithoutAFormGivesNone() {
        assertTrue(read(document(table("序号|单位|金额", "1|县政府办|20")))
                .isEmpty());
        assertTrue(read(document()).isEmpty());
    }

    @Test
    void aListOfProjectsIsNoForm() {
        List<FoundForm> forms = read(document(
                table(0, List.of("项目支出绩效目标公开清单"), false, "序号|项目名称|预算金额", "1|督查考核专项经费项目|18.0", "2|信息化建设项目|100"),
                table(1, List.of(), true, "项目名称|信息化建设项目|<|<", "资金总额|100|<|<", HEADER, ONE_ROW)));
        assertEquals(List.of("信息化建设项目"), forms.stream().map(f -> f.project().name).toList());
        assertTrue(forms.get(0).unplaced().stream().anyMatch(c -> c.text().equals("督查考核专项经费项目")), "the list is shown");
    }

    @Test
    void anIndicatorNamedInItsContentColumnAndAWeightWithoutBrackets() {
        FoundForm f = one("项目名称|X项目|<|<", "一级指标|二级指标|指标内容|指标值", "产出指标 50分|数量指标|督查次数|≥60次");
        assertEquals(List.of("产出指标", "数量指标", "督查次数", "≥60次"), row(f.project().indicators.get(0)));
        assertEquals("50", f.project().categoryWeights.get(0).weight);
    }

    @Test
    void onASheetAValueMayStandAFewEmptyCellsRightOfItsLabel() {
        var t = table("项目名称||督查考核专项经费项目|", "资金总额|||18", HEADER, ONE_ROW);
        var sheet = new cn.jixiao.importing.source.SourceTable(0, "工作表“Sheet1”", "Sheet1", List.of(), false, t.grid());
        FoundForm f = read(document(sheet)).get(0);
        assertEquals(List.of("督查考核专项经费项目", "18"), List.of(f.project().name, f.project().budget().text()));
    }

    @Test
    void aListOfProjectsIndicatorsGivesAFormPerProject() {
        List<FoundForm> forms = read(document(table(
                "项目名称|资金总额|年度绩效目标|一级指标|二级指标|三级指标|指标值",
                "公车管理专项经费|40.00|完成年度公务用车管理。|产出指标|数量指标|公车管理|501台",
                "^|^|^|^|质量指标|公车平台集中管理|规范",
                "^|^|^|满意度指标|服务对象满意度指标|全市机关事业单位满意度|95%",
                "公共机构节能专项经费|17.00|创建节约型机关。|产出指标|数量指标|能源资源消费统计|1965家单位")));
        assertEquals(List.of("公车管理专项经费", "公共机构节能专项经费"), forms.stream().map(f -> f.project().name).toList());
        assertEquals(List.of("40.00", "17.00"), forms.stream().map(f -> f.project().budget().text()).toList());
        assertEquals(List.of(3, 1), forms.stream().map(f -> f.project().indicators.size()).toList());
        assertEquals("完成年度公务用车管理。", forms.get(0).project().annualGoal);
        assertTrue(forms.get(0).unplaced().isEmpty(), forms.get(0).unplaced().toString());
    }

    private static Unit unitWith(String framework, int year) {
        Unit u = new Unit();
        FiscalYear fy = u.yearOrCreate(year);
        fy.frameworkId = framework;
        return u;
    }
}
